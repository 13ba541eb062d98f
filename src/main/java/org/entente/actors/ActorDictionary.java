package org.entente.actors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.EntenteException;

/**
 * Everything Entente knows about actors, loaded once from the data tables under
 * {@code src/main/resources/entente/actors/} (and optionally a user directory with files of the same
 * names, whose rows are added): countries with their names, demonyms and capitals; organisations,
 * formats, groups and places; seats of power; office holders with dates; role words and closed-class
 * phrases per language. Immutable and thread-safe.
 *
 * <pre>{@code
 * ActorDictionary dict = ActorDictionary.load();
 * Actor russia = dict.byQid("Q159");
 * }</pre>
 */
public final class ActorDictionary {
    /** A phrase that names an actor, and how. */
    public record Known(Actor actor, Mention.Kind kind) {
    }

    /**
     * A role word: an office code, the one country or organisation it is limited to (or null), whether it
     * names the office of the government that speaks, and the countries where the word names another
     * office (Wikidata id → office: Iran's President is its head of government).
     */
    public record Role(String office, String onlyOf, boolean speaker, Map<String, String> officeIn) {
        public Role {
            officeIn = Map.copyOf(officeIn);
        }

        public Role(String office, String onlyOf, boolean speaker) {
            this(office, onlyOf, speaker, Map.of());
        }

        public Role(String office, String onlyOf) {
            this(office, onlyOf, false);
        }

        /** The office this word names for a country or organisation (its Wikidata id; null = any). */
        public String officeIn(String qid) {
            return qid == null ? office : officeIn.getOrDefault(qid, office);
        }
    }

    /**
     * A group noun of groups.tsv: labels to build "Syrian rebels" / "rebelles syriens" from, the French
     * demonym form that agrees with it (ms, fs, mp, fp), and whether the noun alone may stand for the
     * article's one qualified group.
     */
    public record GroupNoun(String key, String labelEn, String labelFr, String frAgreement, boolean bare, boolean of) {
    }

    /**
     * The country a named armed group or authority belongs to (actors.tsv, column home) and the French
     * agreement of its French name (ms, fs, mp, fp), to name a namesake of another country: the "Syrian
     * Peshmerga" are not the Peshmerga of Iraqi Kurdistan.
     */
    public record Home(Actor country, String frAgreement) {
    }

    /** A country's English demonym and its four French forms (ms, fs, mp, fp). */
    public record Demonyms(String en, List<String> fr) {
        /** The French form for an agreement code, or the first form. */
        public String fr(String agreement) {
            int i = List.of("ms", "fs", "mp", "fp").indexOf(agreement);
            return i >= 0 && i < fr.size() ? fr.get(i) : fr.isEmpty() ? en : fr.get(0);
        }
    }

    /**
     * Led coalitions (coalitions.tsv): the group nouns (value = "en|fr"), the participles "led by" /
     * "menée par", label templates, French country names that are plural or masculine though ending in
     * -e, and words that after the noun make it something else ("coalition government").
     */
    public record LedGroups(Map<String, PhraseIndex<String>> nouns, Map<String, PhraseIndex<String>> led,
                            String labelEn, String labelFr, Set<String> plural, Set<String> masculine,
                            Map<String, Set<String>> afterNounNot) {
        public PhraseIndex<String> nouns(String lang) {
            return nouns.getOrDefault(lang, new PhraseIndex<>());
        }

        public PhraseIndex<String> led(String lang) {
            return led.getOrDefault(lang, new PhraseIndex<>());
        }
    }

    private static final String BASE = "/entente/actors/";

    private final Map<String, Actor> byQid = new HashMap<>();
    private final Map<String, Actor> bySlug = new LinkedHashMap<>();
    private final PhraseIndex<Known> names = new PhraseIndex<>();
    private final Map<String, PhraseIndex<Role>> roles = new HashMap<>();
    private final Map<String, PhraseIndex<String>> phrases = new HashMap<>();
    private final Map<String, Set<String>> surnameOwners = new HashMap<>();
    private final Map<String, Actor> cities = new HashMap<>();
    private final Map<String, PhraseIndex<String>> personNouns = new HashMap<>();
    private final Map<String, Set<String>> notPersonNouns = new HashMap<>();
    private final Map<String, PhraseIndex<GroupNoun>> groupNouns = new HashMap<>();
    private final Map<String, Demonyms> demonyms = new HashMap<>();
    private final Map<String, Home> homes = new HashMap<>();
    private final Set<String> firstNames = new java.util.HashSet<>();
    private LedGroups ledGroups;
    /** Government publishers (sources.tsv): phrase in lower case → country. */
    private final Map<String, Actor> publishers = new LinkedHashMap<>();
    private OfficeHolders holders;

