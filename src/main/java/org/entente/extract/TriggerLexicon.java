package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.EntenteException;
import org.entente.actors.Tsv;

/**
 * Trigger words and cue words per language, from {@code src/main/resources/entente/triggers/}:
 * {@code triggers-LANG.tsv} (lemma or lemma sequence → relation, CAMEO code and argument frame) and
 * {@code cues-LANG.tsv} (closed-class words for modality, negation, hypotheticals, passives).
 *
 * <p>Trigger columns: {@code trigger} (lemmas, space-separated for a sequence of consecutive tokens),
 * {@code pos} (VERB, NOUN or ANY), {@code relation} (local name), {@code cameo}, {@code target}
 * (prepositions introducing B, {@code |}-separated, {@code _} for a direct object, {@code -} for none),
 * {@code options} (comma-separated: {@code recip} — a plural or coordinated subject acts on itself;
 * {@code refl} — needs a reflexive clitic, French "se"; {@code between} — "entre X et Y", "between X and
 * Y"; {@code needs=a|b} — one of these lemmas must follow within six tokens ("send" + troops);
 * {@code class=X} — event class instead of the relation's default; {@code phone} — a phone call;
 * {@code joins} — "joined the talks": the other parties are those of the article's latest meeting;
 * {@code clitic_en} — needs the French clitic "en" before the verb, "s'en prendre à"; {@code meetframe} — a
 * meeting only before "avec", a time word or "à/en" + a name, cues {@code meet_next} and {@code meet_place}:
 * "se retrouver à Genève", not "se retrouver sous la pression de X").
 */
public final class TriggerLexicon {
    /** One trigger entry. */
    public record Trigger(List<String> lemmas, String pos, RelationType relation, String cameo, Set<String> targetPreps,
                          boolean directObject, Set<String> options, Set<String> needs, String eventClass) {
        public boolean has(String option) {
            return options.contains(option);
        }
    }

    private final Map<String, List<Trigger>> byFirstLemma = new HashMap<>();
    private final Map<String, Set<String>> cues = new HashMap<>();

    private TriggerLexicon() {
    }

    public static TriggerLexicon load(String lang) {
        TriggerLexicon lex = new TriggerLexicon();
        for (Tsv.Row r : Tsv.resource("/entente/triggers/triggers-" + lang + ".tsv", false)) {
            Trigger t = parse(r);
            lex.byFirstLemma.computeIfAbsent(t.lemmas.get(0), k -> new ArrayList<>()).add(t);
        }
        for (Tsv.Row r : Tsv.resource("/entente/triggers/cues-" + lang + ".tsv", false)) {
            lex.cues.computeIfAbsent(r.get("category"), k -> new LinkedHashSet<>()).add(r.get("lemma").toLowerCase(Locale.ROOT));
        }
        // Longest sequences first, so "call on" wins over "call".
        lex.byFirstLemma.values().forEach(l -> l.sort((a, b) -> b.lemmas.size() - a.lemmas.size()));
        return lex;
    }

    private static Trigger parse(Tsv.Row r) {
        RelationType rel;
        try {
            rel = RelationType.of(r.get("relation"));
        } catch (EntenteException e) {
            throw new EntenteException(r.origin() + ": " + e.getMessage());
        }
        String cameo = r.get("cameo").isEmpty() ? rel.defaultCameo() : r.get("cameo");
        if (cameo != null && !cameo.matches("\\d{2,4}")) {
            throw new EntenteException(r.origin() + ": column 'cameo' is '" + cameo + "', not a CAMEO code (2 to 4 digits)");
        }
        Set<String> preps = new LinkedHashSet<>();
        boolean direct = false;
        for (String p : r.get("target").split("\\|")) {
            if (p.equals("_")) {
                direct = true;
            } else if (!p.isBlank() && !p.equals("-")) {
                preps.add(p.strip().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> options = new LinkedHashSet<>();
        Set<String> needs = new LinkedHashSet<>();
        String eventClass = rel.eventClass();
        for (String o : r.get("options").split(",")) {
            o = o.strip();
            if (o.startsWith("needs=")) {
                needs.addAll(List.of(o.substring(6).split("\\|")));
            } else if (o.startsWith("class=")) {
                eventClass = o.substring(6);
            } else if (!o.isEmpty()) {
                options.add(o);
            }
        }
        String pos = r.get("pos").isEmpty() ? "ANY" : r.get("pos").toUpperCase(Locale.ROOT);
        List<String> lemmas = List.of(r.get("trigger").toLowerCase(Locale.ROOT).split("\\s+"));
        return new Trigger(lemmas, pos, rel, cameo, preps, direct, options, needs, eventClass);
    }

    /** Triggers whose first lemma is {@code lemma}, longest first. */
    public List<Trigger> startingWith(String lemma) {
        return byFirstLemma.getOrDefault(lemma, List.of());
    }

    /** Whether {@code lemma} is a cue of {@code category} (planned, negation, hypothetical…). */
    public boolean cue(String category, String lemma) {
        Set<String> s = cues.get(category);
        return s != null && s.contains(lemma);
    }

    /** A verb whose lemma, or the stem of its form, is in {@code category} ("speech": "said", "a déclaré"). */
    boolean verbCue(String category, org.entente.nlp.Token t) {
        return t.isPos("VERB") && (cue(category, t.lemma()) || cue(category, RuleExtractor.stem(t.lower())));
    }
}
