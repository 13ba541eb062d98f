package org.entente.extract;

import java.time.LocalDate;
import java.util.Objects;
import org.entente.actors.Actor;

/**
 * One extracted relation instance, with what its event node records.
 *
 * @param relation   the binary relation it asserts
 * @param agent      actor A (subject)
 * @param target     actor B (object)
 * @param date       resolved date, or null when the text gives none that resolves
 * @param modality   actual or planned
 * @param sentence   index of the evidence sentence
 * @param evidenceStart character offset of the sentence in the article (inclusive)
 * @param evidenceEnd   character offset (exclusive)
 * @param evidence   the sentence text
 * @param trigger    the words that triggered it
 * @param confidence in [0, 1], from how the rule matched (see {@link Confidence})
 * @param cameo      CAMEO code, or null for leaderOf/memberOf
 * @param eventClass local name of the event class (Talks, PhoneCall, Meeting…)
 */
public record Event(RelationType relation, Actor agent, Actor target, LocalDate date, Modality modality, int sentence,
                    int evidenceStart, int evidenceEnd, String evidence, String trigger, double confidence, String cameo,
                    String eventClass) {
    public Event {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(target, "target");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
    }

    /** Same relation between the same actors (either direction when symmetric). */
    public boolean sameFact(Event o) {
        if (relation != o.relation) {
            return false;
        }
        boolean same = agent.slug().equals(o.agent.slug()) && target.slug().equals(o.target.slug());
        boolean swapped = agent.slug().equals(o.target.slug()) && target.slug().equals(o.agent.slug());
        return same || relation.symmetric() && swapped;
    }
}
