package org.entente.extract;

/**
 * How sure a rule match is, as a number in [0, 1] on every event: a base for a trigger whose agent and
 * target were both found by its frame, minus a penalty for each weaker sign. The scheme is documented
 * in the README; the numbers order matches, they are not calibrated probabilities.
 */
public final class Confidence {
    /** Trigger with agent and target found by the frame. */
    public static final double BASE = 0.9;
    /** The agent is more than eight tokens before the trigger. */
    public static final double DISTANT_AGENT = 0.15;
    /** An argument is a demonym ("russe") or a group phrase ("les deux dirigeants"). */
    public static final double METONYM = 0.1;
    /** The trigger is a noun whose agent came from after it ("attacks by X"). */
    public static final double NOMINAL = 0.1;
    /** Reciprocal reading of a plural subject ("X and Y met"). */
    public static final double RECIPROCAL = 0.05;
    /** An agent read from a pronoun or a role noun without a name ("They", "We", "the President"). */
    public static final double PRONOUN = 0.1;
    /** The other party is the participants of a meeting told earlier ("joined the talks", "the summit's conclusions"). */
    public static final double EARLIER_EVENT = 0.15;
    /** Lowest value a rule match gets. */
    public static final double FLOOR = 0.3;
    /** leaderOf stated by a role phrase naming the person ("le président russe Vladimir Poutine"). */
    public static final double ROLE_PHRASE = 0.95;
    /** leaderOf from the office-holder data for a person the article names, at its date. */
    public static final double OFFICE_DATA = 0.8;

    /** memberOf from a membership statement ("X and other G7 partners", "X, membre de l'OTAN"). */
    public static final double MEMBERSHIP = 0.85;

    private Confidence() {
    }
}
