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
    private static final java.util.regex.Pattern LED_SUFFIX = java.util.regex.Pattern.compile("(?i)^(.+?)[-‐]led$");
    private static final Set<String> QUOTES = Set.of("«", "»", "\"", "“", "”", "'", "‘", "’");
    private static final Set<String> COUNTERPART_DETERMINERS = Set.of("son", "sa", "ses", "his", "her", "their", "its");
    /** phrases.tsv categories read only as context around a hit, never items of their own. */
    private static final Set<String> CONTEXT_ONLY = Set.of("people_adjective", "city_link", "named_after",
            "currency", "event_noun", "place_object_verb", "subnational_title", "former", "direction", "deputy");

    /** Currency signs that, glued to a country's name, make a currency: "$US", "US$", "A$". */
    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "£", "€", "¥");

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
        st.finish();
        return new RecognisedArticle(article, st.mentions);
    }

    private enum ItemType { ACTOR, ROLE, PHRASE }

    /** A dictionary hit over tokens [first, last). */
    private record Item(int first, int last, ItemType type, ActorDictionary.Known known, ActorDictionary.Role role,
                        String category) {
    }

    /** A country-less role of the current sentence ("le président de la République"), resolved once it is read. */
    private record SpeakerRole(int first, int last, String office) {
    }

    /** A group noun met without a qualifier ("les rebelles"), resolved at the end of the article. */
    private record Bare(Sentence sentence, int first, int last, String key) {
    }

    /** Per-article state: what has been mentioned so far. */
    private final class State {
        final AnalysedArticle article;
        final String lang;
        final LocalDate date;
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Actor> seenPersons = new LinkedHashMap<>();
        final Map<String, Actor> localSurnames = new HashMap<>();
        /** Capitalised words met alone (not next to another capitalised word), by normalised form. */
        final Map<String, Integer> standalone = new HashMap<>();
        /** Words the article writes in lower case: not names ("Following Brandt"). */
        final Set<String> lowerWords = new java.util.HashSet<>();
        /** Qualified groups of the article by group noun key: "rebels" → Syrian rebels. */
        final Map<String, Map<String, Actor>> groups = new LinkedHashMap<>();
        final List<Bare> bares = new ArrayList<>();
        final List<SpeakerRole> speakerRoles = new ArrayList<>();
        /** Each sentence's tokens without glued possessives or final full stop, by sentence index: computed once. */
        final Map<Integer, List<Token>> tokens = new HashMap<>();
        String lastOffice;

        State(AnalysedArticle article) {
            this.article = article;
            this.lang = article.lang();
            this.date = article.article().date();
            for (Sentence s : article.sentences()) {
                List<Token> toks = withoutPossessives(s.tokens());
                tokens.put(s.index(), toks);
                for (Token t : toks) {
                    if (!t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0))) {
                        lowerWords.add(t.text());
                    }
                }
                for (int i = 0; i < toks.size(); i++) {
                    if (capitalisedWord(toks.get(i)) && (i == 0 || !capitalisedWord(toks.get(i - 1)))
                            && (i + 1 >= toks.size() || !capitalisedWord(toks.get(i + 1)))) {
                        standalone.merge(PhraseIndex.normalise(toks.get(i).text()), 1, Integer::sum);
                    }
                }
            }
            // A word the article also writes in lower case is no surname ("Security", "Times").
            lowerWords.forEach(w -> standalone.remove(PhraseIndex.normalise(w)));
        }

        void sentence(Sentence s) {
            List<Token> toks = tokens.get(s.index());
            PhraseIndex.Text text = new PhraseIndex.Text(toks);
            List<Item> items = items(s, toks, text);
            ledGroups(s, toks, text, items);
            leaderGovernments(s, toks, text, items);
            groups(s, toks, text, items);
            namesakeGroups(s, toks, items);
            sentenceItems(s, toks, items);
            speakerRoles(s, toks);
            newNames(s, toks, text, items);
        }

        /** Bare group nouns stand for the article's one qualified group of that noun; mentions in text order. */
        void finish() {
            for (Bare b : bares) {
                Map<String, Actor> g = groups.get(b.key);
                if (g == null || g.size() != 1) {
                    continue;
                }
                if (!mentionOverlaps(b.sentence, b.first, b.last)) {
                    add(b.sentence, b.first, b.last, List.of(g.values().iterator().next()), Mention.Kind.NAME, null, null);
                }
            }
            mentions.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
        }

        void sentenceItems(Sentence s, List<Token> toks, List<Item> items) {
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

        /**
         * Coalitions named by the country that leads them (coalitions.tsv): "the US-led coalition",
         * "a Saudi-led military coalition", "the coalition led by Saudi Arabia", "la coalition aérienne
         * menée par les États-Unis", "la coalition arabe conduite par Riyad". One group actor per leading
         * country; it takes precedence over dictionary names inside the span ("coalition internationale").
         * Only a country leads: "la coalition au pouvoir", "a coalition government" make no group.
         */
        void ledGroups(Sentence s, List<Token> toks, PhraseIndex.Text text, List<Item> items) {
            ActorDictionary.LedGroups lg = dict.ledGroups();
            Set<String> notAfter = lg.afterNounNot().getOrDefault(lang, Set.of());
            int i = 0;
            while (i < toks.size()) {
                PhraseIndex.Match<String> nm = lg.nouns(lang).longestAt(text, toks, i);
                if (nm == null || mentionOverlaps(s, nm.first(), nm.last())) {
                    i++;
                    continue;
                }
                int ne = nm.last();
                i = ne;
                if (ne < toks.size() && notAfter.contains(PhraseIndex.normalise(toks.get(ne).text()))) {
                    continue;
                }
                String[] noun = nm.entries().get(0).value().split("\\|", -1);
                int first = -1;
                int last = -1;
                Actor leader = null;
                // "<Country>-led [adj] [adj] coalition"
                if (lang.equals("en")) {
                    int k = nm.first();
                    for (int adj = 0; adj <= 2 && leader == null && k > 0; adj++) {
                        int[] from = new int[1];
                        leader = ledPrefixEndingAt(toks, text, items, k, from);
                        if (leader != null) {
                            first = from[0];
                            last = ne;
                        } else if (adjective(toks.get(k - 1))) {
                            k--;
                        } else {
                            break;
                        }
                    }
                }
                // "coalition [adj] [adj] led by / menée par [the|les|l'] <country>"
                if (leader == null) {
                    int k = ne;
                    for (int adj = 0; adj <= 2 && k < toks.size(); adj++) {
                        PhraseIndex.Match<String> led = lg.led(lang).longestAt(text, toks, k);
                        if (led != null) {
                            int c = led.last();
                            if (c < toks.size() && toks.get(c).isPos("DET") || c < toks.size()
                                    && Set.of("the", "le", "la", "les", "l'", "l’").contains(toks.get(c).lower())) {
                                c++;
                            }
                            Item who = itemAt(items, c);
                            if (who != null && leadingCountry(who, toks)) {
                                leader = who.known.actor();
                                first = nm.first();
                                last = who.last;
                            }
                            break;
                        }
                        if (!adjective(toks.get(k))) {
                            break;
                        }
                        k++;
                    }
                }
                if (leader == null) {
                    continue;
                }
                Actor group = ledGroup(lg, noun, leader);
                final int f = first;
                final int l = last;
                items.removeIf(it -> it.first < l && f < it.last);
                add(s, first, last, List.of(group), Mention.Kind.NAME, Mention.LED_BY, leader);
                i = Math.max(i, last);
            }
        }

        /**
         * A government named by its leader (phrases.tsv, leader_government): "the Obama administration", "the
         * Johnson government", "l'administration Biden", "le gouvernement de Boris Johnson". It is the country
         * the person led as head of state or government (at the article's date, else the one country they
         * ever led in the data); the person's item is consumed.
         */
        void leaderGovernments(Sentence s, List<Token> toks, PhraseIndex.Text text, List<Item> items) {
            for (int g = 0; g < toks.size(); g++) {
                if (!leaderGovernmentNoun(toks.get(g))) {
                    continue;
                }
                int first = -1;
                int last = -1;
                Actor person = null;
                if (lang.equals("en")) {
                    // "[the] Barack Obama administration", "the Obama administration": a name ending right before it.
                    for (int k = Math.max(0, g - 3); k < g && person == null; k++) {
                        PhraseIndex.Match<ActorDictionary.Known> n = dict.names().longestAt(text, toks, k);
                        if (n != null && n.last() == g) {
                            person = personOf(n);
                            first = k > 0 && toks.get(k - 1).lower().equals("the") ? k - 1 : k;
                            last = g + 1;
                        }
                    }
                } else {
                    // "l'administration Biden", "le gouvernement de Boris Johnson".
                    int k = g + 1 < toks.size() && isDe(toks.get(g + 1)) ? g + 2 : g + 1;
                    PhraseIndex.Match<ActorDictionary.Known> n = k < toks.size() ? dict.names().longestAt(text, toks, k) : null;
                    if (n != null) {
                        person = personOf(n);
                        first = g;
                        last = n.last();
                    }
                }
                if (person == null || mentionOverlaps(s, first, last)) {
                    continue;
                }
                Actor country = dict.holders().ledCountry(person, date).map(dict::byQid).orElse(null);
                if (country == null) {
                    continue;
                }
                final int f = first;
                final int l = last;
                items.removeIf(it -> it.first < l && f < it.last);
                add(s, first, last, List.of(country), Mention.Kind.METONYM, null, null);
                g = last - 1;
            }
        }

        /** The one person a name match stands for (a person met earlier in the article first), else null. */
        Actor personOf(PhraseIndex.Match<ActorDictionary.Known> n) {
            List<Actor> people = n.entries().stream().map(e -> e.value().actor())
                    .filter(a -> a.type() == ActorType.PERSON).distinct().toList();
            for (Actor a : people) {
                if (localSurnames.containsValue(a)) {
                    return a;
                }
            }
            return people.size() == 1 ? people.get(0) : null;
        }

        boolean leaderGovernmentNoun(Token t) {
            return wordCategories(t.text()).contains("leader_government");
        }

        boolean mentionOverlaps(Sentence s, int first, int last) {
            return mentions.stream().anyMatch(m -> m.sentence() == s.index() && m.first() < last && first < m.last());
        }

        /** A country that can lead: its name, capital or seat of power, or a capitalised demonym ("les Saoudiens"). */
        boolean leadingCountry(Item it, List<Token> toks) {
            if (it.type != ItemType.ACTOR || it.known.actor().type() != ActorType.COUNTRY) {
                return false;
            }
            Mention.Kind k = it.known.kind();
            return k == Mention.Kind.NAME || k == Mention.Kind.METONYM
                    || k == Mention.Kind.DEMONYM && Character.isUpperCase(toks.get(it.first).text().codePointAt(0));
        }

        /**
         * "US-led", "U.S.-led", "Saudi-led", "Saudi - led": a country (name or demonym) glued to "-led",
         * ending right before token end; from[0] gets the first token.
         */
        Actor ledPrefixEndingAt(List<Token> toks, PhraseIndex.Text text, List<Item> items, int end, int[] from) {
            Token t = toks.get(end - 1);
            java.util.regex.Matcher m = LED_SUFFIX.matcher(t.text());
            if (m.matches()) {
                ActorDictionary.Known k = knownWord(m.group(1), "PROPN");
                if (k != null && k.actor().type() == ActorType.COUNTRY && k.kind() != Mention.Kind.SURNAME
                        && k.kind() != Mention.Kind.PERSON_NAME) {
                    from[0] = end - 1;
                    return k.actor();
                }
                return null;
            }
            // split by the tokenizer: "US" "-led", "US" "-" "led"
            int k = end - 1;
            if (t.lower().equals("-led") || t.lower().equals("‐led")) {
                k = end - 1;
            } else if (t.lower().equals("led") && end >= 2 && toks.get(end - 2).text().matches("[-‐]")) {
                k = end - 2;
            } else {
                return null;
            }
            Item who = itemEndingAt(items, k);
            if (who != null && who.type == ItemType.ACTOR && who.known.actor().type() == ActorType.COUNTRY
                    && who.known.kind() != Mention.Kind.SURNAME && who.known.kind() != Mention.Kind.PERSON_NAME) {
                from[0] = who.first;
                return who.known.actor();
            }
            return null;
        }

        /** A lower-case qualifying word: "international", "aérienne", "militaire", "arabe", "anti-Daech". */
        boolean adjective(Token t) {
            String x = t.text();
            if (x.isEmpty() || !Character.isLowerCase(x.codePointAt(0))) {
                return false;
            }
            if (x.startsWith("anti-") || x.startsWith("pro-")) {
                return true;
            }
            return x.codePoints().allMatch(c -> Character.isLetter(c) || c == '-')
                    && !Set.of("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "ADV").contains(t.pos());
        }

        /** The group actor of a coalition led by a country, labels from the templates of coalitions.tsv. */
        Actor ledGroup(ActorDictionary.LedGroups lg, String[] noun, Actor country) {
            String en = lg.labelEn().replace("{short}", shortName(country)).replace("{noun}", noun[0])
                    .replace("{fr}", country.labelFr());
            String fr = lg.labelFr().replace("{fr}", withArticle(lg, country.labelFr())).replace("{noun}", noun[1])
                    .replace("{short}", shortName(country));
            return new Actor(ActorType.GROUP.pathSegment() + "/" + Actor.slugOf(en), ActorType.GROUP, null, en, fr,
                    List.of(noun[0] + " led by " + country.labelEn()));
        }

        /** US, UK, UAE; Saudi (for Saudi Arabia); else the English name. */
        String shortName(Actor country) {
            String best = country.labelEn();
            for (String alt : country.altLabels()) {
                boolean acronym = alt.matches("[A-Z]{2,3}");
                boolean start = country.labelEn().startsWith(alt + " ") && alt.matches("\\p{Lu}\\p{Ll}+");
                if ((acronym || start) && alt.length() < best.length()) {
                    best = alt;
                }
            }
            return best;
        }

        /** "les États-Unis", "l'Arabie saoudite", "la France", "le Royaume-Uni", "le Mexique". */
        String withArticle(ActorDictionary.LedGroups lg, String name) {
            String n = PhraseIndex.normalise(name);
            if (lg.plural().contains(n)) {
                return "les " + name;
            }
            if (!n.isEmpty() && "aeiouy".indexOf(n.charAt(0)) >= 0) {
                return "l'" + name;
            }
            String firstWord = name.split("\\s+")[0];
            return lg.masculine().contains(n) || !firstWord.endsWith("e") ? "le " + name : "la " + name;
        }

        /**
         * Group nouns with a qualifier become one group actor: "Syrian rebels", "pro-Russian separatists",
         * "les rebelles syriens", "l'opposition syrienne", "les Kurdes de Syrie", "les séparatistes de la
         * région orientale du Donbass". The qualifier's item is consumed; a bare noun is kept for
         * {@link #finish()}. Not before a role ("Russian opposition leader X" stays as it was).
         */
        void groups(Sentence s, List<Token> toks, PhraseIndex.Text text, List<Item> items) {
            PhraseIndex<ActorDictionary.GroupNoun> index = dict.groupNouns(lang);
            int i = 0;
            while (i < toks.size()) {
                PhraseIndex.Match<ActorDictionary.GroupNoun> m = itemCovering(items, i) == null
                        ? index.longestAt(text, toks, i) : null;
                if (m == null || overlapsItem(items, m.first(), m.last())) {
                    i++;
                    continue;
                }
                ActorDictionary.GroupNoun g = m.entries().get(0).value();
                int gf = m.first();
                int gl = m.last();
                i = gl;
                Item next = itemAt(items, gl);
                if (next != null && next.type == ItemType.ROLE) {
                    continue;
                }
                Actor group = null;
                int first = gf;
                int last = gl;
                List<Item> used = new ArrayList<>();
                if (lang.equals("en")) {
                    Item before = itemEndingAt(items, gf);
                    Actor pro = gf > 0 ? proDemonym(toks.get(gf - 1)) : null;
                    if (pro != null) {
                        group = groupActor(g, pro, "pro");
                        first = gf - 1;
                    } else if (before != null && isDemonymOrCountry(before, true) && before.known.actor().type() == ActorType.COUNTRY) {
                        // "pro-Russian" split as "pro-" "Russian" or "pro" "-" "Russian"
                        int proAt = before.first >= 1 && toks.get(before.first - 1).lower().matches("pro[-‐]") ? before.first - 1
                                : before.first >= 2 && toks.get(before.first - 1).text().equals("-")
                                && toks.get(before.first - 2).lower().equals("pro") ? before.first - 2 : -1;
                        boolean proSplit = proAt >= 0;
                        group = groupActor(g, before.known.actor(), proSplit ? "pro" : "demonym");
                        first = proSplit ? proAt : before.first;
                        used.add(before);
                    }
                } else {
                    Actor pro = gl < toks.size() ? proDemonym(toks.get(gl)) : null;
                    if (pro != null) {
                        group = groupActor(g, pro, "pro");
                        last = gl + 1;
                    } else if (next != null && isDemonymOrCountry(next, true) && next.known.actor().type() == ActorType.COUNTRY) {
                        group = groupActor(g, next.known.actor(), "demonym");
                        last = next.last;
                        used.add(next);
                    } else {
                        Item where = g.of() ? ofPlace(toks, items, gl) : null;
                        if (where != null) {
                            Actor q = where.known.actor();
                            group = groupActor(g, q, q.type() == ActorType.COUNTRY ? "demonym" : "place");
                            last = where.last;
                            used.add(where);
                        }
                    }
                }
                if (group == null) {
                    if (g.bare()) {
                        bares.add(new Bare(s, gf, gl, g.key()));
                    }
                    continue;
                }
                items.removeAll(used);
                groups.computeIfAbsent(g.key(), k -> new LinkedHashMap<>()).putIfAbsent(group.slug(), group);
                add(s, first, last, List.of(group), Mention.Kind.NAME, null, null);
                i = Math.max(i, last);
            }
        }

        /**
         * "les peshmergas syriens", "the Syrian Peshmerga", "les talibans pakistanais": a named group of one
         * country (actors.tsv, home) qualified right away by another country's demonym (after it in French,
         * before it in English) is that country's namesake group, one group actor with labels built as
         * groups.tsv builds them ("Syrian Peshmerga" / "peshmergas syriens"), neither the named group nor
         * the country. The group's own demonym ("le Hezbollah libanais") changes nothing.
         */
        void namesakeGroups(Sentence s, List<Token> toks, List<Item> items) {
            for (int i = 0; i + 1 < items.size(); i++) {
                Item a = items.get(i);
                Item b = items.get(i + 1);
                if (a.type != ItemType.ACTOR || b.type != ItemType.ACTOR || b.first != a.last) {
                    continue;
                }
                Item group = lang.equals("fr") ? a : b;
                Item demonym = lang.equals("fr") ? b : a;
                ActorDictionary.Home home = group.known.kind() == Mention.Kind.NAME
                        ? dict.home(group.known.actor()) : null;
                if (home == null || demonym.known.kind() != Mention.Kind.DEMONYM
                        || demonym.known.actor().type() != ActorType.COUNTRY || demonym.known.actor() == home.country()) {
                    continue;
                }
                ActorDictionary.Demonyms d = dict.demonyms(demonym.known.actor());
                if (d == null) {
                    continue;
                }
                Actor g = group.known.actor();
                String en = d.en() + " " + g.labelEn();
                String fr = g.labelFr() + " " + d.fr(home.frAgreement());
                Actor namesake = new Actor(ActorType.GROUP.pathSegment() + "/" + Actor.slugOf(en), ActorType.GROUP,
                        null, en, fr, List.of());
                add(s, a.first, b.last, List.of(namesake), Mention.Kind.NAME, null, null);
                items.remove(i + 1);
                items.remove(i);
                i--;
            }
        }

        /**
         * "de la Syrie", "du Donbass", "de la région orientale et russophone du Donbass": a country or
         * place named after "de" within a short noun phrase (no verb, no punctuation) starting at k.
         */
        Item ofPlace(List<Token> toks, List<Item> items, int k) {
            if (k >= toks.size() || !isDe(toks.get(k)) && !toks.get(k).lower().equals("du")) {
                return null;
            }
            for (int j = k; j < Math.min(toks.size(), k + 9); j++) {
                Item it = itemAt(items, j);
                if (it != null && it.type == ItemType.PHRASE) {
                    j = it.last - 1;
                    continue;
                }
                if (it != null) {
                    boolean afterDe = j > 0 && (isDe(toks.get(j - 1)) || toks.get(j - 1).lower().equals("du")
                            || j > 1 && isDe(toks.get(j - 2)) && toks.get(j - 1).isPos("DET"));
                    boolean place = it.type == ItemType.ACTOR && (it.known.kind() == Mention.Kind.NAME
                            && it.known.actor().type() == ActorType.COUNTRY || it.known.actor().type() == ActorType.PLACE);
                    return afterDe && place ? it : null;
                }
                Token t = toks.get(j);
                if (t.isPos("VERB") || t.isPos("AUX") || t.isPos("PUNCT") || !t.text().codePoints().allMatch(
                        c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-')
                        || Character.isUpperCase(t.text().codePointAt(0))) {
                    return null;
                }
            }
            return null;
        }

        /** The dictionary entry that is exactly this one word (a prefix cut off a token), or null. */
        ActorDictionary.Known knownWord(String word, String pos) {
            List<Token> one = List.of(new Token(word, 0, word.length(), pos, word));
            PhraseIndex.Match<ActorDictionary.Known> m = dict.names().longestAt(new PhraseIndex.Text(one), one, 0);
            return m != null && m.last() == 1 ? pickKnown(m) : null;
        }

        /** "pro-Russian", "prorusses", "pro-russes": the country, or null. */
        Actor proDemonym(Token t) {
            String x = t.text();
            if (x.length() < 6 || !x.toLowerCase(Locale.ROOT).startsWith("pro")) {
                return null;
            }
            String rest = x.substring(3).replaceFirst("^[-‐]", "");
            if (rest.length() < 3) {
                return null;
            }
            ActorDictionary.Known k = knownWord(rest, "ADJ");
            return k != null && k.kind() == Mention.Kind.DEMONYM && k.actor().type() == ActorType.COUNTRY ? k.actor() : null;
        }

        /** The group actor for a noun and its qualifier, labels from the templates of groups.tsv. */
        Actor groupActor(ActorDictionary.GroupNoun g, Actor q, String how) {
            String en;
            String fr;
            List<String> alt = new ArrayList<>();
            if (how.equals("place")) {
                en = q.labelEn() + " " + g.labelEn();
                // the place's other spellings: "Donbass separatists"
                q.altLabels().stream().filter(x -> x.split(" ").length == 1 && !x.equalsIgnoreCase(q.labelEn()))
                        .forEach(x -> alt.add(x + " " + g.labelEn()));
                String place = q.labelFr();
                fr = g.labelFr() + (place.matches("(?i)^[aeiouyhéèêàâîôû].*") ? " d'" : " de ") + place;
            } else {
                ActorDictionary.Demonyms d = dict.demonyms(q);
                if (d == null) {
                    return null;
                }
                String pro = how.equals("pro") ? "pro-" : "";
                en = pro + d.en() + " " + g.labelEn();
                fr = g.labelFr() + " " + pro + d.fr(g.frAgreement());
            }
            return new Actor(ActorType.GROUP.pathSegment() + "/" + Actor.slugOf(en), ActorType.GROUP, null, en, fr, alt);
        }

        /**
         * People without a title in the data: a capitalised name of two or three words that no item covers,
         * with evidence that it is a person's — a person noun or role in apposition after it ("Jane Roe, the
         * founder of…", "Jean Dupont, le ministre iranien des Transports"), or before it ("le fondateur
         * de WikiLeaks, Jean Dupont"); or, weaker and kept away from places, its last word met alone
         * elsewhere in the article, or a first word that is the first name of a person of the data. A single
         * capitalised word that is the surname of a person met earlier in the article links to that person.
         */
        void newNames(Sentence s, List<Token> toks, PhraseIndex.Text text, List<Item> items) {
            int n = toks.size();
            boolean[] covered = new boolean[n];
            for (Item it : items) {
                for (int k = it.first; k < it.last; k++) {
                    covered[k] = true;
                }
            }
            for (Mention m : mentions) {
                if (m.sentence() == s.index()) {
                    for (int k = m.first(); k < m.last() && k < n; k++) {
                        covered[k] = true;
                    }
                }
            }
            int k = 0;
            while (k < n) {
                // A capitalised word inside a sentence starts a name whatever its tag ("to Elaine/VERB Chao").
                if (covered[k] || !nameWord(toks.get(k), k == 0)) {
                    k++;
                    continue;
                }
                int e = k;
                int words = 0;
                while (e < n && !covered[e] && words < 4) {
                    Token t = toks.get(e);
                    if (nameWord(t, false)) {
                        e++;
                        words++;
                    } else if (words > 0 && (NAME_PARTICLES.contains(t.lower()) || t.text().matches("\\p{Lu}\\.")) && e + 1 < n
                            && !covered[e + 1] && nameWord(toks.get(e + 1), false)) {
                        // "de", "bin" or a middle initial ("Anne S. Casper") inside a name.
                        e++;
                    } else {
                        break;
                    }
                }
                if (words == 1) {
                    Actor p = k > 0 || !lowerWords.contains(toks.get(k).lower())
                            ? localSurnames.get(PhraseIndex.normalise(toks.get(k).text())) : null;
                    if (p != null && (e >= n || !isBlocker(dict.phrases(lang), text, toks, e))) {
                        addPerson(s, k, e, p, Mention.Kind.SURNAME, null, null);
                    }
                    k = e;
                    continue;
                }
                int nameFirst = k;
                // "le fondateur de WikiLeaks Julian Assange": the organisation's name runs into the person's.
                if (e - k >= 3 && k >= 2 && (isDe(toks.get(k - 1)) || toks.get(k - 1).lower().equals("du"))
                        && nounEndsAt(text, toks, k - 1)) {
                    nameFirst = e - 2;
                }
                String[] office = new String[1];
                Actor[] officeOf = new Actor[1];
                boolean strong = nameFirst != k || nounBefore(text, toks, items, k) || nounAfter(text, toks, items, e, office, officeOf)
                        || birthAfter(toks, e);
                int nameWords = e - nameFirst;
                boolean particle = false;
                for (int j = nameFirst; j < e; j++) {
                    particle |= NAME_PARTICLES.contains(toks.get(j).lower());
                }
                boolean weak = !strong && !particle && nameWords >= 2 && nameWords <= 3 && !locative(toks, nameFirst)
                        && nameWord(toks.get(nameFirst), nameFirst == 0)
                        && !lowerWords.contains(toks.get(nameFirst).lower())
                        && (standalone.getOrDefault(PhraseIndex.normalise(toks.get(e - 1).text()), 0) > 0
                        || dict.isFirstName(toks.get(nameFirst).text()));
                // "Jane Roe, the architect of the deal", "Jean Dupont, le chantre du logiciel libre"
                boolean complement = !strong && !weak && nameFirst == k && nameWords >= 2 && nameWords <= 3
                        && !locative(toks, nameFirst) && nameWord(toks.get(nameFirst), nameFirst == 0)
                        && !lowerWords.contains(toks.get(nameFirst).lower()) && nounOfAfter(toks, e);
                weak |= complement;
                boolean blocked = e < n && isBlocker(dict.phrases(lang), text, toks, e);
                // "Turkish Cypriot": words of a known name or demonym make no person's name
                for (int j = nameFirst; j < e && !blocked; j++) {
                    PhraseIndex.Match<ActorDictionary.Known> km = dict.names().longestAt(text, toks, j);
                    blocked = km != null && km.entries().stream().anyMatch(x -> x.value().kind() != Mention.Kind.SURNAME
                            && x.value().kind() != Mention.Kind.PERSON_NAME);
                }
                for (int j = nameFirst; j < e && !blocked; j++) {
                    blocked = isBlocker(dict.phrases(lang), text, toks, j);
                }
                // The full name of a person the article has already introduced needs no evidence again.
                String name = s.span(article.text(), nameFirst, e);
                boolean met = localSurnames.containsKey(PhraseIndex.normalise(name));
                if ((strong || weak || met) && !blocked && words <= (nameFirst == k ? 3 : 4)) {
                    Actor p = newPerson(name, toks.get(e - 1).text());
                    addPerson(s, nameFirst, e, p, Mention.Kind.PERSON_NAME, office[0], officeOf[0]);
                    appositionRoleIs(s, e, p, office[0], officeOf[0]);
                }
                k = e;
            }
        }

        /** "(née en 1965)", "(born 1961)": a birth in brackets right after the name (phrases.tsv, birth). */
        boolean birthAfter(List<Token> toks, int e) {
            if (e + 1 >= toks.size() || !toks.get(e).text().equals("(")) {
                return false;
            }
            return wordCategories(toks.get(e + 1).text()).contains("birth");
        }

        /**
         * "Abbas Tavakoli, le ministre iranien des Transports", "Jane Roe, the US ambassador": a role in
         * apposition right after a name found only now (roles are read before new names) was linked to its
         * country for want of a name; it is said of the person just named, as for a known person
         * ("Qaboos bin Said, the Sultan of Oman").
         */
        void appositionRoleIs(Sentence s, int nameEnd, Actor person, String office, Actor officeOf) {
            if (nameEnd >= tokens.get(s.index()).size() || !tokens.get(s.index()).get(nameEnd).text().equals(",")) {
                return;
            }
            for (int m = 0; m < mentions.size(); m++) {
                Mention x = mentions.get(m);
                if (x.sentence() == s.index() && x.kind() == Mention.Kind.ROLE && x.first() > nameEnd
                        && x.first() <= nameEnd + 3 && x.actors().size() == 1 && x.actor().type() != ActorType.PERSON) {
                    mentions.set(m, new Mention(x.sentence(), x.first(), x.last(), x.start(), x.end(), List.of(person),
                            Mention.Kind.ROLE, office, officeOf));
                }
            }
        }

        /**
         * ", the <noun> of", ", le/la/l' <noun> de/du/des": a definite common noun with a complement in
         * apposition after the name ending at e, the noun naming no place, organisation or thing
         * (appositions.tsv, not_person).
         */
        boolean nounOfAfter(List<Token> toks, int e) {
            if (e + 3 >= toks.size() || !toks.get(e).text().equals(",")) {
                return false;
            }
            Token det = toks.get(e + 1);
            Token noun = toks.get(e + 2);
            Token of = toks.get(e + 3);
            boolean definite = lang.equals("en") ? det.lower().equals("the")
                    : Set.of("le", "la", "l'", "l’").contains(det.lower());
            boolean ofWord = lang.equals("en") ? of.lower().equals("of")
                    : isDe(of) || of.lower().equals("du") || of.lower().equals("des");
            String x = noun.text();
            return definite && ofWord && !x.isEmpty() && Character.isLowerCase(x.codePointAt(0)) && noun.isPos("NOUN")
                    && x.codePoints().allMatch(c -> Character.isLetter(c) || c == '-')
                    && !dict.isNotPersonNoun(lang, x);
        }

        /** A role or person noun ends at token {@code end}. */
        boolean nounEndsAt(PhraseIndex.Text text, List<Token> toks, int end) {
            for (int p = Math.max(0, end - 4); p < end; p++) {
                PhraseIndex.Match<ActorDictionary.Role> r = dict.roles(lang).longestAt(text, toks, p);
                PhraseIndex.Match<String> pn = dict.personNouns(lang).longestAt(text, toks, p);
                if (r != null && r.last() == end || pn != null && pn.last() == end) {
                    return true;
                }
            }
            return false;
        }

        /** "the whistleblower Jane Roe", "le fondateur de WikiLeaks, Jean Dupont": a person noun right before k. */
        boolean nounBefore(PhraseIndex.Text text, List<Token> toks, List<Item> items, int k) {
            int j = k;
            if (j > 0 && toks.get(j - 1).text().equals(",")) {
                j--;
            }
            if (j < k && nounEndsAt(text, toks, j)) {
                return true;
            }
            if (j == k && dict.personNouns(lang).longestAt(text, toks, Math.max(0, j - 1)) != null
                    && nounEndsAt(text, toks, j)) {
                return true;
            }
            // "… de WikiLeaks, Julian Assange", "… of the Acme Group, Jane Roe"
            int c = j;
            while (c > 0 && j - c < 3 && Character.isUpperCase(toks.get(c - 1).text().codePointAt(0))) {
                c--;
            }
            if (c < j && j < k && c > 0) {
                int d = c - 1;
                if (d > 0 && toks.get(d).isPos("DET")) {
                    d--;
                }
                return (isDe(toks.get(d)) || toks.get(d).lower().equals("du")) && nounEndsAt(text, toks, d);
            }
            return false;
        }

        /**
         * ", the founder of…", ", le ministre iranien des Transports", ", former director…": a person noun
         * or role in apposition after the name ending at e; a leading role with its country fills office.
         */
        boolean nounAfter(PhraseIndex.Text text, List<Token> toks, List<Item> items, int e, String[] office, Actor[] officeOf) {
            if (e >= toks.size() || !toks.get(e).text().equals(",")) {
                return false;
            }
            int j = e + 1;
            if (j < toks.size() && Set.of("the", "a", "an", "le", "la", "l'", "l’", "un", "une").contains(toks.get(j).lower())) {
                j++;
            }
            if (j < toks.size() && Set.of("former", "ancien", "ancienne", "ex", "ex-").contains(toks.get(j).lower())) {
                j++;
                if (j < toks.size() && toks.get(j).text().equals("-")) {
                    j++;
                }
            }
            Actor before = null;
            Item dem = itemAt(items, j);
            if (lang.equals("en") && dem != null && isDemonymOrCountry(dem, true)) {
                before = dem.known.actor();
                j = dem.last;
            }
            for (int extra = 0; extra <= (before != null ? 1 : 0); extra++) {
                int at = j + extra;
                if (at >= toks.size()) {
                    return false;
                }
                PhraseIndex.Match<ActorDictionary.Role> r = dict.roles(lang).longestAt(text, toks, at);
                if (r != null) {
                    ActorDictionary.Role role = r.entries().get(0).value();
                    Item after = itemAt(items, r.last());
                    Actor q = before != null ? before : after != null && isDemonymOrCountry(after, true) ? after.known.actor() : null;
                    if (q == null && role.onlyOf() != null) {
                        q = dict.byQid(role.onlyOf());
                    }
                    if (q != null && LEADING_OFFICES.contains(role.office())) {
                        office[0] = officeFor(role.office(), q);
                        officeOf[0] = q;
                    }
                    return true;
                }
                if (dict.personNouns(lang).longestAt(text, toks, at) != null) {
                    return true;
                }
            }
            return false;
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
                // words read only as context around a hit make no item: "Kurdes" stays a group noun
                if (p != null && p.entries().stream().allMatch(e -> CONTEXT_ONLY.contains(e.value()))) {
                    p = null;
                }
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
            // "Hafez al-Assad", "Saif al-Islam Kadhafi": a surname after a particle is the surname of whoever
            // the capitalised word before the particle names, unless that word is a known name or role.
            if (kind == Mention.Kind.SURNAME) {
                int b = it.first - 1;
                while (b >= 0 && (toks.get(b).text().matches("[-‐]")
                        || NAME_PARTICLES.contains(toks.get(b).lower().replaceAll("[-‐]$", "")))) {
                    b--;
                }
                if (b >= 0 && b < it.first - 1 && capitalisedWord(toks.get(b)) && !toks.get(b).text().endsWith(".")
                        && !isKnownAt(text, toks, b) && dict.roles(lang).longestAt(text, toks, b) == null
                        && !wordOfNames(a, toks.get(b).text())) {
                    return false;
                }
            }
            if (kind == Mention.Kind.METONYM || place) {
                if (it.last < toks.size() && isBlocker(phrases, text, toks, it.last)) {
                    return false;
                }
                // "a Berlin-based group" tokenized "Berlin" "-" "based"
                if (it.last + 1 < toks.size() && toks.get(it.last).text().matches("[-‐]")
                        && isBlocker(phrases, text, toks, it.last + 1)) {
                    return false;
                }
                // "Minsk II", "Oslo II": a place with a number names an agreement or a conference.
                if (it.last < toks.size() && toks.get(it.last).text().matches("II|III|IV|V|VI|VII|VIII|IX|X|XI|XII")) {
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
                // "le golfe d'Oman", "the Sea of Japan"; after "du"/"des" only a sea's or a gulf's noun ("la mer
                // du Japon", "la mer des Philippines"): "la déclaration du Japon" is Japan's
                if (it.first >= 2 && (isDe(toks.get(it.first - 1)) && isBlocker(phrases, text, toks, it.first - 2)
                        || toks.get(it.first - 1).lower().matches("du|des") && contextAt(toks, it.first - 2, "place_noun"))) {
                    return false;
                }
                // "la banlieue sud de Beyrouth", "les quartiers nord de Damas": a point of the compass between
                // the blocker and "de" (phrases.tsv, direction)
                if (it.first >= 3 && isDe(toks.get(it.first - 1)) && contextAt(toks, it.first - 2, "direction")
                        && isBlocker(phrases, text, toks, it.first - 3)) {
                    return false;
                }
                // "le sommet du G20 de Pékin", "le sommet de l'OTAN de Madrid": the noun's own complement, a
                // name, between it and "de" + the capital
                if (it.first >= 4 && isDe(toks.get(it.first - 1)) && nameToken(toks.get(it.first - 2))) {
                    int c = it.first - 3;
                    if (c >= 1 && toks.get(c).lower().matches("l'|l’|la") && isDe(toks.get(c - 1))) {
                        c--;
                    }
                    if (c >= 1 && (isDe(toks.get(c)) || toks.get(c).lower().matches("du|des"))
                            && isBlocker(phrases, text, toks, c - 1)) {
                        return false;
                    }
                }
            }
            // "the governor of Georgia", "Georgia Governor Brian Kemp", "le gouverneur de la Géorgie": a
            // country's name with the title of a federated state's head (phrases.tsv, subnational_title)
            // names that state, a namesake of the country.
            if (a.type() == ActorType.COUNTRY && kind == Mention.Kind.NAME) {
                int b = it.first - 1;
                if (b >= 0 && toks.get(b).lower().matches("la|l'|l’|the")) {
                    b--;
                }
                boolean of = b >= 1 && (isDe(toks.get(b)) || toks.get(b).lower().equals("du"))
                        && contextAt(toks, b - 1, "subnational_title");
                boolean after = it.last < toks.size() && contextAt(toks, it.last, "subnational_title");
                if (of || after) {
                    return false;
                }
            }
            // "the Gulf of Oman", "the Gulf of Aden": a place's one-word name heading "of" + a name is
            // another place, not this one ("Gulf" stands for the Persian Gulf only on its own).
            if (a.type() == ActorType.PLACE && it.last - it.first == 1 && it.last + 1 < toks.size()
                    && (isDe(toks.get(it.last)) || toks.get(it.last).lower().matches("du|des"))
                    && Character.isUpperCase(toks.get(it.last + 1).text().codePointAt(0))) {
                return false;
            }
            // "American Airlines", "the Indian Ocean", "the Irish Sea", "l'océan Indien": a capitalised
            // demonym next to a noun that names a thing (a blocker) is a word of that thing's name. English
            // names of things are written so in French text too, hence the English blockers as well.
            if (kind == Mention.Kind.DEMONYM && Character.isUpperCase(toks.get(it.first).text().codePointAt(0))) {
                boolean after = it.last < toks.size() && Character.isUpperCase(toks.get(it.last).text().codePointAt(0))
                        && (isBlocker(phrases, text, toks, it.last) || isBlocker(dict.phrases("en"), text, toks, it.last));
                // before the noun only in French, where a demonym is written in lower case unless it names
                // something ("l'océan Indien"); English capitalises every demonym ("the treaty Russian
                // diplomats drafted")
                boolean before = lang.equals("fr") && it.first > 0 && isBlocker(phrases, text, toks, it.first - 1);
                if (after || before) {
                    return false;
                }
            }
            // "346 millions $US", "US$ 5 billion", "US dollars", "en dollars américains": a country's name or
            // demonym glued to a currency sign or next to a currency noun (phrases.tsv, currency) names
            // the currency, not the country.
            if (a.type() == ActorType.COUNTRY && (kind == Mention.Kind.NAME || kind == Mention.Kind.ACRONYM
                    || kind == Mention.Kind.DEMONYM)) {
                Token t0 = toks.get(it.first);
                Token tl = toks.get(it.last - 1);
                boolean glued = it.first > 0 && CURRENCY_SIGNS.contains(toks.get(it.first - 1).text())
                        && toks.get(it.first - 1).end() == t0.start()
                        || it.last < toks.size() && CURRENCY_SIGNS.contains(toks.get(it.last).text())
                        && toks.get(it.last).start() == tl.end();
                boolean noun = it.last < toks.size() && lang.equals("en") && contextAt(toks, it.last, "currency")
                        || it.first > 0 && lang.equals("fr") && contextAt(toks, it.first - 1, "currency");
                if (glued || noun) {
                    return false;
                }
            }
            // "the Sultan Qaboos Grand Mosque", "la mosquée Sultan Qaboos", "the Clinton Foundation": a
            // person's name with the noun of a thing named after people (phrases.tsv, named_after) after it
            // (en, capitalised) or before it (fr) names that thing, not the person.
            if (kind == Mention.Kind.PERSON_NAME || kind == Mention.Kind.SURNAME) {
                boolean after = it.last < toks.size() && Character.isUpperCase(toks.get(it.last).text().codePointAt(0))
                        && namedAfterAt(text, toks, it.last, "en");
                boolean before = it.first > 0 && namedAfterEndingAt(toks, it.first, "fr");
                if (after || before) {
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

        /** The word is one of the words of the actor's labels ("Bachar" of "Bachar al-Assad"). */
        boolean wordOfNames(Actor a, String word) {
            List<String> labels = new ArrayList<>(List.of(a.labelEn(), a.labelFr()));
            labels.addAll(a.altLabels());
            String w = PhraseIndex.normalise(word);
            return labels.stream().filter(l -> l != null)
                    .anyMatch(l -> java.util.Arrays.stream(l.split("[\\s-]+")).anyMatch(x -> PhraseIndex.normalise(x).equals(w)));
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

        boolean namedAfterAt(PhraseIndex.Text text, List<Token> toks, int i, String l) {
            PhraseIndex.Match<String> m = dict.phrases(l).longestAt(text, toks, i);
            return m != null && m.entries().stream().anyMatch(e -> e.value().equals("named_after"));
        }

        /** A named_after noun of language l ends right before token end ("la grande mosquée" + name). */
        boolean namedAfterEndingAt(List<Token> toks, int end, String l) {
            for (int len = 1; len <= 2 && end - len >= 0; len++) {
                List<Token> w = toks.subList(end - len, end);
                PhraseIndex.Match<String> m = dict.phrases(l).longestAt(new PhraseIndex.Text(w), w, 0);
                if (m != null && m.last() == len && m.entries().stream().anyMatch(e -> e.value().equals("named_after"))) {
                    return true;
                }
            }
            return false;
        }

        boolean isBlocker(PhraseIndex<String> phrases, PhraseIndex.Text text, List<Token> toks, int i) {
            PhraseIndex.Match<String> m = phrases.longestAt(text, toks, i);
            return m != null && m.entries().stream().anyMatch(e -> e.value().equals("blocker") || e.value().equals("place_noun"));
        }

        /** An ACTOR hit: a mention, or the start of "Russian President X" when a role follows. */
        int actor(Sentence s, List<Token> toks, List<Item> items, int i) {
            Item it = items.get(i);
            Actor a = it.known.actor();
            // "les forces kurdes irakiennes", "Iraqi Kurdish fighters": a demonym next to the adjective of a
            // people (phrases.tsv, people_adjective) says where that people lives, not that the state acts.
            // Group nouns ("les Kurdes irakiens", "Syrian Kurds") took their demonym before this.
            if (it.known.kind() == Mention.Kind.DEMONYM && (peopleAdjectiveAt(toks, it.first - 1)
                    || peopleAdjectiveAt(toks, it.last))) {
                return 1;
            }
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
            if (it.known.kind() == Mention.Kind.METONYM && (locative(toks, it.first) || afterCityNoun(toks, items, i)
                    || withItsCountry(toks, items, i) || listedWithTowns(toks, items, it))) {
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

        /**
         * "the capital, Riyadh", "the Saudi capital Riyadh", "la capitale saoudienne, Riyad", "la ville de
         * Kaboul": a city noun (phrases.tsv, city_noun) right before the capital, a demonym and a comma
         * or "de" allowed in between.
         */
        boolean afterCityNoun(List<Token> toks, List<Item> items, int i) {
            int k = items.get(i).first - 1;
            // "Cuban cities other than Havana", "des villes comme Téhéran" (phrases.tsv, city_link)
            for (int len = 2; len >= 1; len--) {
                if (k - len + 1 >= 0) {
                    List<Token> link = toks.subList(k - len + 1, k + 1);
                    PhraseIndex.Match<String> m = null;
                    for (String l : List.of("en", "fr")) {
                        PhraseIndex.Match<String> x = dict.phrases(l).longestAt(new PhraseIndex.Text(link), link, 0);
                        if (x != null && x.last() == len && x.entries().stream().anyMatch(e -> e.value().equals("city_link"))) {
                            m = x;
                        }
                    }
                    if (m != null) {
                        k -= len;
                        break;
                    }
                }
            }
            if (k >= 0 && (toks.get(k).text().equals(",") || isDe(toks.get(k)))) {
                k--;
            }
            if (k >= 0 && i > 0 && items.get(i - 1).last == k + 1 && isDemonymOrCountry(items.get(i - 1), true)) {
                k = items.get(i - 1).first - 1;
            }
            if (k < 0) {
                return false;
            }
            return wordCategories(toks.get(k).text()).contains("city_noun")
                    || k + 1 < items.get(i).first && i > 0 && items.get(i - 1).last == k + 1
                    && isDemonymOrCountry(items.get(i - 1), true) && k >= 1
                    && wordCategories(toks.get(k - 1).text()).contains("city_noun");
        }

        /** "Berlin, Germany", "Rome, Italy": a capital followed by its own country is the city. */
        boolean withItsCountry(List<Token> toks, List<Item> items, int i) {
            Item it = items.get(i);
            Item next = i + 1 < items.size() ? items.get(i + 1) : null;
            return next != null && it.last < toks.size() && toks.get(it.last).text().equals(",") && next.first == it.last + 1
                    && next.type == ItemType.ACTOR && next.known.kind() == Mention.Kind.NAME
                    && next.known.actor() == it.known.actor();
        }

        /**
         * "entre Téhéran et Machhad", "Dubaï, Abu Dhabi, Doha et Istanbul": a capital coordinated with a
         * proper noun that names no actor (a town) is one of a list of places.
         */
        boolean listedWithTowns(List<Token> toks, List<Item> items, Item it) {
            int b = it.first - 1;
            if (b >= 1 && AND_WORDS.contains(toks.get(b).lower()) && unknownProperNoun(toks, items, b - 1)) {
                return true;
            }
            // "les maires de Pittsburgh et de Paris": the same "de" before a town and before the capital
            if (b >= 3 && isDe(toks.get(b)) && AND_WORDS.contains(toks.get(b - 1).lower()) && isDe(toks.get(b - 3))) {
                Token t = toks.get(b - 2);
                if (t.pos() != null && t.pos().startsWith("PROPN") && capitalisedWord(t) && itemCovering(items, b - 2) == null
                        && !localSurnames.containsKey(PhraseIndex.normalise(t.text()))) {
                    return true;
                }
            }
            int a = it.last;
            return a + 1 < toks.size() && AND_WORDS.contains(toks.get(a).lower()) && unknownProperNoun(toks, items, a + 1);
        }

        boolean unknownProperNoun(List<Token> toks, List<Item> items, int k) {
            Token t = toks.get(k);
            // "l'Occident et Moscou": a proper noun with an article is no town
            return k > 0 && "PROPN".equals(t.pos()) && capitalisedWord(t) && itemCovering(items, k) == null
                    && !toks.get(k - 1).isPos("DET") && !OF_WORDS.contains(toks.get(k - 1).lower())
                    && !localSurnames.containsKey(PhraseIndex.normalise(t.text()))
                    && (k + 1 >= toks.size() || !capitalisedWord(toks.get(k + 1)))
                    && (k == 0 || !capitalisedWord(toks.get(k - 1)));
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
            // the office whose holder the role word names in each country ("president": Iran's head of
            // government). Only the holder's look-up uses it: the mention keeps the word's own office, which
            // is what later bare role words ("le président") are matched against.
            ActorDictionary.Role word = items.get(i).type == ItemType.ROLE ? items.get(i).role : null;
            java.util.function.BiFunction<String, Actor, String> officeIn = (o, q) -> officeFor(
                    word != null && q != null && o.equals(word.office()) ? word.officeIn(q.qid()) : o, q);
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
            // Names after the role: known people, or capitalised words (optionally after a comma). A name
            // after a comma is not this role's when the role is the complement of a role or person noun
            // before it: "le porte-parole du président russe, Dmitri Peskov" names the spokesman.
            boolean comma = pos < toks.size() && toks.get(pos).text().equals(",");
            int namePos = !comma ? pos : complementOfPersonNoun(toks, spanStart) ? toks.size() : pos + 1;
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
            // "Qaboos bin Said, the long-serving Sultan of Oman": the role is said of the person just named.
            Actor head = appositionHead(s, toks, spanStart);
            if (head != null) {
                Actor q = quals.isEmpty() ? null : quals.get(0);
                addPerson(s, spanStart, pos, head, Mention.Kind.ROLE, officeFor(office, q), q);
                return used;
            }
            // "le président de la République": the office of the government that speaks, once the sentence is read.
            if (quals.isEmpty() && items.get(i).type == ItemType.ROLE && items.get(i).role.speaker()) {
                speakerRoles.add(new SpeakerRole(spanStart, pos, office));
                return used;
            }
            // "l'ancien président américain", "the former US president", "the late king": with no name, a
            // past holder the article's date does not tell (phrases.tsv, former); neither the current one nor
            // the country.
            if (spanStart > 0 && contextAt(toks, spanStart - 1, "former")) {
                return used;
            }
            // "the under secretary of state", "the deputy foreign minister", "le vice-ministre": another,
            // lower office, whose holder the data does not have (phrases.tsv, deputy)
            if (spanStart > 0 && contextAt(toks, spanStart - 1, "deputy")) {
                return used;
            }
            // No name: the holder of the office at the article's date, else the country itself.
            for (Actor q : quals) {
                String off = officeFor(office, q);
                Optional<OfficeHolders.Term> t = dict.holders().holder(officeIn.apply(office, q), q.qid(), date);
                if (t.isPresent()) {
                    addPerson(s, spanStart, pos, t.get().person(), Mention.Kind.ROLE, off, q);
                } else if (q.type() != ActorType.PLACE) {
                    add(s, spanStart, pos, List.of(q), Mention.Kind.ROLE, null, null);
                }
            }
            return used;
        }

        /**
         * Country-less roles ("le président de la République", "le chef de l'Etat") inside a quotation
         * whose sentence attributes it to one government («…», a indiqué la présidence française; selon
         * l'Elysée, «…»): that country's holder of the office at the article's date. Outside a quotation,
         * or with no single country speaking, the government that published the article (sources.tsv).
         */
        void speakerRoles(Sentence s, List<Token> toks) {
            for (SpeakerRole r : speakerRoles) {
                int first = r.first();
                int last = r.last();
                String office = r.office();
                int[] q = quotation(toks, first, last);
                Actor country = null;
                if (q != null) {
                    java.util.Set<Actor> speakers = new java.util.LinkedHashSet<>();
                    for (Mention m : mentions) {
                        if (m.sentence() == s.index() && (m.last() <= q[0] || m.first() > q[1])) {
                            m.actors().stream().filter(a -> a.type() == ActorType.COUNTRY).forEach(speakers::add);
                        }
                    }
                    country = speakers.size() == 1 ? speakers.iterator().next() : null;
                }
                if (country == null) {
                    country = dict.publisher(article.article().source());
                }
                if (country == null) {
                    continue;
                }
                Optional<OfficeHolders.Term> t = dict.holders().holder(office, country.qid(), date);
                if (t.isPresent()) {
                    addPerson(s, first, last, t.get().person(), Mention.Kind.ROLE, office, country);
                }
            }
            speakerRoles.clear();
        }

        /** The tokens [open, close] of the quotation marks around [first, last), or null. */
        int[] quotation(List<Token> toks, int first, int last) {
            int open = -1;
            for (int k = 0; k < first; k++) {
                String x = toks.get(k).text();
                if (x.equals("«") || x.equals("“")) {
                    open = k;
                } else if (x.equals("»") || x.equals("”")) {
                    open = -1;
                } else if (x.equals("\"")) {
                    open = open < 0 ? k : -1;
                }
            }
            if (open < 0) {
                return null;
            }
            for (int k = last; k < toks.size(); k++) {
                String x = toks.get(k).text();
                if (x.equals("«") || x.equals("“")) {
                    return null;
                }
                if (x.equals("»") || x.equals("”") || x.equals("\"")) {
                    return new int[] {open, k};
                }
            }
            return null;
        }

        /**
         * The role starting at spanStart is the complement of a role or person noun ("le porte-parole du
         * président russe", "a spokesman for the Russian president", "adviser to the president").
         */
        boolean complementOfPersonNoun(List<Token> toks, int spanStart) {
            int k = spanStart - 1;
            if (k >= 0 && toks.get(k).lower().matches("the|la|l'|l’|le")) {
                k--;
            }
            if (k < 1 || !toks.get(k).lower().matches("du|de|d'|d’|of|for|to")) {
                return false;
            }
            return nounEndsAt(new PhraseIndex.Text(toks), toks, k);
        }

        /** The person named right before ", [the] [long-serving] <role>", or null. */
        Actor appositionHead(Sentence s, List<Token> toks, int spanStart) {
            int k = spanStart - 1;
            int skipped = 0;
            while (k >= 0 && skipped < 5 && !toks.get(k).text().equals(",")
                    && (toks.get(k).isPos("DET") || toks.get(k).isPos("ADJ") || toks.get(k).text().matches("[-‐]")
                    || Character.isLowerCase(toks.get(k).text().codePointAt(0)))) {
                k--;
                skipped++;
            }
            if (k < 1 || !toks.get(k).text().equals(",")) {
                return null;
            }
            for (int m = mentions.size() - 1; m >= 0 && mentions.get(m).sentence() == s.index(); m--) {
                Mention mm = mentions.get(m);
                if (mm.last() == k && mm.actors().size() == 1 && mm.actor().type() == ActorType.PERSON) {
                    return mm.actor();
                }
            }
            return null;
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
            // "the two presidents" are two heads of state, "les deux ministres" two ministers: people of
            // another office named in between do not count.
            Set<String> offices = phrase.contains("presid") || phrase.contains("présid") || phrase.contains("chefs d")
                    ? Set.of("head_of_state", "president")
                    : phrase.contains("minist") ? Set.of("foreign_minister", "defence_minister", "minister", "head_of_government")
                    : null;
            // Sentence by sentence backwards; when the sentence that completes the pair names more than two
            // ("avec ses homologues russe et ukrainien"), the two named most often in the article so far.
            List<Actor> recent = new ArrayList<>();
            Map<String, Integer> count = new HashMap<>();
            Map<String, Integer> firstSeen = new HashMap<>();
            for (int m = 0; m < mentions.size(); m++) {
                for (Actor a : mentions.get(m).actors()) {
                    count.merge(a.slug(), 1, Integer::sum);
                    firstSeen.putIfAbsent(a.slug(), m);
                }
            }
            int m = mentions.size() - 1;
            while (m >= 0 && recent.size() < 2) {
                int sent = mentions.get(m).sentence();
                List<Actor> here = new ArrayList<>();
                for (; m >= 0 && mentions.get(m).sentence() == sent; m--) {
                    Mention mm = mentions.get(m);
                    if (mm.kind() == Mention.Kind.GROUP) {
                        continue;
                    }
                    for (Actor a : mm.actors()) {
                        boolean fits = countries ? a.type() == ActorType.COUNTRY : a.type() == ActorType.PERSON;
                        if (fits && offices != null && !countries) {
                            fits = mm.office() != null ? offices.contains(mm.office())
                                    : dict.holders().termsOf(a, date).stream().anyMatch(t -> offices.contains(t.office()));
                        }
                        if (fits && !recent.contains(a) && !here.contains(a)) {
                            here.add(a);
                        }
                    }
                }
                if (recent.size() + here.size() <= 2) {
                    recent.addAll(here);
                    continue;
                }
                List<Actor> all = new ArrayList<>(recent);
                all.addAll(here);
                all.sort(java.util.Comparator.comparingInt((Actor a) -> -count.getOrDefault(a.slug(), 0)));
                if (count.getOrDefault(all.get(1).slug(), 0) == count.getOrDefault(all.get(2).slug(), 0)) {
                    return;
                }
                recent = new ArrayList<>(all.subList(0, 2));
                recent.sort(java.util.Comparator.comparingInt((Actor a) -> -firstSeen.getOrDefault(a.slug(), 0)));
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
            // "John Bolton" after "John R. Bolton": the same first name and surname as a person of the article.
            Actor sameSurname = localSurnames.get(PhraseIndex.normalise(surname));
            if (sameSurname != null && name.contains(" ") && PhraseIndex.normalise(name.split("\\s+")[0])
                    .equals(PhraseIndex.normalise(sameSurname.labelEn().split("\\s+")[0]))) {
                return sameSurname;
            }
            // "Joseph R. Biden": a fuller or shorter form of a known person's name, by a surname only one
            // known person has.
            Actor p = dict.personBySurname(surname);
            if (p == null || !name.contains(" ")) {
                p = Actor.personFromName(name);
            }
            String[] words = name.strip().split("\\s+");
            boolean patronymic = words.length >= 3
                    && Mention.PATRONYMIC_PARTICLES.contains(words[words.length - 2].toLowerCase(Locale.ROOT));
            if (!patronymic) {
                localSurnames.putIfAbsent(PhraseIndex.normalise(surname), p);
            }
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

        Item itemCovering(List<Item> items, int token) {
            for (Item it : items) {
                if (it.first <= token && token < it.last) {
                    return it;
                }
            }
            return null;
        }

        boolean overlapsItem(List<Item> items, int first, int last) {
            return items.stream().anyMatch(it -> it.first < last && first < it.last);
        }

        Item itemEndingAt(List<Item> items, int token) {
            for (Item it : items) {
                if (it.last == token) {
                    return it;
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
            // offsets without a glued possessive or full stop ("Lavrov." → "Lavrov")
            List<Token> t = tokens.get(s.index());
            mentions.add(new Mention(s.index(), first, last, t.get(first).start(), t.get(last - 1).end(), actors, kind,
                    office, officeOf));
        }
    }

    /**
     * The tokens with a glued English possessive or a sentence's final full stop cut off ("Russia’s" →
     * "Russia", "Lavrov." → "Lavrov"), so that a name matches
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
            } else if (i == toks.size() - 1 && x.matches("\\p{Lu}\\p{Ll}{3,}\\.")) {
                // The sentence's full stop glued to a name by the tokenizer: "called Lavrov."
                if (out == null) {
                    out = new ArrayList<>(toks);
                }
                out.set(i, new Token(x.substring(0, x.length() - 1), t.start(), t.end() - 1, t.pos(), t.lemma()));
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
        List<String> cats = wordCategories(toks.get(k).text());
        if (cats.contains("locative")) {
            return true;
        }
        // "regagnerait Washington jeudi", "fled Kabul": the direct object of a verb of motion that takes
        // its place so (phrases.tsv, place_object_verb)
        if (!toks.get(k).isPos("NOUN") && !toks.get(k).isPos("PROPN") && lemmaOrFormIs(toks.get(k), "place_object_verb")) {
            return true;
        }
        if (cats.contains("locative_after_motion")) {
            // "was airlifted from the city of Omsk in Siberia to Berlin": back to the governing verb
            for (int v = k - 1; v >= Math.max(0, k - 10); v--) {
                Token t = toks.get(v);
                if (lemmaOrFormIs(t, "motion_verb")) {
                    return true;
                }
                // "a visit to Beijing", "flights to Havana": the noun of a journey (phrases.tsv, event_noun)
                if (!t.isPos("VERB") && contextAt(toks, v, "event_noun")) {
                    return true;
                }
                if (t.isPos("VERB") || t.isPos("PUNCT")) {
                    return false;
                }
            }
            return false;
        }
        if (cats.contains("locative_unless_dative")) {
            for (int v = k - 1; v >= Math.max(0, k - 8); v--) {
                Token t = toks.get(v);
                // "rappeler le discours d'Obama en 2009 à Prague": "à" belongs to a noun of a visit or a
                // speech (phrases.tsv, event_noun) met before the verb, so it gives that event's place
                if (wordCategories(t.text()).contains("event_noun")) {
                    return true;
                }
                if (t.isPos("VERB")) {
                    return !wordCategories(t.lemma()).contains("dative_verb");
                }
            }
            return true;
        }
        return false;
    }

    /** The token's lemma or its form alone is a phrase of this phrases.tsv category ("regagnerait" → regagner). */
    private boolean lemmaOrFormIs(Token t, String category) {
        return wordCategories(t.lemma()).contains(category) || wordCategories(t.text()).contains(category);
    }

    /** Token k is the adjective of a people ("kurdes", "Kurdish"; phrases.tsv, people_adjective). */
    private boolean peopleAdjectiveAt(List<Token> toks, int k) {
        return contextAt(toks, k, "people_adjective");
    }

    /** Token k alone is a phrase of this phrases.tsv category, in either language. */
    private boolean contextAt(List<Token> toks, int k, String category) {
        if (k < 0 || k >= toks.size()) {
            return false;
        }
        return wordCategories(toks.get(k).text()).contains(category);
    }

    /**
     * The phrases.tsv categories of one word, in either language. Remembered: the same words are asked
     * about in every sentence (a word's categories depend on its spelling only).
     */
    private List<String> wordCategories(String word) {
        List<String> cats = wordCategories.get(word);
        if (cats == null) {
            if (wordCategories.size() >= 100_000) {
                wordCategories.clear();
            }
            List<Token> one = List.of(new Token(word, 0, word.length(), "X", word));
            PhraseIndex.Text text = new PhraseIndex.Text(one);
            List<String> out = new java.util.ArrayList<>();
            for (String l : List.of("en", "fr")) {
                PhraseIndex.Match<String> m = dict.phrases(l).longestAt(text, one, 0);
                if (m != null && m.last() == 1) {
                    m.entries().forEach(e -> out.add(e.value()));
                }
            }
            cats = List.copyOf(out);
            wordCategories.put(word, cats);
        }
        return cats;
    }

    private final Map<String, List<String>> wordCategories = new java.util.concurrent.ConcurrentHashMap<>();

    /** A name's word: capitalised, an acronym, or a name with digits ("G20", "OTAN", "Minsk"). */
    private static boolean nameToken(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    /** A capitalised word with lower-case letters (not an acronym, not a number). */
    private static boolean capitalisedWord(Token t) {
        String x = t.text();
        return x.length() >= 2 && Character.isUpperCase(x.codePointAt(0)) && x.codePoints().anyMatch(Character::isLowerCase)
                && x.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.');
    }

    /** A word of a person's name: capitalised; the first a proper noun by its tag. */
    private static boolean nameWord(Token t, boolean first) {
        if (!capitalisedWord(t) || t.text().endsWith(".")) {
            return false;
        }
        // Taggers often miss unknown first names ("Anneliese/VERB", "Ilse/PRON"): inside a sentence the
        // capital is the evidence; at its start only words of closed classes are ruled out.
        return !(first ? SENTENCE_START_NOT_NAME : NOT_NAME).contains(t.pos());
    }

    private static final Set<String> NOT_NAME = Set.of("DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "NUM");
    private static final Set<String> SENTENCE_START_NOT_NAME = Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX",
            "PUNCT", "NUM", "ADV");

    private static boolean partOfName(Token t) {
        // "PROPN+PART": a name with a glued possessive ("Georgia O'Keeffe's paintings")
        return t.pos() != null && t.pos().startsWith("PROPN") && Character.isUpperCase(t.text().codePointAt(0))
                && t.text().length() > 1;
    }

    private static boolean isDe(Token t) {
        String l = t.lower();
        return l.equals("de") || l.equals("d'") || l.equals("d’") || l.equals("of");
    }
}
