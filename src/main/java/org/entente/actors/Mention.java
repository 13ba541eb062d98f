package org.entente.actors;

import java.util.List;

/**
 * A span of a sentence that stands for one or more actors.
 *
 * @param sentence   index of the sentence in the article
 * @param first      first token (inclusive)
 * @param last       last token (exclusive)
 * @param start      character offset in the article text (inclusive)
 * @param end        character offset (exclusive)
 * @param actors     the actor(s) meant: one, or several for a group phrase ("les deux dirigeants")
 * @param kind       how it was recognised
 * @param office     for a person named with an office ("le président russe Vladimir Poutine"): the office
 *                   code; for a coalition named by the country that leads it ("the US-led coalition"):
 *                   {@link #LED_BY}; else null
 * @param officeOf   the country or organisation of that office, or the country leading the coalition, else null
 */
public record Mention(int sentence, int first, int last, int start, int end, List<Actor> actors, Kind kind,
                      String office, Actor officeOf) {
    public Mention {
        actors = List.copyOf(actors);
    }

    /** How a mention was found; metonyms and demonyms are less certain than names. */
    /** Particles after which a name gives the father's name ("bin Said"), not a family name. */
    /** The {@code office} of a coalition's mention that names the country leading it ({@code officeOf}). */
    public static final String LED_BY = "led_by";

    public static final java.util.Set<String> PATRONYMIC_PARTICLES = java.util.Set.of("bin", "ben", "ibn", "bint", "ould");

    public enum Kind {
        NAME, ACRONYM, DEMONYM, METONYM, ROLE, PERSON_NAME, SURNAME, GROUP
    }

    public Actor actor() {
        return actors.get(0);
    }

    public boolean covers(int token) {
        return token >= first && token < last;
    }
}
