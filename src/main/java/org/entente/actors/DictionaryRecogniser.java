package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.nlp.AnalysedArticle;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/**
 * Finds actors by longest dictionary match, then composes role phrases ("le président russe Vladimir
 * Poutine", "US Secretary of State Antony Blinken", "son homologue ukrainien") into people resolved
 * through the office-holder data at the article's date, links surnames to people named earlier in the
 * same article, and group phrases ("les deux dirigeants") to the last two people. Nothing links across
 * articles. Thread-safe: per-article state lives in a local object.
 *
 * <pre>{@code
 * ActorRecogniser actors = new DictionaryRecogniser(ActorDictionary.load());
 * RecognisedArticle r = actors.recognise(analysed);
 * }</pre>
 */
public final class DictionaryRecogniser implements ActorRecogniser {
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "s", "'");
    private static final Set<String> OF_WORDS = Set.of("of", "the", "de", "du", "des", "la", "le", "l'", "l’", "d'", "d’");
    private static final Set<String> AND_WORDS = Set.of("and", "et", ",");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "van", "von", "bin", "ben", "al",
            "el", "ibn", "la", "le", "du", "der");
    private static final Set<String> QUOTES = Set.of("«", "»", "\"", "“", "”", "'", "‘", "’");
    private static final Set<String> COUNTERPART_DETERMINERS = Set.of("son", "sa", "ses", "his", "her", "their", "its");
    /** Offices whose holder "leads" in the sense of dip:leaderOf; envoys do not. */
    public static final Set<String> LEADING_OFFICES = Set.of("head_of_state", "head_of_government", "foreign_minister",
            "defence_minister", "secretary_general", "president", "director_general", "high_representative",
            "spokesperson", "national_security_advisor", "leader", "minister");

    private final ActorDictionary dict;

    public DictionaryRecogniser(ActorDictionary dict) {
        this.dict = dict;
    }

    @Override
    public RecognisedArticle recognise(AnalysedArticle article) {
        State st = new State(article);
        for (Sentence s : article.sentences()) {
            st.sentence(s);
        }
        return new RecognisedArticle(article, st.mentions);
    }

    private enum ItemType { ACTOR, ROLE, PHRASE }

    /** A dictionary hit over tokens [first, last). */
    private record Item(int first, int last, ItemType type, ActorDictionary.Known known, ActorDictionary.Role role,
                        String category) {
    }

    /** Per-article state: what has been mentioned so far. */
    private final class State {
        final AnalysedArticle article;
        final String lang;
        final LocalDate date;
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Actor> seenPersons = new LinkedHashMap<>();
        final Map<String, Actor> localSurnames = new HashMap<>();
        String lastOffice;

        State(AnalysedArticle article) {
            this.article = article;
            this.lang = article.lang();
            this.date = article.article().date();
        }

        void sentence(Sentence s) {
            List<Token> toks = withoutPossessives(s.tokens());
            PhraseIndex.Text text = new PhraseIndex.Text(toks);
            List<Item> items = items(s, toks, text);
            int i = 0;
            while (i < items.size()) {
                Item it = items.get(i);
                int consumed = switch (it.type) {
                    case ROLE -> role(s, toks, items, i, it.role.office(), it.role.onlyOf(), it.first, it.last);
                    case PHRASE -> phrase(s, toks, items, i);
                    case ACTOR -> actor(s, toks, items, i);
                };
                i += Math.max(1, consumed);
            }
        }

        /** Longest dictionary hits, left to right, without overlap. */
        List<Item> items(Sentence s, List<Token> toks, PhraseIndex.Text text) {
            List<Item> out = new ArrayList<>();
            PhraseIndex<ActorDictionary.Role> roles = dict.roles(lang);
            PhraseIndex<String> phrases = dict.phrases(lang);
            int i = 0;
            while (i < toks.size()) {
                Item best = null;
                PhraseIndex.Match<ActorDictionary.Known> n = dict.names().longestAt(text, toks, i);
                if (n != null) {
                    ActorDictionary.Known k = pickKnown(n);
                    if (k != null) {
                        best = new Item(n.first(), n.last(), ItemType.ACTOR, k, null, null);
                    }
                }
                PhraseIndex.Match<ActorDictionary.Role> r = roles.longestAt(text, toks, i);
                if (r != null && (best == null || r.last() > best.last)) {
                    best = new Item(r.first(), r.last(), ItemType.ROLE, null, r.entries().get(0).value(), null);
                }
                PhraseIndex.Match<String> p = phrases.longestAt(text, toks, i);
                if (p != null && (best == null || p.last() > best.last)) {
                    best = new Item(p.first(), p.last(), ItemType.PHRASE, null, null, p.entries().get(0).value());
                }
                if (best != null && best.type == ItemType.ACTOR && !plausible(best, toks, text, phrases)) {
                    best = null;
                }
                if (best == null) {
                    i++;
                } else {
                    out.add(best);
                    i = best.last;
                }
            }
            return out;
        }

        ActorDictionary.Known pickKnown(PhraseIndex.Match<ActorDictionary.Known> m) {
            ActorDictionary.Known best = null;
            for (PhraseIndex.Entry<ActorDictionary.Known> e : m.entries()) {
                ActorDictionary.Known k = e.value();
                if (best == null || k.kind().ordinal() < best.kind().ordinal()) {
                    best = k;
                }
            }
            return best;
        }

        /** Context checks that keep lookalikes out: "Jordan Peterson", "Paris Agreement", "l'accord de Paris". */
        boolean plausible(Item it, List<Token> toks, PhraseIndex.Text text, PhraseIndex<String> phrases) {
            Mention.Kind kind = it.known.kind();
            Actor a = it.known.actor();
            boolean place = a.type() == ActorType.COUNTRY && (kind == Mention.Kind.NAME || kind == Mention.Kind.METONYM);
            if (place || kind == Mention.Kind.SURNAME) {
                if (it.first > 0 && partOfName(toks.get(it.first - 1)) && !isKnownAt(text, toks, it.first - 1)) {
                    return false;
                }
                if (it.last < toks.size() && partOfName(toks.get(it.last)) && !isKnownAt(text, toks, it.last)) {
                    return false;
                }
            }
            if (kind == Mention.Kind.METONYM || place) {
                if (it.last < toks.size() && isBlocker(phrases, text, toks, it.last)) {
                    return false;
                }
                // "l'accord de Paris", "un accord « Minsk III »"
                int before = it.first - 1;
                while (before >= 0 && QUOTES.contains(toks.get(before).text())) {
                    before--;
                }
                if (before >= 0 && before < it.first - 1 && isBlocker(phrases, text, toks, before)) {
                    return false;
                }
                if (it.first >= 2 && isDe(toks.get(it.first - 1)) && isBlocker(phrases, text, toks, it.first - 2)) {
                    return false;
                }
            }
            // "Turkish Cypriot", "Greek Cypriot": a people, neither of the two states.
            if (kind == Mention.Kind.DEMONYM && (capitalisedDemonymAt(text, toks, it.last)
                    || it.first > 0 && capitalisedDemonymAt(text, toks, it.first - 1))) {
                return false;
            }
            if (kind == Mention.Kind.SURNAME) {
                Actor known = seenPersons.get(a.slug());
                boolean roleBefore = it.first > 0 && dict.roles(lang).longestAt(text, toks, it.first - 1) != null;
                return known != null || roleBefore
                        || dict.surnameOwners(toks.get(it.first).text()) == 1 && !dict.holders().termsOf(a, date).isEmpty();
            }
            return true;
        }

        /** A known actor, role or phrase starts at token i; a bare surname does not count ("Georgia Brown"). */
        boolean capitalisedDemonymAt(PhraseIndex.Text text, List<Token> toks, int i) {
            if (i < 0 || i >= toks.size() || !Character.isUpperCase(toks.get(i).text().codePointAt(0))) {
                return false;
            }
            PhraseIndex.Match<ActorDictionary.Known> m = dict.names().longestAt(text, toks, i);
            return m != null && m.entries().stream().allMatch(e -> e.value().kind() == Mention.Kind.DEMONYM);
        }

        boolean isKnownAt(PhraseIndex.Text text, List<Token> toks, int i) {
            PhraseIndex.Match<ActorDictionary.Known> n = dict.names().longestAt(text, toks, i);
            boolean name = n != null && n.entries().stream().anyMatch(e -> e.value().kind() != Mention.Kind.SURNAME);
            return name || dict.roles(lang).longestAt(text, toks, i) != null
                    || dict.phrases(lang).longestAt(text, toks, i) != null;
        }

        boolean isBlocker(PhraseIndex<String> phrases, PhraseIndex.Text text, List<Token> toks, int i) {
            PhraseIndex.Match<String> m = phrases.longestAt(text, toks, i);
            return m != null && m.entries().stream().anyMatch(e -> e.value().equals("blocker"));
        }

        /** An ACTOR hit: a mention, or the start of "Russian President X" when a role follows. */
        int actor(Sentence s, List<Token> toks, List<Item> items, int i) {
            Item it = items.get(i);
            Actor a = it.known.actor();
            // English coordinated qualifiers: "his Greek, Cypriot and French counterparts, X, Y and Z".
            if (it.known.kind() == Mention.Kind.DEMONYM) {
                List<Actor> chain = new ArrayList<>(List.of(a));
                int j = i;
                while (j + 1 < items.size() && isDemonymOrCountry(items.get(j + 1), true)
                        && coordinated(toks, items.get(j).last, items.get(j + 1).first)) {
                    j++;
                    chain.add(items.get(j).known.actor());
                }
                if (j > i && j + 1 < items.size() && items.get(j + 1).first == items.get(j).last) {
                    Item next = items.get(j + 1);
                    if (next.type == ItemType.ROLE) {
                        return (j - i) + 1 + role(s, toks, items, j + 1, next.role.office(), next.role.onlyOf(), it.first,
                                next.last, chain);
                    }
                    if (next.type == ItemType.PHRASE && next.category.equals("counterpart") && lastOffice != null) {
                        return (j - i) + 1 + role(s, toks, items, j + 1, lastOffice, null, it.first, next.last, chain);
                    }
                }
            }
            // English order: qualifier before the role ("Russian President", "Iran's foreign minister").
            if (i + 1 < items.size() && (a.type() == ActorType.COUNTRY || a.type() == ActorType.ORGANISATION)) {
                Item next = items.get(i + 1);
                int gap = next.first - it.last;
                boolean possessive = gap == 1 && POSSESSIVE.contains(toks.get(it.last).text().toLowerCase(Locale.ROOT));
                if (next.type == ItemType.ROLE && (gap == 0 || possessive)) {
                    return 1 + role(s, toks, items, i + 1, next.role.office(), next.role.onlyOf(), it.first, next.last,
                            List.of(a));
                }
                if (next.type == ItemType.PHRASE && next.category.equals("counterpart") && (gap == 0 || possessive)) {
                    return 1 + counterpart(s, toks, items, i + 1, it.first, List.of(a));
                }
            }
            if (it.known.kind() == Mention.Kind.METONYM && locative(toks, it.first)) {
                Actor city = dict.city(s.span(article.text(), it.first, it.last));
                if (city != null) {
                    add(s, it.first, it.last, List.of(city), Mention.Kind.NAME, null, null);
                    return 1;
                }
            }
            if (it.known.kind() == Mention.Kind.PERSON_NAME || it.known.kind() == Mention.Kind.SURNAME) {
                Actor p = localSurnames.getOrDefault(a.slug(), a);
                addPerson(s, it.first, it.last, p, it.known.kind(), null, null);
                return 1;
            }
            add(s, it.first, it.last, List.of(a), it.known.kind(), null, null);
            return 1;
        }

        int phrase(Sentence s, List<Token> toks, List<Item> items, int i) {
            Item it = items.get(i);
            switch (it.category) {
                case "counterpart":
                    return counterpart(s, toks, items, i, it.first, List.of());
                case "pair":
                    pair(s, it);
                    return 1;
                case "honorific":
                    return honorific(s, toks, items, i);
                default:
                    return 1;
            }
        }

        int role(Sentence s, List<Token> toks, List<Item> items, int i, String office, String onlyOf, int spanStart,
                 int roleEnd) {
            return role(s, toks, items, i, office, onlyOf, spanStart, roleEnd, List.of());
        }

        /**
         * A role word at items[i]: find its country (before, after, or "of X"), then a name; link the
         * name, or resolve the holder at the article's date. Returns how many items it consumed.
         */
        int role(Sentence s, List<Token> toks, List<Item> items, int i, String office, String onlyOf, int spanStart,
                 int roleEnd, List<Actor> before) {
            List<Actor> quals = new ArrayList<>(before);
            int used = 1;
            int pos = roleEnd;
            // French order: demonyms after the role, possibly coordinated ("présidents russe et français").
            int j = i + 1;
            while (j < items.size() && items.get(j).first == pos && isDemonymOrCountry(items.get(j), true)) {
                quals.add(items.get(j).known.actor());
                pos = items.get(j).last;
                used++;
                j++;
                if (j < items.size() && pos < toks.size() && AND_WORDS.contains(toks.get(pos).lower())
                        && items.get(j).first == pos + 1 && isDemonymOrCountry(items.get(j), true)) {
                    pos++;
                } else {
                    break;
                }
            }
            // "ministre russe des Affaires étrangères": the role's complement after the demonym.
            if (quals.size() > before.size() && pos < toks.size()) {
                PhraseIndex.Match<ActorDictionary.Role> longer = longerRole(toks, items.get(i).first, roleEnd, pos);
                if (longer != null) {
                    office = longer.entries().get(0).value().office();
                    int newEnd = pos + longer.last() - (roleEnd - items.get(i).first);
                    while (j < items.size() && items.get(j).first < newEnd) {
                        j++;
                        used++;
                    }
                    pos = newEnd;
                }
            }
            // "President of France", "secrétaire général de l'ONU".
            if (quals.isEmpty()) {
                int k = pos;
                while (k < toks.size() && k - pos < 3 && OF_WORDS.contains(toks.get(k).lower())) {
                    k++;
                }
                if (k > pos && j < items.size() && items.get(j).first == k && isDemonymOrCountry(items.get(j), false)) {
                    quals.add(items.get(j).known.actor());
                    pos = items.get(j).last;
                    used++;
                    j++;
                }
            }
            if (quals.isEmpty() && onlyOf != null && dict.byQid(onlyOf) != null) {
                quals.add(dict.byQid(onlyOf));
            }
            if (onlyOf != null && quals.stream().anyMatch(q -> !onlyOf.equals(q.qid()))) {
                office = "minister".equals(office) ? office : "leader";
            }
            // Names after the role: known people, or capitalised words (optionally after a comma).
            int namePos = pos < toks.size() && toks.get(pos).text().equals(",") ? pos + 1 : pos;
            List<Actor> persons = new ArrayList<>();
            int end = pos;
            int k = namePos;
            while (true) {
                Item at = itemAt(items, k);
                if (at != null && at.type == ItemType.ACTOR && (at.known.kind() == Mention.Kind.PERSON_NAME
                        || at.known.kind() == Mention.Kind.SURNAME)) {
                    persons.add(localSurnames.getOrDefault(at.known.actor().slug(), at.known.actor()));
                    k = at.last;
                    used += items.indexOf(at) >= j ? 1 + items.indexOf(at) - j : 0;
                    j = items.indexOf(at) + 1;
                } else if (at == null) {
                    int nameEnd = capitalisedName(toks, k, items);
                    if (nameEnd <= k) {
                        break;
                    }
                    persons.add(newPerson(s.span(article.text(), k, nameEnd), toks.get(nameEnd - 1).text()));
                    // Items inside the name (a known surname) belong to it now.
                    while (j < items.size() && items.get(j).first < nameEnd) {
                        j++;
                        used++;
                    }
                    k = nameEnd;
                } else {
                    break;
                }
                end = k;
                if (k + 1 < toks.size() && AND_WORDS.contains(toks.get(k).lower()) && persons.size() < quals.size()) {
                    k++;
                } else {
                    break;
                }
            }
            if (!persons.isEmpty()) {
                for (int p = 0; p < persons.size(); p++) {
                    Actor q = p < quals.size() ? quals.get(p) : quals.size() == 1 ? quals.get(0) : null;
                    addPerson(s, spanStart, end, persons.get(p), Mention.Kind.ROLE, officeFor(office, q), q);
                }
                return used;
            }
            // No name: the holder of the office at the article's date, else the country itself.
            for (Actor q : quals) {
                String off = officeFor(office, q);
                Optional<OfficeHolders.Term> t = dict.holders().holder(off, q.qid(), date);
                if (t.isPresent()) {
                    addPerson(s, spanStart, pos, t.get().person(), Mention.Kind.ROLE, off, q);
                } else if (q.type() != ActorType.PLACE) {
                    add(s, spanStart, pos, List.of(q), Mention.Kind.ROLE, null, null);
                }
            }
            return used;
        }

        /** "son homologue ukrainien", "his Ukrainian counterpart": the same office as the last office holder named. */
        int counterpart(Sentence s, List<Token> toks, List<Item> items, int i, int spanStart, List<Actor> before) {
            Item it = items.get(i);
            boolean determiner = it.first > 0 && COUNTERPART_DETERMINERS.contains(toks.get(it.first - 1).lower());
            if (!determiner && before.isEmpty() || lastOffice == null) {
                return 1;
            }
            return role(s, toks, items, i, lastOffice, null, before.isEmpty() ? it.first - 1 : spanStart, it.last, before);
        }

        /** "les deux dirigeants": the last two people named (or countries, for "les deux pays"). */
        void pair(Sentence s, Item it) {
            String phrase = s.span(article.text(), it.first, it.last).toLowerCase(Locale.ROOT);
            boolean countries = phrase.contains("pays") || phrase.contains("countr") || phrase.contains("capitales");
            List<Actor> recent = new ArrayList<>();
            for (int m = mentions.size() - 1; m >= 0 && recent.size() < 2; m--) {
                for (Actor a : mentions.get(m).actors()) {
                    boolean fits = countries ? a.type() == ActorType.COUNTRY : a.type() == ActorType.PERSON;
                    if (fits && !recent.contains(a)) {
                        recent.add(a);
                    }
                }
            }
            if (recent.size() == 2) {
                add(s, it.first, it.last, List.of(recent.get(1), recent.get(0)), Mention.Kind.GROUP, null, null);
            }
        }

        /** "M. Lavrov", "Mr. Smith": a known surname, or a new person. */
        int honorific(Sentence s, List<Token> toks, List<Item> items, int i) {
            Item it = items.get(i);
            Item next = i + 1 < items.size() ? items.get(i + 1) : null;
            if (next != null && next.first == it.last && next.type == ItemType.ACTOR
                    && next.known.actor().type() == ActorType.PERSON) {
                addPerson(s, it.first, next.last, localSurnames.getOrDefault(next.known.actor().slug(),
                        next.known.actor()), Mention.Kind.SURNAME, null, null);
                return 2;
            }
            int end = capitalisedName(toks, it.last, items);
            if (end > it.last) {
                String name = s.span(article.text(), it.last, end);
                Actor known = localSurnames.get(PhraseIndex.normalise(name));
                addPerson(s, it.first, end, known != null ? known : newPerson(name, toks.get(end - 1).text()),
                        Mention.Kind.SURNAME, null, null);
            }
            return 1;
        }

        Actor newPerson(String rawName, String rawSurname) {
            // "John R. Bolton's": the possessive is not part of the name.
            String name = rawName.replaceFirst("['’]s?$", "");
            String surname = rawSurname.replaceFirst("['’]s?$", "");
            Actor known = localSurnames.get(PhraseIndex.normalise(name));
            if (known != null) {
                return known;
            }
            // "Joseph R. Biden": a fuller or shorter form of a known person's name, by a surname only one
            // known person has.
            Actor p = dict.personBySurname(surname);
            if (p == null || !name.contains(" ")) {
                p = Actor.personFromName(name);
            }
            localSurnames.putIfAbsent(PhraseIndex.normalise(surname), p);
            localSurnames.putIfAbsent(PhraseIndex.normalise(name), p);
            return p;
        }

        Item itemAt(List<Item> items, int token) {
            for (Item it : items) {
                if (it.first == token) {
                    return it;
                }
                if (it.first > token) {
                    return null;
                }
            }
            return null;
        }

        /** End of a run of 1–4 capitalised words at {@code k} that no dictionary item covers, or k. */
        int capitalisedName(List<Token> toks, int k, List<Item> items) {
            int e = k;
            int words = 0;
            while (e < toks.size() && words < 5) {
                Token t = toks.get(e);
                boolean cap = Character.isUpperCase(t.text().codePointAt(0)) && t.text().codePoints().anyMatch(Character::isLetter);
                boolean particle = words > 0 && NAME_PARTICLES.contains(t.lower()) && e + 1 < toks.size()
                        && Character.isUpperCase(toks.get(e + 1).text().codePointAt(0));
                boolean covered = itemAt(items, e) != null && itemAt(items, e).type != ItemType.ACTOR;
                // A middle initial, "Joseph R. Biden", whether the tokenizer kept "R." whole or not.
                boolean initial = words > 0 && t.text().matches("\\p{Lu}\\.?") && e + 1 < toks.size();
                if (initial && t.text().length() == 1 && toks.get(e + 1).text().equals(".")) {
                    e += 2;
                    continue;
                }
                if (!(cap || particle) || covered || t.text().length() < 2 && !particle) {
                    break;
                }
                if (cap && !"PROPN".equals(t.pos()) && !"X".equals(t.pos()) && words == 0 && !"NOUN".equals(t.pos())) {
                    break;
                }
                e++;
                words++;
            }
            while (e > k && NAME_PARTICLES.contains(toks.get(e - 1).lower())) {
                e--;
            }
            return e;
        }

        /** The role words followed by what comes after the demonym, if that reads as a longer role. */
        PhraseIndex.Match<ActorDictionary.Role> longerRole(List<Token> toks, int roleFirst, int roleEnd, int afterQual) {
            List<Token> joined = new ArrayList<>(toks.subList(roleFirst, roleEnd));
            joined.addAll(toks.subList(afterQual, Math.min(toks.size(), afterQual + 6)));
            PhraseIndex.Match<ActorDictionary.Role> m = dict.roles(lang).longestAt(new PhraseIndex.Text(joined), joined, 0);
            return m != null && m.last() > roleEnd - roleFirst ? m : null;
        }

        boolean isDemonymOrCountry(Item it, boolean demonymOnly) {
            if (it.type != ItemType.ACTOR) {
                return false;
            }
            ActorType t = it.known.actor().type();
            if (t != ActorType.COUNTRY && t != ActorType.ORGANISATION && t != ActorType.FORMAT) {
                return false;
            }
            return !demonymOnly || it.known.kind() == Mention.Kind.DEMONYM;
        }

        String officeFor(String office, Actor q) {
            if (q != null && q.type() != ActorType.COUNTRY && "head_of_state".equals(office)) {
                return "president";
            }
            return office;
        }

        void addPerson(Sentence s, int first, int last, Actor p, Mention.Kind kind, String office, Actor officeOf) {
            seenPersons.putIfAbsent(p.slug(), p);
            if (office != null && LEADING_OFFICES.contains(office)) {
                lastOffice = office;
            } else if (office == null) {
                List<OfficeHolders.Term> terms = dict.holders().termsOf(p, date);
                if (!terms.isEmpty()) {
                    lastOffice = terms.get(0).office();
                }
            }
            add(s, first, last, List.of(p), kind, office, officeOf);
        }

        void add(Sentence s, int first, int last, List<Actor> actors, Mention.Kind kind, String office, Actor officeOf) {
            List<Token> t = s.tokens();
            mentions.add(new Mention(s.index(), first, last, t.get(first).start(), t.get(last - 1).end(), actors, kind,
                    office, officeOf));
        }
    }

    /**
     * The tokens with a glued English possessive cut off ("Russia’s" → "Russia"), so that a name matches
     * on token boundaries; the tokenizer does not always split "'s". Offsets and indices are unchanged.
     */
    static List<Token> withoutPossessives(List<Token> toks) {
        List<Token> out = null;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String x = t.text();
            if (x.length() > 3 && Character.isUpperCase(x.codePointAt(0))
                    && (x.endsWith("'s") || x.endsWith("\u2019s"))) {
                if (out == null) {
                    out = new ArrayList<>(toks);
                }
                out.set(i, new Token(x.substring(0, x.length() - 2), t.start(), t.end() - 2, t.pos(), t.lemma()));
            }
        }
        return out == null ? toks : out;
    }

    /** Only "," and/or "and"/"et" between two tokens positions. */
    private static boolean coordinated(List<Token> toks, int from, int to) {
        if (to <= from || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!AND_WORDS.contains(toks.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capital after a locative preposition is the city, not its government: "met in Moscow", "dans
     * Kaboul", "se déroulent à Téhéran" — but French "à" after a verb of giving or saying is a dative
     * ("a proposé à Washington"), so it stays the government.
     */
    private boolean locative(List<Token> toks, int first) {
        int k = first - 1;
        while (k >= 0 && (toks.get(k).isPos("DET") || QUOTES.contains(toks.get(k).text()))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        PhraseIndex.Text text = new PhraseIndex.Text(toks.subList(k, k + 1));
        List<String> cats = categories(toks.subList(k, k + 1), text);
        if (cats.contains("locative")) {
            return true;
        }
        if (cats.contains("locative_unless_dative")) {
            for (int v = k - 1; v >= Math.max(0, k - 8); v--) {
                Token t = toks.get(v);
                if (t.isPos("VERB")) {
                    List<Token> one = List.of(new Token(t.lemma(), 0, t.lemma().length(), t.pos(), t.lemma()));
                    return !categories(one, new PhraseIndex.Text(one)).contains("dative_verb");
                }
            }
            return true;
        }
        return false;
    }

    private List<String> categories(List<Token> one, PhraseIndex.Text text) {
        List<String> out = new java.util.ArrayList<>();
        for (String l : List.of("en", "fr")) {
            PhraseIndex.Match<String> m = dict.phrases(l).longestAt(text, one, 0);
            if (m != null && m.last() == one.size()) {
                m.entries().forEach(e -> out.add(e.value()));
            }
        }
        return out;
    }

    private static boolean partOfName(Token t) {
        return "PROPN".equals(t.pos()) && Character.isUpperCase(t.text().codePointAt(0)) && t.text().length() > 1;
    }

    private static boolean isDe(Token t) {
        String l = t.lower();
        return l.equals("de") || l.equals("d'") || l.equals("d’") || l.equals("of");
    }
}