    private ActorDictionary() {
    }

    /** The bundled data. */
    public static ActorDictionary load() {
        return load(null);
    }

    /** The bundled data plus the rows of same-named files in {@code extraDir} (may be null). */
    public static ActorDictionary load(Path extraDir) {
        ActorDictionary d = new ActorDictionary();
        d.build(extraDir);
        return d;
    }

    private static List<Tsv.Row> rows(String file, Path extraDir) {
        List<Tsv.Row> rows = new ArrayList<>(Tsv.resource(BASE + file, file.equals("office-holders.tsv")));
        if (extraDir != null) {
            if (!Files.isDirectory(extraDir)) {
                throw new EntenteException(extraDir + ": actor data directory does not exist");
            }
            Path f = extraDir.resolve(file);
            if (Files.exists(f)) {
                rows.addAll(Tsv.file(f));
            }
        }
        return rows;
    }

    private void build(Path extraDir) {
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        Map<String, Actor> byIso2 = new HashMap<>();
        for (Tsv.Row r : rows("countries.tsv", extraDir)) {
            List<String> alt = r.list("alt_names");
            Actor a = register(new Actor("country/" + Actor.slugOf(r.get("name_en")), ActorType.COUNTRY, r.get("wikidata"),
                    r.get("name_en"), r.get("name_fr"), alt));
            byIso2.put(r.get("iso2"), a);
            String demEn = r.get("demonym_en").split("[,;]")[0].strip();
            if (!demEn.isEmpty()) {
                demonyms.put(a.slug(), new Demonyms(demEn, r.list("demonym_fr")));
            }
            name(candidates, r.get("name_en"), a, Mention.Kind.NAME);
            name(candidates, r.get("name_fr"), a, Mention.Kind.NAME);
            alt.forEach(n -> name(candidates, n, a, Mention.Kind.NAME));
            for (String dem : r.get("demonym_en").split("[,;]")) {
                String d = dem.strip();
                if (!d.isEmpty()) {
                    name(candidates, d, a, Mention.Kind.DEMONYM);
                    if (!d.endsWith("s") && !d.endsWith("ese") && !d.endsWith("sh") && !d.endsWith("ch")) {
                        name(candidates, d + "s", a, Mention.Kind.DEMONYM);
                    }
                }
            }
            r.list("demonym_fr").forEach(d -> name(candidates, d, a, Mention.Kind.DEMONYM));
            for (String cap : (r.get("capital_en") + ";" + r.get("capital_fr")).split(";")) {
                if (!cap.isBlank()) {
                    name(candidates, cap.strip(), a, Mention.Kind.METONYM);
                }
            }
            // The capital as a place ("talks in Moscow"), distinct from the government it stands for.
            String[] capsEn = r.get("capital_en").split(";");
            String[] capsFr = r.get("capital_fr").split(";");
            for (int i = 0; i < capsEn.length; i++) {
                String en = capsEn[i].strip();
                if (en.isEmpty()) {
                    continue;
                }
                String fr = i < capsFr.length && !capsFr[i].isBlank() ? capsFr[i].strip() : en;
                Actor city = new Actor(ActorType.PLACE.pathSegment() + "/" + Actor.slugOf(en), ActorType.PLACE, null, en, fr,
                        List.of());
                cities.putIfAbsent(PhraseIndex.normalise(en), city);
                cities.putIfAbsent(PhraseIndex.normalise(fr), city);
            }
        }
        for (Tsv.Row r : rows("organisations.tsv", extraDir)) {
            Actor a = register(new Actor("org/" + Actor.slugOf(firstNonEmpty(r.get("acronym_en"), r.get("name_en"))),
                    ActorType.ORGANISATION, r.get("wikidata"), firstNonEmpty(r.get("acronym_en"), r.get("name_en")),
                    firstNonEmpty(r.get("acronym_fr"), r.get("name_fr"), r.get("acronym_en"), r.get("name_en")),
                    nonEmpty(r.get("name_en"), r.get("name_fr"))));
            for (String col : List.of("name_en", "name_fr")) {
                name(candidates, r.get(col), a, Mention.Kind.NAME);
            }
            for (String col : List.of("acronym_en", "acronym_fr")) {
                name(candidates, r.get(col), a, Mention.Kind.ACRONYM);
            }
        }
        for (Tsv.Row r : rows("actors.tsv", extraDir)) {
            ActorType type = switch (r.get("type")) {
                case "country" -> ActorType.COUNTRY;
                case "org" -> ActorType.ORGANISATION;
                case "format" -> ActorType.FORMAT;
                case "group" -> ActorType.GROUP;
                case "place" -> ActorType.PLACE;
                default -> throw new EntenteException(r.origin() + ": column 'type' is '" + r.get("type")
                        + "'; use country, org, format, group or place");
            };
            String qid = r.get("wikidata");
            Actor a = qid.isEmpty() ? null : byQid.get(qid);
            if (a == null) {
                a = register(new Actor(type.pathSegment() + "/" + Actor.slugOf(r.get("name_en")), type,
                        qid.isEmpty() ? null : qid, r.get("name_en"), r.get("name_fr"), r.list("aliases")));
            }
            final Actor actor = a;
            if (!r.get("home").isEmpty()) {
                Actor home = byIso2.get(r.get("home"));
                if (home == null) {
                    throw new EntenteException(r.origin() + ": column 'home' is '" + r.get("home")
                            + "', not a code of countries.tsv");
                }
                if (!List.of("ms", "fs", "mp", "fp").contains(r.get("fr_agreement"))) {
                    throw new EntenteException(r.origin() + ": column 'fr_agreement' is '" + r.get("fr_agreement")
                            + "'; use ms, fs, mp or fp with a home");
                }
                homes.put(actor.slug(), new Home(home, r.get("fr_agreement")));
            }
            name(candidates, r.get("name_en"), actor, Mention.Kind.NAME);
            name(candidates, r.get("name_fr"), actor, Mention.Kind.NAME);
            r.list("aliases").forEach(n -> name(candidates, n, actor, Mention.Kind.NAME));
        }
        for (Tsv.Row r : rows("seats.tsv", extraDir)) {
            String code = r.get("iso2");
            Actor a = code.matches("Q\\d+") ? byQid.get(code) : byIso2.get(code);
            if (a == null || code.matches("Q\\d+") && a.type() != ActorType.ORGANISATION) {
                throw new EntenteException(r.origin() + ": column 'iso2' is '" + code
                        + "', neither a code of countries.tsv nor the Q-id of an organisation");
            }
            if (a.type() == ActorType.ORGANISATION) {
                // A capital that stands for an organisation seated there ("Bruxelles a proposé" is the EU):
                // the organisation takes the metonym from the country; the city stays a place.
                List<Candidate> list = candidates.get(PhraseIndex.normalise(r.get("phrase")));
                if (list != null) {
                    list.removeIf(c -> c.known.kind() == Mention.Kind.METONYM && c.known.actor().type() == ActorType.COUNTRY);
                }
            }
            name(candidates, r.get("phrase"), a, Mention.Kind.METONYM);
        }
        for (Tsv.Row r : rows("preferred.tsv", extraDir)) {
            Actor a = byIso2.get(r.get("iso2"));
            List<Candidate> list = candidates.get(PhraseIndex.normalise(r.get("phrase")));
            if (a == null) {
                throw new EntenteException(r.origin() + ": column 'iso2' is '" + r.get("iso2") + "', not a code of countries.tsv");
            }
            if (list != null) {
                list.removeIf(c -> c.known.actor().type() == ActorType.COUNTRY && c.known.actor() != a);
            }
        }
        Map<String, Actor> persons = new LinkedHashMap<>();
        holders = OfficeHolders.fromRows(rows("office-holders.tsv", extraDir), persons);
        for (Actor p : persons.values()) {
            Actor a = register(p);
            Set<String> full = new LinkedHashSet<>(List.of(a.labelEn(), a.labelFr()));
            full.forEach(n -> name(candidates, n, a, Mention.Kind.PERSON_NAME));
            Set<String> surnames = new LinkedHashSet<>();
            for (String n : full) {
                String last = lastWord(n);
                if (last != null) {
                    surnames.add(last);
                }
            }
            for (String alias : a.altLabels()) {
                boolean single = !alias.contains(" ");
                name(candidates, alias, a, single ? Mention.Kind.SURNAME : Mention.Kind.PERSON_NAME);
                if (single) {
                    surnames.add(alias);
                    // Called by the first word of the name ("Xi Jinping" is "Xi", "Qaboos bin Said" is
                    // "Qaboos"): a family name written first or a given name used alone, so the name's last
                    // word is not what the person is called ("Chinese President Xi Jinping" is one mention).
                    for (String n : full) {
                        String last = lastWord(n);
                        if (n.contains(" ") && n.substring(0, n.indexOf(' ')).equals(alias) && last != null
                                && !last.equals(alias)) {
                            surnames.remove(last);
                        }
                    }
                }
            }
            // A regnal number is not a surname ("Charles III"), nor is a particle.
            surnames.removeIf(x -> x.matches("[IVXLC]+|.{1,2}") || x.equals(x.toLowerCase(Locale.ROOT)));
            for (String s : surnames) {
                surnameOwners.computeIfAbsent(PhraseIndex.normalise(s), k -> new LinkedHashSet<>()).add(a.slug());
                name(candidates, s, a, Mention.Kind.SURNAME);
            }
        }
        addUnambiguous(candidates);
        for (Tsv.Row r : rows("roles.tsv", extraDir)) {
            Map<String, String> officeIn = new HashMap<>();
            for (String pair : r.list("office_in")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || !kv[0].strip().matches("Q[0-9]+") || kv[1].isBlank()) {
                    throw new EntenteException(r.origin() + ": column 'office_in' has '" + pair
                            + "'; use Qid=office pairs separated by ';'");
                }
                officeIn.put(kv[0].strip(), kv[1].strip());
            }
            Role role = new Role(r.get("office"), r.get("only_of").isEmpty() ? null : r.get("only_of"),
                    r.get("speaker").equals("yes"), officeIn);
            PhraseIndex<Role> index = roles.computeIfAbsent(r.get("lang"), k -> new PhraseIndex<>());
            for (String form : pluralForms(r.get("phrase"))) {
                index.add(form, role, PhraseIndex.CaseRule.ANY);
            }
        }
        for (Tsv.Row r : rows("appositions.tsv", extraDir)) {
            if (r.get("kind").equals("not_person")) {
                Set<String> set = notPersonNouns.computeIfAbsent(r.get("lang"), k -> new java.util.HashSet<>());
                pluralForms(r.get("phrase")).forEach(f -> set.add(PhraseIndex.normalise(f)));
                continue;
            }
            PhraseIndex<String> index = personNouns.computeIfAbsent(r.get("lang"), k -> new PhraseIndex<>());
            for (String form : pluralForms(r.get("phrase"))) {
                index.add(form, "person", PhraseIndex.CaseRule.ANY);
            }
        }
        for (Tsv.Row r : rows("groups.tsv", extraDir)) {
            GroupNoun g = new GroupNoun(r.get("key"), r.get("label_en"), r.get("label_fr"), r.get("fr_agreement"),
                    r.get("bare").equals("yes"), r.get("of").equals("yes"));
            for (String lang : List.of("en", "fr")) {
                PhraseIndex<GroupNoun> index = groupNouns.computeIfAbsent(lang, k -> new PhraseIndex<>());
                r.list("forms_" + lang).forEach(f -> index.addAsWritten(f, g));
            }
        }
        Map<String, PhraseIndex<String>> ledNouns = new HashMap<>();
        Map<String, PhraseIndex<String>> led = new HashMap<>();
        Map<String, Set<String>> afterNot = new HashMap<>();
        Set<String> plural = new java.util.HashSet<>();
        Set<String> masculine = new java.util.HashSet<>();
        String[] labels = {"{short}-led {noun}", "{noun} menée par {fr}"};
        for (Tsv.Row r : rows("coalitions.tsv", extraDir)) {
            switch (r.get("kind")) {
                case "noun" -> {
                    String pair = r.get("en") + "|" + r.get("fr");
                    for (String lang : List.of("en", "fr")) {
                        PhraseIndex<String> index = ledNouns.computeIfAbsent(lang, k -> new PhraseIndex<>());
                        for (String form : pluralForms(r.get(lang))) {
                            index.add(form, pair, PhraseIndex.CaseRule.ANY);
                        }
                    }
                }
                case "led" -> {
                    for (String lang : List.of("en", "fr")) {
                        PhraseIndex<String> index = led.computeIfAbsent(lang, k -> new PhraseIndex<>());
                        r.list(lang).forEach(f -> index.add(f, "led", PhraseIndex.CaseRule.ANY));
                    }
                }
                case "label" -> {
                    labels[0] = r.get("en");
                    labels[1] = r.get("fr");
                }
                case "plural" -> r.list("fr").forEach(x -> plural.add(PhraseIndex.normalise(x)));
                case "masculine" -> r.list("fr").forEach(x -> masculine.add(PhraseIndex.normalise(x)));
                case "after_noun_not" -> {
                    for (String lang : List.of("en", "fr")) {
                        r.list(lang).forEach(x -> afterNot.computeIfAbsent(lang, k -> new java.util.HashSet<>())
                                .add(PhraseIndex.normalise(x)));
                    }
                }
                default -> throw new EntenteException(r.origin() + ": unknown kind " + r.get("kind"));
            }
        }
        for (Tsv.Row r : rows("sources.tsv", extraDir)) {
            Actor a = byIso2.get(r.get("iso2"));
            if (a != null && !r.get("phrase").isEmpty()) {
                publishers.put(r.get("phrase").toLowerCase(Locale.ROOT), a);
            }
        }
        ledGroups = new LedGroups(ledNouns, led, labels[0], labels[1], plural, masculine, afterNot);
        // First names of the people of the data: evidence that a capitalised pair is a person's name. Four
        // letters at least: "Kim", "Lee", "Ban" come first in names that put the family name first.
        for (Actor p : persons.values()) {
            for (String label : List.of(p.labelEn(), p.labelFr())) {
                String[] w = label.strip().split("\\s+");
                if (w.length >= 2 && w[0].length() >= 4 && w[0].matches("\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?")) {
                    firstNames.add(PhraseIndex.normalise(w[0]));
                }
            }
        }
        for (Tsv.Row r : rows("phrases.tsv", extraDir)) {
            String cat = r.get("category");
            // honorifics, and blockers written with a capital ("Times", "Airlines": words of a name, not
            // "Moscow today", "US airlines"), match capitalised words only
            boolean capital = cat.equals("honorific")
                    || (cat.equals("blocker") || cat.equals("place_noun")) && Character.isUpperCase(r.get("phrase").codePointAt(0));
            phrases.computeIfAbsent(r.get("lang"), k -> new PhraseIndex<>()).add(r.get("phrase"), cat,
                    capital ? PhraseIndex.CaseRule.CAPITAL : PhraseIndex.CaseRule.ANY);
        }
    }

    private record Candidate(String phrase, Known known) {
    }

    private static void name(Map<String, List<Candidate>> c, String phrase, Actor a, Mention.Kind kind) {
        if (phrase == null || phrase.isBlank() || phrase.strip().length() < 2) {
            return;
        }
        c.computeIfAbsent(PhraseIndex.normalise(phrase), k -> new ArrayList<>()).add(new Candidate(phrase.strip(),
                new Known(a, kind)));
    }

    /**
     * A phrase naming two different actors the same way ("Congolese", "Korea") is left out: a wrong link
     * costs more than a missing one. Names beat metonyms and demonyms of other actors.
     */
    private void addUnambiguous(Map<String, List<Candidate>> candidates) {
        for (List<Candidate> list : candidates.values()) {
            int best = list.stream().mapToInt(c -> rank(c.known.kind())).min().orElse(9);
            List<Candidate> top = list.stream().filter(c -> rank(c.known.kind()) == best).toList();
            long distinct = top.stream().map(c -> c.known.actor().slug()).distinct().count();
            if (distinct != 1) {
                continue;
            }
            Set<String> added = new LinkedHashSet<>();
            for (Candidate c : top) {
                if (added.add(c.phrase + "|" + c.known.kind())) {
                    names.addAsWritten(c.phrase, c.known);
                }
            }
        }
    }

    private static int rank(Mention.Kind k) {
        return switch (k) {
            case NAME, ACRONYM, PERSON_NAME -> 0;
            case METONYM -> 1;
            case DEMONYM -> 2;
            default -> 3;
        };
    }

    private Actor register(Actor a) {
        Actor prev = bySlug.putIfAbsent(a.slug(), a);
        if (prev != null && prev != a) {
            // Two actors whose English names slug alike: keep them apart by Q-id.
            a = new Actor(a.slug() + "-" + (a.qid() == null ? bySlug.size() : a.qid().toLowerCase(Locale.ROOT)),
                    a.type(), a.qid(), a.labelEn(), a.labelFr(), a.altLabels());
            bySlug.put(a.slug(), a);
        }
        if (a.qid() != null && !a.qid().isEmpty()) {
            byQid.putIfAbsent(a.qid(), a);
        }
        return a;
    }

    /**
     * The phrase and its plurals ("les présidents russe et français", "the two foreign ministers"):
     * French marks the head noun, which comes first; English the last word. Regular plurals only.
     */
    static List<String> pluralForms(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        String[] w = phrase.split(" ");
        for (int idx : new int[] {0, w.length - 1}) {
            String[] copy = w.clone();
            String word = copy[idx];
            if (!word.endsWith("s") && !word.endsWith("x") && word.length() > 2) {
                copy[idx] = word + "s";
                out.add(String.join(" ", copy));
            }
        }
        return new ArrayList<>(out);
    }

    private static String lastWord(String name) {
        String[] w = name.strip().split("\\s+");
        // "Qaboos bin Said", "Mohammed bin Salman": the word after "bin" names the father, not a family,
        // so it is no surname to link alone ("his father, Sultan Said"; "King Salman").
        if (w.length >= 3 && Mention.PATRONYMIC_PARTICLES.contains(w[w.length - 2].toLowerCase(Locale.ROOT))) {
            return null;
        }
        return w[w.length - 1];
    }

    private static String firstNonEmpty(String... s) {
        for (String x : s) {
            if (x != null && !x.isBlank()) {
                return x;
            }
        }
        return null;
    }

    private static List<String> nonEmpty(String... s) {
        List<String> out = new ArrayList<>();
        for (String x : s) {
            if (x != null && !x.isBlank()) {
                out.add(x);
            }
        }
        return out;
    }

    public Actor byQid(String qid) {
        return byQid.get(qid);
    }

    public Actor bySlug(String slug) {
        return bySlug.get(slug);
    }

    /** Every actor of the dictionary, in load order. */
    public Collection<Actor> actors() {
        return bySlug.values();
    }

    public PhraseIndex<Known> names() {
        return names;
    }

    /** Role words of a language (empty index for an unknown one). */
    public PhraseIndex<Role> roles(String lang) {
        return roles.getOrDefault(lang, new PhraseIndex<>());
    }

    public PhraseIndex<String> phrases(String lang) {
        return phrases.getOrDefault(lang, new PhraseIndex<>());
    }

    public OfficeHolders holders() {
        return holders;
    }

    /** The capital city named {@code name} as a place (not its government), or null. */
    public Actor city(String name) {
        return cities.get(PhraseIndex.normalise(name));
    }

    /** Person nouns of a language (appositions.tsv): "founder", "directeur"… */
    public PhraseIndex<String> personNouns(String lang) {
        return personNouns.getOrDefault(lang, new PhraseIndex<>());
    }

    /** Whether a noun names a place, an organisation or a thing, never a person (appositions.tsv, not_person). */
    public boolean isNotPersonNoun(String lang, String word) {
        return notPersonNouns.getOrDefault(lang, Set.of()).contains(PhraseIndex.normalise(word));
    }

    /** Group nouns of a language (groups.tsv): "rebels", "séparatistes"… */
    public PhraseIndex<GroupNoun> groupNouns(String lang) {
        return groupNouns.getOrDefault(lang, new PhraseIndex<>());
    }

    /** The country whose government published an article, from its source field (sources.tsv), or null. */
    public Actor publisher(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        String x = source.toLowerCase(Locale.ROOT);
        String best = null;
        for (String p : publishers.keySet()) {
            if (x.contains(p) && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        return best == null ? null : publishers.get(best);
    }

    /** Led coalitions: nouns, participles and label templates of coalitions.tsv. */
    public LedGroups ledGroups() {
        return ledGroups;
    }

    /** The country a named group belongs to (actors.tsv, column home), or null. */
    public Home home(Actor group) {
        return homes.get(group.slug());
    }

    /** The demonyms of a country, or null. */
    public Demonyms demonyms(Actor country) {
        return demonyms.get(country.slug());
    }

    /** Whether a word is the first name of a person of the data ("Vladimir", "Massoud"). */
    public boolean isFirstName(String word) {
        return firstNames.contains(PhraseIndex.normalise(word));
    }

    /** The one known person with this surname, or null when none or several have it. */
    public Actor personBySurname(String surname) {
        Set<String> owners = surnameOwners.get(PhraseIndex.normalise(surname));
        return owners != null && owners.size() == 1 ? bySlug.get(owners.iterator().next()) : null;
    }

    /** How many known people share this surname. */
    public int surnameOwners(String surname) {
        return surnameOwners.getOrDefault(PhraseIndex.normalise(surname), Set.of()).size();
    }
}
