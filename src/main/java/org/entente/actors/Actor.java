package org.entente.actors;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A country, organisation, format, group, person or place: one shared node of the graph.
 *
 * @param slug    IRI local part, e.g. {@code country/russia}, {@code person/vladimir-putin}
 * @param type    kind of actor
 * @param qid     Wikidata id ("Q159") or null when unknown (never invented)
 * @param labelEn English label
 * @param labelFr French label
 * @param altLabels other names, in any language
 */
public record Actor(String slug, ActorType type, String qid, String labelEn, String labelFr, List<String> altLabels) {
    public Actor {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(type, "type");
        labelEn = labelEn == null || labelEn.isBlank() ? labelFr : labelEn;
        labelFr = labelFr == null || labelFr.isBlank() ? labelEn : labelFr;
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
    }

    /** A person known only from the article: a stable IRI from the name, no Wikidata link. */
    public static Actor personFromName(String name) {
        return new Actor(ActorType.PERSON.pathSegment() + "/" + slugOf(name), ActorType.PERSON, null, name, name, List.of());
    }

    public String label(String lang) {
        return "fr".equals(lang) ? labelFr : labelEn;
    }

    /** Lower case ASCII words joined by hyphens: "Jean-Yves Le Drian" gives "jean-yves-le-drian". */
    public static String slugOf(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    @Override
    public String toString() {
        return slug + (qid == null ? "" : " (" + qid + ")");
    }
}
