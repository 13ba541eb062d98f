package org.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.actors.Actor;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorType;
import org.entente.actors.DictionaryRecogniser;
import org.entente.actors.Mention;
import org.entente.actors.OfficeHolders;
import org.entente.actors.RecognisedArticle;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/**
 * Relations by trigger lexicon and argument frames. For each trigger (a lemma or lemma sequence of the
 * article's language, see {@link TriggerLexicon}) the agent is the nearest actor mention before it that
 * no preposition governs (with its coordinated mentions: "X et Y se sont entretenus"), or the "by/par"
 * phrase of a passive; the target is the first mention after it introduced by one of the frame's
 * prepositions (or none, for a direct object). Negated, hypothetical and alleged events (inside an
 * accusation, denial, refusal or threat) are not asserted; planned ones are kept, marked planned.
 * Leadership comes from role phrases ("le président russe Vladimir Poutine") and from the office-holder
 * data for people the article names. Thread-safe.
 *
 * <pre>{@code
 * RelationExtractor ex = new RuleExtractor(dictionary);
 * Extraction x = ex.extract(recognised);
 * }</pre>
 */
public final class RuleExtractor implements RelationExtractor {
    /** Relations under whose scope the rest of the clause is reported, not asserted. */
    private static final Set<RelationType> SCOPE_TAKERS = Set.of(RelationType.ACCUSED, RelationType.DENIED,
            RelationType.REJECTED, RelationType.THREATENED);
    static final Set<String> CLAUSE_END = Set.of(";", ":", "?", "!");
    static final Set<String> WEEKDAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Relations whose object may be the author of an act: praising or condemning "X's decision". */
    private static final Set<RelationType> OWNER_TAKERS = Set.of(RelationType.CRITICIZED, RelationType.PRAISED);
    static final int TARGET_WINDOW = 14;
    /** Events whose participants a later "joined the talks" or "the summit's conclusions" refers to. */
    private static final Set<RelationType> MEETINGS = Set.of(RelationType.MET_WITH, RelationType.TALKED_WITH,
            RelationType.NEGOTIATED_WITH);
    /** How many sentences back such a meeting may have been told. */
    private static final int MEETING_REACH = 6;
    /** Words marking a past office holder (closed class, both languages). */
    private static final Set<String> FORMER = Set.of("former", "late", "ex", "then", "erstwhile", "ancien", "ancienne",
            "anciens", "feu", "défunt", "défunte", "ex-président", "ex-premier");
    static final int AGENT_WINDOW = 25;

    /** Tokens after which the splitter wrongly ends a sentence: an initial or a title. */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}|Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Amb|Mme|Mgr|Pr)\\.");

    private final ActorDictionary dict;
    private final Map<String, TriggerLexicon> lexicons = new HashMap<>();
    private final Discourse.Sources sources = new Discourse.Sources();

    public RuleExtractor(ActorDictionary dict) {
        this.dict = dict;
        for (String lang : List.of("en", "fr")) {
            lexicons.put(lang, TriggerLexicon.load(lang));
        }
    }

    @Override
    public Extraction extract(RecognisedArticle article) {
        TriggerLexicon lex = lexicons.get(article.analysed().lang());
        List<Event> events = new ArrayList<>();
        LocalDate articleDate = article.analysed().article().date();
        DateResolver dates = new DateResolver(article.analysed().lang(), articleDate);
        Actor issuer = sources.issuer(article.analysed().article().source(), dict);
        Discourse discourse = new Discourse(dict, lex, article.analysed().lang(), articleDate, issuer);
        Set<Event> joined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Unit u : units(article)) {
            Sentence s = u.sentence();
            affiliations(s, u.mentions(), articleDate, events);
            List<Mention> ms = discourse.resolve(s, u.mentions());
            List<Actor> subject = null;
            if (lex != null && !ms.isEmpty()) {
                SentenceRules rules = new SentenceRules(s, ms, lex, dates, events, discourse, joined);
                rules.run();
                subject = rules.subject();
            }
            // Leadership from resolved role nouns ("The President" in a readout) too.
            affiliations(s, ms.stream().filter(m -> discourse.isSynthetic(m) && m.office() != null).toList(),
                    articleDate, events);
            discourse.record(s, ms, subject);
        }
        resolveDenials(events);
        return new Extraction(article, dedupe(events));
    }

    /** A sentence as the extractor reads it, with its mentions (token indices relative to it). */
    record Unit(Sentence sentence, List<Mention> mentions) {
    }

    /**
     * The article's sentences, with those the sentence splitter cut after an initial or a title
     * ("President Joseph R." | "Biden, Jr." | "spoke today with …") joined again.
     */
    static List<Unit> units(RecognisedArticle article) {
        List<Sentence> sents = article.analysed().sentences();
        String text = article.analysed().text();
        List<Unit> out = new ArrayList<>();
        int i = 0;
        while (i < sents.size()) {
            int j = i;
            while (j + 1 < sents.size() && endsWithAbbreviation(sents.get(j))) {
                j++;
            }
            if (j == i) {
                out.add(new Unit(sents.get(i), article.inSentence(sents.get(i).index())));
            } else {
                Sentence first = sents.get(i);
                List<Token> toks = new ArrayList<>();
                List<Mention> ms = new ArrayList<>();
                for (int k = i; k <= j; k++) {
                    int off = toks.size();
                    toks.addAll(sents.get(k).tokens());
                    for (Mention m : article.inSentence(sents.get(k).index())) {
                        ms.add(new Mention(first.index(), m.first() + off, m.last() + off, m.start(), m.end(), m.actors(),
                                m.kind(), m.office(), m.officeOf()));
                    }
                }
                int end = sents.get(j).end();
                out.add(new Unit(new Sentence(first.index(), first.start(), end, text.substring(first.start(), end), toks), ms));
            }
            i = j + 1;
        }
        return out;
    }

    /** A sentence ending in a middle initial or a title ("R.", "Jr.", "Mr."), which a sentence never ends with. */
    private static boolean endsWithAbbreviation(Sentence s) {
        List<Token> t = s.tokens();
        return !t.isEmpty() && ABBREVIATION.matcher(t.get(t.size() - 1).text()).matches();
    }

    /** leaderOf from role phrases and from the office-holder data for people named; memberOf from led coalitions. */
    private void affiliations(Sentence s, List<Mention> ms, LocalDate date, List<Event> out) {
        for (Mention m : ms) {
            Actor a = m.actor();
            if (Mention.LED_BY.equals(m.office()) && m.officeOf() != null) {
                // "the US-led coalition", "la coalition menée par les États-Unis": the leader is one of its members.
                out.add(affiliation(RelationType.MEMBER_OF, m.officeOf(), a, s, m, Confidence.MEMBERSHIP));
                continue;
            }
            if (a.type() != ActorType.PERSON || m.actors().size() != 1) {
                continue;
            }
            if (former(s, m)) {
                // "the former/late president X", "l'ancien Premier ministre X": not in office at the article's date.
                continue;
            }
            if (m.office() != null && m.officeOf() != null && DictionaryRecogniser.LEADING_OFFICES.contains(m.office())) {
                out.add(affiliation(RelationType.LEADER_OF, a, m.officeOf(), s, m, Confidence.ROLE_PHRASE));
            } else {
                // No role words, or a title without its country ("President Putin", "Prime Minister X"): the
                // office-holder data at the article's date, for that office when the title names one.
                for (OfficeHolders.Term t : dict.holders().termsOf(a, date)) {
                    Actor of = dict.byQid(t.of());
                    if (of != null && DictionaryRecogniser.LEADING_OFFICES.contains(t.office())
                            && (m.office() == null || m.office().equals(t.office()))) {
                        out.add(affiliation(RelationType.LEADER_OF, a, of, s, m, Confidence.OFFICE_DATA));
                    }
                }
            }
        }
    }

    /** "former", "late", "ex-", "ancien", "feu" just before the mention or inside its role words. */
    private boolean former(Sentence s, Mention m) {
        List<Token> toks = s.tokens();
        for (int k = Math.max(0, m.first() - 3); k < m.last(); k++) {
            String w = toks.get(k).lower().replaceAll("[-\u2010]$", "");
            if (FORMER.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Event affiliation(RelationType rel, Actor a, Actor b, Sentence s, Mention m, double confidence) {
        return new Event(rel, a, b, null, Modality.ACTUAL, s.index(), s.start(), s.end(), s.text(),
                s.text().substring(m.start() - s.start(), m.end() - s.start()), confidence, null, rel.eventClass());
    }

    /** A denial with no explicit target denies the last accusation made against its agent. */
    private static void resolveDenials(List<Event> events) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.relation() == RelationType.DENIED && e.target() == e.agent()) {
                Event acc = null;
                for (int j = i - 1; j >= 0; j--) {
                    Event p = events.get(j);
                    if (p.relation() == RelationType.ACCUSED && p.target().slug().equals(e.agent().slug())) {
                        acc = p;
                        break;
                    }
                }
                events.set(i, acc == null ? null : new Event(e.relation(), e.agent(), acc.agent(), e.date(), e.modality(),
                        e.sentence(), e.evidenceStart(), e.evidenceEnd(), e.evidence(), e.trigger(),
                        e.confidence() - 0.1, e.cameo(), e.eventClass()));
            }
        }
        events.removeIf(java.util.Objects::isNull);
    }

    /** One event per fact, the most confident first seen; self-relations dropped. */
    private static List<Event> dedupe(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.agent().slug().equals(e.target().slug())) {
                continue;
            }
            boolean dup = false;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).sameFact(e) && out.get(i).sentence() == e.sentence()) {
                    dup = true;
                    if (e.confidence() > out.get(i).confidence()) {
                        out.set(i, e);
                    }
                    break;
                }
            }
            if (!dup) {
                out.add(e);
            }
        }
        return out;
    }

    /** An English word and the stems its inflection may hide, most likely first. */
    static List<String> stems(String w) {
        List<String> out = new ArrayList<>(List.of(w));
        int n = w.length();
        if (n > 4 && w.endsWith("ied")) {
            out.add(w.substring(0, n - 3) + "y");
        } else if (n > 4 && w.endsWith("ed")) {
            out.add(w.substring(0, n - 1));
            out.add(w.substring(0, n - 2));
            if (w.charAt(n - 3) == w.charAt(n - 4)) {
                out.add(w.substring(0, n - 3));
            }
        } else if (n > 5 && w.endsWith("ing")) {
            out.add(w.substring(0, n - 3));
            out.add(w.substring(0, n - 3) + "e");
            if (w.charAt(n - 4) == w.charAt(n - 5)) {
                out.add(w.substring(0, n - 4));
            }
        } else if (n > 4 && w.endsWith("ies")) {
            out.add(w.substring(0, n - 3) + "y");
        } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, n - 1));
            if (w.endsWith("es")) {
                out.add(w.substring(0, n - 2));
            }
        }
        return out;
    }

    /** The most likely stem of an English word (for cue lookups). */
    static String stem(String w) {
        List<String> st = stems(w);
        return st.get(st.size() > 1 ? 1 : 0);
    }

    /** The rules applied to one sentence. */
    private static final class SentenceRules extends SentenceView {
        final DateResolver dates;
        final List<Event> out;
        /** Whether the trigger being applied lets a participle stand between it and its target ("troops stationed in"). */
        boolean overVerb;
        /** Events of "X joined the talks", which extend an earlier meeting (shared by the article's sentences). */
        final Set<Event> joined;
        /** The comma closing a fronted participle clause whose trigger is being applied, else -1. */
        int fronted = -1;
        /** Whether the trigger being applied is such a "join". */
        boolean joining;
        /** The lemmas the trigger being applied needs after it (its object nouns: "supplied drones"). */
        Set<String> needs = Set.of();
        /** While a trigger of {@link #OWNER_TAKERS} looks for its object (whose owner may be the target). */
        boolean ownerTaker;
        /** While a meeting or talk looks for its object: a demonym counts only with a state organ ("responsables"). */
        boolean meetingTarget;
        /** The object of the first of two predicates sharing a subject, set by {@link #agentBefore} for the second. */
        Mention conjunctObject;
        /** Token index from which on the clause is under an accusation/denial/refusal/threat. */
        int scopeFrom = Integer.MAX_VALUE;

        SentenceRules(Sentence s, List<Mention> ms, TriggerLexicon lex, DateResolver dates, List<Event> out,
                      Discourse discourse, Set<Event> joined) {
            super(s, ms, lex, dates.french(), discourse);
            this.joined = joined;
            this.dates = dates;
            this.out = out;
        }

        void run() {
            memberships();
            backers();
            int i = 0;
            while (i < toks.size()) {
                if (inMention(i)) {
                    i++;
                    continue;
                }
                TriggerLexicon.Trigger t = triggerAt(i);
                if (t == null) {
                    i++;
                    continue;
                }
                int end = i + t.lemmas().size();
                apply(t, i, end);
                i = end;
            }
        }

        /**
         * The sentence's subject, for pronouns in the next sentences: the first mention before the first
         * verb that no preposition governs and that is not a possessive or demonym modifier ("Russia's
         * war", "the Russian side"), with the mentions coordinated with it.
         */
        List<Actor> subject() {
            int verb = toks.size();
            for (int k = 0; k < toks.size(); k++) {
                if ((toks.get(k).isPos("VERB") || toks.get(k).isPos("AUX")) && !inMention(k)) {
                    verb = k;
                    break;
                }
            }
            for (Mention m : ms) {
                if (m.first() >= verb) {
                    break;
                }
                if (governor(m) != null || possessive(m) || !demonymForState(m) || backerAt(m) >= 0
                        || m.actor().type() == ActorType.PLACE) {
                    continue;
                }
                return coordinatedRight(m);
            }
            return null;
        }

        /**
         * memberOf from membership statements: "X, Y and other G7 partners", "EU member states, including X",
         * "NATO ally Turkey", "X, a member of NATO", "X est membre de l'OTAN", "le format qui rassemble X, Y et Z".
         * The member is a country or organisation, the whole an organisation or format.
         */
        void memberships() {
            for (Mention org : ms) {
                if (!isWhole(org)) {
                    continue;
                }
                int after = org.last();
                boolean memberNoun = after < toks.size() && lex.cue("member_noun", toks.get(after).lemma());
                // "X, Y and other G-7 partners", "et les autres membres de l'UE" (below).
                if (memberNoun && org.first() > 0 && lex.cue("other", toks.get(org.first() - 1).lower())) {
                    Mention left = mentionEndingBefore(org.first() - 1, 3);
                    if (left != null) {
                        emitMembers(coordinatedLeft(left), org);
                    }
                }
                if (memberNoun) {
                    // "EU member states, including Lithuania", "NATO ally Turkey".
                    int k = after + 1;
                    while (k < toks.size() && lex.cue("member_noun", toks.get(k).lemma())) {
                        k++;
                    }
                    if (k < toks.size() && toks.get(k).text().equals(",")) {
                        k++;
                    }
                    int m0 = k;
                    while (k < toks.size() && k - m0 < 2 && lex.cue("including", toks.get(k).lower())) {
                        k++;
                    }
                    Mention next = mentionAt(k);
                    if (next != null) {
                        emitMembers(coordinatedRight(next), org);
                    }
                }
                // "X, a member of NATO", "X est membre de l'OTAN", "the other members of the EU, X and Y".
                int g = org.first() - 1;
                while (g >= 0 && (toks.get(g).isPos("DET") || lex.cue("member_of", toks.get(g).lower()))) {
                    g--;
                }
                if (g >= 0 && g < org.first() - 1 && lex.cue("member_noun", toks.get(g).lemma())) {
                    int n = g;
                    while (n > 0 && (toks.get(n - 1).isPos("ADJ") || lex.cue("member_noun", toks.get(n - 1).lemma()))) {
                        n--;
                    }
                    if (n > 0 && lex.cue("other", toks.get(n - 1).lower())) {
                        continue;
                    }
                    Mention subj = mentionEndingBefore(n, 4);
                    if (subj != null && copulaOrApposition(subj.last(), n)) {
                        emitMembers(coordinatedLeft(subj), org);
                    }
                }
                // "le format qui rassemble la Russie, l'Ukraine…", "a group which brings together X and Y".
                for (int k = org.last(); k < Math.min(toks.size() - 1, org.last() + 9); k++) {
                    if (lex.cue("relative", toks.get(k).lower()) && lex.cue("gather", toks.get(k + 1).lemma())) {
                        int f = k + 2;
                        while (f < toks.size() && (toks.get(f).isPos("ADV") || toks.get(f).isPos("DET"))) {
                            f++;
                        }
                        Mention first = mentionAt(f);
                        if (first != null) {
                            emitMembers(coordinatedRight(first), org);
                        }
                        break;
                    }
                    if (CLAUSE_END.contains(toks.get(k).text())) {
                        break;
                    }
                }
            }
        }

        /**
         * "X-backed Y", "Y, an X-backed group": X supports Y. The hyphenated backer is a modifier, never the
         * agent of the clause (see {@link #backerAt}).
         */
        void backers() {
            for (Mention m : ms) {
                int after = backerAt(m);
                if (after < 0) {
                    continue;
                }
                Mention backed = null;
                for (Mention o : ms) {
                    if (o.first() >= after && o.first() - after <= 1) {
                        backed = o;
                        break;
                    }
                }
                if (backed == null && m.first() >= 3 && toks.get(m.first() - 1).isPos("DET")
                        && toks.get(m.first() - 2).text().equals(",")) {
                    // Apposition: "Hezbollah, an Iranian-backed group".
                    backed = mentionEndingBefore(m.first() - 2, 0);
                }
                if (backed == null || backed.actors().contains(m.actor())) {
                    continue;
                }
                String trig = s.text().substring(m.start() - s.start(), toks.get(after - 1).end() - s.start());
                for (Actor b : backed.actors()) {
                    if (fits(RelationType.SUPPORTS, m.actor(), b) && m.actors().size() == 1) {
                        out.add(new Event(RelationType.SUPPORTS, m.actor(), b, null, Modality.ACTUAL, s.index(), s.start(),
                                s.end(), s.text(), trig, Confidence.BASE - Confidence.NOMINAL, "050",
                                RelationType.SUPPORTS.eventClass()));
                    }
                }
            }
        }

        /** The token after "-backed" when the mention is its first part ("Iran-backed", "Iranian-backed"), else -1. */
        int backerAt(Mention m) {
            int k = m.last();
            if (k >= toks.size()) {
                return -1;
            }
            String lastText = toks.get(k - 1).text();
            String t = toks.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (lastText.endsWith("-") && backedWord(t)) {
                return k + 1;
            }
            if (t.equals("-") && k + 1 < toks.size() && backedWord(toks.get(k + 1).lower())) {
                return k + 2;
            }
            if (t.startsWith("-") && backedWord(t.substring(1))) {
                return k + 1;
            }
            return -1;
        }

        boolean backedWord(String w) {
            if (!w.endsWith("ed")) {
                return false;
            }
            for (String st : stems(w)) {
                if (lex.cue("backed", st)) {
                    return true;
                }
            }
            return false;
        }

        void emitMembers(List<Actor> members, Mention whole) {
            Actor org = whole.actor();
            for (Actor a : members) {
                if (a.type() == ActorType.PERSON || a.type() == ActorType.PLACE || a.slug().equals(org.slug())) {
                    continue;
                }
                String trig = s.text().substring(whole.start() - s.start(), whole.end() - s.start());
                out.add(new Event(RelationType.MEMBER_OF, a, org, null, Modality.ACTUAL, s.index(), s.start(), s.end(),
                        s.text(), trig, Confidence.MEMBERSHIP, null, RelationType.MEMBER_OF.eventClass()));
            }
        }

        TriggerLexicon.Trigger triggerAt(int i) {
            for (String first : lemmas(toks.get(i))) {
                TriggerLexicon.Trigger t = triggerAt(i, first);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }

        TriggerLexicon.Trigger triggerAt(int i, String first) {
            for (TriggerLexicon.Trigger t : lex.startingWith(first)) {
                if (i + t.lemmas().size() > toks.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < t.lemmas().size() && ok; k++) {
                    ok = lemmas(toks.get(i + k)).contains(t.lemmas().get(k));
                }
                if (!ok || !posOk(t, toks.get(i))) {
                    continue;
                }
                if (!t.needs().isEmpty() && !followedBy(i + t.lemmas().size(), t.needs(), 6)) {
                    continue;
                }
                if (t.has("refl") && !reflexive(i)) {
                    continue;
                }
                if (t.has("meetframe") && !meetingFrame(i + t.lemmas().size())) {
                    // "se retrouver sous la pression de X", "se retrouver face à X": ending up somewhere, no meeting.
                    continue;
                }
                if (t.has("clitic_en") && !cliticEn(i)) {
                    // "s'en prendre à X" needs its "en": "se prendre à rêver" is no attack on anyone.
                    continue;
                }
                return t;
            }
            return null;
        }

        boolean posOk(TriggerLexicon.Trigger t, Token tok) {
            return switch (t.pos()) {
                // The tagger reads a sentence-initial "welcome" as an interjection.
                case "VERB" -> tok.isPos("VERB") && !verbAsNoun(tok) && !afterGluedPossessive(tok) || tok.isPos("INTJ") || tok.isPos("AUX") && !t.lemmas().isEmpty()
                        || openingParticiple(tok) || infinitiveAsNoun(tok) || nounAsVerb(tok);
                // A multi-word noun trigger is checked on its head, the last word ("virtual meeting").
                case "NOUN" -> t.lemmas().size() > 1 ? true : tok.isPos("NOUN") || tok.isPos("PROPN") || verbAsNoun(tok)
                        || afterGluedPossessive(tok);
                default -> true;
            };
        }

        /**
         * What follows a verb that means meeting only in some frames ("se retrouver"): adverbs skipped, a
         * comitative ("avec"), the end of the clause, a time or purpose word (cue {@code meet_next}: "mardi",
         * "pour", "lors"), or a place preposition ({@code meet_place}: "à", "en") before a name. Not a
         * situation ("sous la pression", "face à", "dans l'impasse", "isolé").
         */
        boolean meetingFrame(int k) {
            while (k < toks.size() && toks.get(k).isPos("ADV") && !inMention(k)) {
                k++;
            }
            if (k >= toks.size()) {
                return true;
            }
            Token tok = toks.get(k);
            if (tok.isPos("PUNCT") && !tok.text().equals("(")) {
                return true;
            }
            String l = tok.lower();
            if (lex.cue("meet_next", l) || lex.cue("meet_next", tok.lemma())) {
                return true;
            }
            if (lex.cue("meet_place", l) && k + 1 < toks.size()) {
                int d = k + 1;
                while (d < toks.size() && toks.get(d).isPos("DET")) {
                    d++;
                }
                return d < toks.size() && (toks.get(d).isPos("PROPN") || inMention(d));
            }
            return false;
        }

        void apply(TriggerLexicon.Trigger t, int ts, int te) {
            if (ts >= scopeFrom && scopeEnds(scopeFrom, ts)) {
                scopeFrom = Integer.MAX_VALUE;
            }
            // "rejetée par X et écartée par Y": the second conjunct is not under the first one's scope.
            boolean scoped = ts >= scopeFrom && !coordinatedPassive(ts, te);
            if (SCOPE_TAKERS.contains(t.relation()) && ts < scopeFrom) {
                scopeFrom = te;
            }
            if (scoped || negated(ts, te) || hypothetical(ts)) {
                return;
            }
            if (t.relation() == RelationType.DEPLOYS && t.pos().equals("VERB") && troopNounBefore(ts)) {
                // "les troupes russes stationnées en Biélorussie": a participle after its troop noun, whose own
                // frame gives the deployment; the main clause's subject did not station them.
                return;
            }
            if (t.has("atrequest")) {
                atRequest(t, ts, te);
                return;
            }
            double conf = Confidence.BASE;
            List<Actor> agents = new ArrayList<>();
            List<Actor> targets = new ArrayList<>();
            Mention agentMention = null;
            // Passive: "was received by X", "a été reçu par X".
            boolean passive = passive(ts) && !(french && !t.directObject() && etreCompound(ts)) || reducedPassive(ts, te)
                    || coordinatedPassive(ts, te);
            Mention byAgent = passive ? passiveAgent(te) : null;
            if (passive && byAgent == null && t.pos().equals("VERB")) {
                // A passive without its agent: the subject is the patient, never the actor.
                return;
            }
            if (lightVerbBeforeNoun(t, ts, te)) {
                return;
            }
            if (t.has("unrealised") && unrealised(ts, te)) {
                // "a possible deal between X and Y", "un éventuel accord entre X et Y": nothing signed.
                return;
            }
            if (byAgent != null) {
                agents.addAll(byAgent.actors());
                // The patient may be a thing of a state ("la proposition russe a été rejetée"), but one does
                // not meet or talk with a thing ("Iranian assistance is received by X").
                Mention subj = agentBefore(ts, t.relation().symmetric());
                if (subj != null) {
                    targets.addAll(coordinatedLeft(subj));
                } else if (frontedParticiple(ts)) {
                    // "Soutenus par X, les Y …": the patient is the main clause's subject.
                    Mention main = frontedSubject(byAgent);
                    if (main != null) {
                        targets.addAll(coordinatedRight(main));
                    }
                }
                agentMention = byAgent;
            } else {
                if (t.has("between")) {
                    Mention first = firstAfter(te, Set.of("between", "entre"), false);
                    // "talks between X and Y": "between" right after the noun, not that of a later one.
                    if (first != null && !triggerBetween(te, first.first())) {
                        List<Actor> parties = coordinatedRight(first);
                        if (parties.size() >= 2) {
                            emitAll(t, ts, te, parties.subList(0, 1), parties.subList(1, parties.size()), conf, first);
                            return;
                        }
                    }
                }
                Mention backer = t.pos().equals("NOUN") && t.relation() == RelationType.SUPPORTS ? accompaniedBy(ts, te) : null;
                if (backer != null) {
                    // "X intervient avec le soutien des États-Unis": the "of" phrase acts on the clause's subject.
                    Mention subj = firstUngoverned();
                    if (subj != null && subj.last() <= ts) {
                        emitAll(t, ts, te, backer.actors(), coordinatedRight(subj), conf - Confidence.NOMINAL, backer);
                    }
                    return;
                }
                if (t.pos().equals("NOUN") && t.relation() == RelationType.SUPPORTS) {
                    // "L'Ukraine a reçu le soutien de la Pologne", "Kyiv received the support of the EU".
                    Mention giver = received(ts, te);
                    if (giver != null) {
                        Mention subj = agentBefore(ts);
                        if (subj != null) {
                            emitAll(t, ts, te, giver.actors(), coordinatedLeft(subj), conf - Confidence.NOMINAL, giver);
                        }
                        return;
                    }
                }
                if (t.pos().equals("NOUN")) {
                    agentMention = nominalAgent(t, ts, te);
                    if (agentMention != null && agentMention.first() >= te) {
                        conf -= Confidence.NOMINAL;
                    }
                } else {
                    conjunctObject = null;
                    agentMention = agentBefore(ts);
                    fronted = agentMention == null ? frontedComma(ts, te) : -1;
                    if (fronted >= 0) {
                        // "Condemning the strikes, Germany …", "En saluant X, la France …": the main clause's subject.
                        agentMention = subjectAfter(fronted + 1);
                        if (agentMention == null) {
                            fronted = -1;
                        }
                    }
                    if (agentMention == null && infinitive(ts)) {
                        // "X sont convenus … d'étudier la possibilité de se rencontrer": the clause's subject.
                        List<Actor> subj = subject();
                        Mention first = subj == null ? null : firstUngoverned();
                        agentMention = first != null && first.last() <= ts ? first : null;
                    }
                }
                if (agentMention != null) {
                    // After a fronted participle clause the subject opens the main clause: its conjuncts follow it.
                    agents.addAll(fronted >= 0 ? coordinatedRight(agentMention) : coordinatedLeft(agentMention));
                    if (ts - agentMention.last() > 8) {
                        conf -= Confidence.DISTANT_AGENT;
                    }
                }
                overVerb = t.has("oververb");
                needs = t.needs();
                ownerTaker = OWNER_TAKERS.contains(t.relation());
                meetingTarget = MEETINGS.contains(t.relation());
                Mention clitic = t.pos().equals("VERB") ? cliticBefore(ts) : lightVerbClitic(ts);
                // "demanded the withdrawal of Russian troops from Belarus": those who are to act, not the place.
                Mention target = clitic != null ? clitic : t.pos().equals("VERB") && t.relation() == RelationType.REQUESTED
                        ? actOwner(te, "requested_act") : null;
                if (target == null) {
                    target = firstAfter(te, t.targetPreps(), t.directObject());
                }
                overVerb = false;
                needs = Set.of();
                ownerTaker = false;
                meetingTarget = false;
                if (fronted >= 0 && target != null && target.first() > fronted) {
                    // The fronted clause's object ends at its comma: the main clause's subject is no target.
                    target = null;
                }
                fronted = -1;
                if (target == null && t.has("thing")) {
                    target = thingTarget(te, t.targetPreps());
                }
                if (target == null && t.pos().equals("VERB") && OWNER_TAKERS.contains(t.relation())) {
                    target = actOwner(te, "owned_act");
                }
                if (target == null && t.pos().equals("VERB") && t.relation() == RelationType.REQUESTED) {
                    target = clauseSubjectOwner(te);
                }
                if (target == null && t.pos().equals("NOUN") && t.relation() == RelationType.ATTACKED) {
                    target = victimOfRelative(te);
                }
                if (target == null && t.pos().equals("VERB") && OWNER_TAKERS.contains(t.relation())) {
                    // "welcomed the agreement between X and Y", "a dénoncé l'accord entre X et Y": both parties.
                    Mention first = betweenObject(te);
                    if (first != null) {
                        targets.addAll(coordinatedRight(first));
                    }
                }
                if (target == null && targets.isEmpty() && t.pos().equals("VERB") && OWNER_TAKERS.contains(t.relation())) {
                    // "denounced the conclusions of the summit": those who met there.
                    List<Actor> parties = meetingObject(te) ? lastMeetingParties() : List.of();
                    if (!parties.isEmpty()) {
                        targets.addAll(parties);
                        conf -= Confidence.EARLIER_EVENT;
                    }
                }
                if (target == null && t.has("joins") && targets.isEmpty()) {
                    // "X joined the talks": X met those already at the table (not a meeting of its own for later
                    // references: an observer who joins is not one of "the summit's" authors).
                    List<Actor> parties = lastMeetingParties();
                    targets.addAll(parties);
                    conf -= Confidence.EARLIER_EVENT;
                    joining = true;
                }
                if (target == null && t.pos().equals("VERB") && agentMention != null) {
                    // "avait adressé un avertissement au gouvernement italien et demandé des économies": the
                    // second verb, without an object of its own, addresses the first one's addressee.
                    target = sharedDative(ts, t.targetPreps());
                }
                if (target == null && t.pos().equals("VERB") && conjunctObject != null && objectPronoun(ts, te)) {
                    // "La Chine a critiqué Washington et l'a accusé de …": the pronoun is the first verb's object.
                    target = conjunctObject;
                }
                if (target != null) {
                    targets.addAll(coordinatedRight(target));
                    for (Actor a : includedAfter(target)) {
                        // "applauded EU member states, including Lithuania": the members named are objects too.
                        if (!targets.contains(a)) {
                            targets.add(a);
                        }
                    }
                    if (uncertain(target)) {
                        conf -= Confidence.METONYM;
                    }
                }
            }
            if (agents.isEmpty()) {
                return;
            }
            if (t.relation() == RelationType.VISITED && agentMention != null && militaryHead(agentMention)) {
                // "Turkish soldiers arrived in Libya" is a deployment (the troop noun's own frame), not a visit.
                return;
            }
            if (agentMention != null && uncertain(agentMention)) {
                conf -= Confidence.METONYM;
            }
            if (agentMention != null && discourse.isSynthetic(agentMention)) {
                conf -= Confidence.PRONOUN;
            }
            if (targets.isEmpty() && t.has("recip") && agents.size() >= 2) {
                // "X, Y and Z met": every pair met (one relation per member of a group).
                for (int a = 0; a + 1 < agents.size(); a++) {
                    emitAll(t, ts, te, agents.subList(a, a + 1), agents.subList(a + 1, agents.size()),
                            conf - Confidence.RECIPROCAL, agentMention);
                }
                return;
            }
            if (targets.isEmpty() && t.relation() == RelationType.DENIED) {
                Mention claimant = claimOwner(te);
                if (claimant != null && !claimant.actors().contains(agents.get(0))) {
                    targets.addAll(claimant.actors());
                }
            }
            if (targets.isEmpty() && t.relation() == RelationType.DENIED) {
                // "Selon Kiev, des soldats russes ont franchi la frontière, ce que Moscou dément": the claim's source.
                Mention src = claimSource(ts);
                if (src != null && !src.actors().contains(agents.get(0))) {
                    targets.addAll(src.actors());
                    conf -= Confidence.NOMINAL;
                }
            }
            if (targets.isEmpty() && t.relation() == RelationType.DENIED) {
                // Resolved against the last accusation of the article (see resolveDenials).
                targets.add(agents.get(0));
            }
            if (targets.isEmpty()) {
                return;
            }
            int before = out.size();
            emitAll(t, ts, te, agents, targets, conf, agentMention);
            if (joining) {
                joined.addAll(out.subList(before, out.size()));
                joining = false;
            }
        }

        /**
         * "the US airstrike that killed X", "la frappe américaine qui a tué X": the object of a verb of harm
         * (cue {@code harm_verb}) in a relative clause right after the attack noun (its demonym between).
         */
        Mention victimOfRelative(int te) {
            int k = te;
            while (k < toks.size() && (toks.get(k).isPos("ADJ") || inMention(k)) && k - te < 3) {
                k++;
            }
            if (k >= toks.size() || !(lex.cue("relative_subject", toks.get(k).lower()) || toks.get(k).lower().equals("that"))) {
                return null;
            }
            k++;
            while (k < toks.size() && (toks.get(k).isPos("AUX") || toks.get(k).isPos("ADV")) && !inMention(k)) {
                k++;
            }
            if (k >= toks.size() || !toks.get(k).isPos("VERB") || !cueLemma("harm_verb", toks.get(k))) {
                return null;
            }
            return firstAfter(k + 1, Set.of(), true);
        }

        /**
         * A troop noun that is itself a deployment trigger right before token ts ("Russian troops stationed"),
         * or before the demonym that ends there ("les troupes russes stationnées").
         */
        boolean troopNounBefore(int ts) {
            int k = ts - 1;
            for (Mention m : ms) {
                if (french && m.last() == ts && m.kind() == Mention.Kind.DEMONYM) {
                    k = m.first() - 1;
                }
            }
            if (k < 0 || inMention(k)) {
                return false;
            }
            TriggerLexicon.Trigger n = triggerAt(k);
            return n != null && n.relation() == RelationType.DEPLOYS && n.pos().equals("NOUN");
        }

        void emitAll(TriggerLexicon.Trigger t, int ts, int te, List<Actor> agents, List<Actor> targets, double conf,
                     Mention near) {
            Modality mod = planned(ts, te, near) ? Modality.PLANNED : Modality.ACTUAL;
            RelationType rel = t.relation();
            String cameo = t.cameo();
            String eventClass = t.eventClass();
            if (mod == Modality.PLANNED && (rel == RelationType.MET_WITH || rel == RelationType.TALKED_WITH
)) {
                rel = RelationType.PLANS_TO_MEET;
                cameo = RelationType.PLANS_TO_MEET.defaultCameo();
                eventClass = RelationType.PLANS_TO_MEET.eventClass();
            }
            if (rel == RelationType.TALKED_WITH && (t.has("phone") || phoneCue())) {
                eventClass = "PhoneCall";
                cameo = "041";
            }
            LocalDate date = dates.resolve(s, toks, ts, mod);
            String trigger = s.text().substring(toks.get(ts).start() - s.start(), toks.get(te - 1).end() - s.start());
            double c = Math.max(Confidence.FLOOR, Math.min(1.0, conf));
            for (Actor a : agents) {
                for (Actor b : targets) {
                    // A denial without a target carries its agent as a placeholder (see resolveDenials).
                    boolean placeholder = rel == RelationType.DENIED && a == b;
                    if ((placeholder || !a.slug().equals(b.slug())) && fits(rel, a, b)) {
                        out.add(new Event(rel, a, b, date, mod, s.index(), s.start(), s.end(), s.text(), trigger,
                                Math.round(c * 100) / 100.0, cameo, eventClass));
                    }
                }
            }
        }

        /** Type constraints: places neither act nor are talked with; visits and deployments go to places or countries. */
        boolean fits(RelationType rel, Actor a, Actor b) {
            if (a.type() == ActorType.PLACE) {
                return false;
            }
            return switch (rel) {
                case VISITED, DEPLOYS, ATTACKED -> true;
                default -> b.type() != ActorType.PLACE;
            };
        }

        boolean phoneCue() {
            for (Token tok : toks) {
                if (lex.cue("phone", tok.lemma())) {
                    return true;
                }
            }
            return false;
        }

        boolean uncertain(Mention m) {
            return m.kind() == Mention.Kind.DEMONYM || m.kind() == Mention.Kind.GROUP;
        }

        /** Intention, agreement or future before the trigger (since the agent), or "scheduled" right after. */
        boolean planned(int ts, int te, Mention agent) {
            int from = agent != null && agent.last() <= ts ? agent.last() : Math.max(0, ts - 6);
            for (int k = Math.max(from, ts - 12); k < ts; k++) {
                Token tok = toks.get(k);
                if (lex.cue("planned", tok.lemma()) || lex.cue("planned", tok.lower())) {
                    return true;
                }
            }
            if (french && futureTense(toks.get(ts))) {
                return true;
            }
            if (pastVerb(toks.get(ts))) {
                // "joined the talks later", "met soon after": told in the past, done.
                return false;
            }
            for (int k = te; k < Math.min(toks.size(), te + 4); k++) {
                if (lex.cue("planned_after", toks.get(k).lemma()) || lex.cue("planned_after", toks.get(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        boolean passive(int ts) {
            for (int k = ts - 1; k >= Math.max(0, ts - 3); k--) {
                Token tok = toks.get(k);
                if (lex.cue("passive_aux", tok.lower())) {
                    // "s'est félicité", "se sont entretenus": a pronominal verb, not a passive.
                    if (french && k > 0 && (toks.get(k - 1).lemma().equals("se") || toks.get(k - 1).lower().equals("s'")
                            || toks.get(k - 1).lower().equals("s’"))) {
                        return false;
                    }
                    // "has been arming Ukraine" is a progressive, not a passive.
                    return toks.get(ts).isPos("VERB") && (french || !toks.get(ts).lower().endsWith("ing"));
                }
                if (!tok.isPos("ADV") && !tok.isPos("AUX")) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The second of two coordinated passive participles, with its own agent: "la proposition a été rejetée
         * par X et écartée par Y", "was backed by X but rejected by Y". The first conjunct must be a passive
         * with a "par/by" agent.
         */
        boolean coordinatedPassive(int ts, int te) {
            Token tok = toks.get(ts);
            if (!tok.isPos("VERB") || te != ts + 1 || ts < 4 || passiveAgent(te) == null) {
                return false;
            }
            String c = toks.get(ts - 1).lower();
            if (!(c.equals("et") || c.equals("mais") || c.equals("and") || c.equals("but") || c.equals(","))) {
                return false;
            }
            String w = tok.lower();
            boolean participle = french ? !w.equals(tok.lemma()) && !futureTense(tok) && w.matches(".*(é|ée|és|ées|u|ue|us|ues|i|is|ie|ies|it|its)")
                    : w.endsWith("ed") || w.endsWith("en");
            if (!participle) {
                return false;
            }
            for (int k = ts - 2; k >= Math.max(0, ts - 12); k--) {
                if (CLAUSE_END.contains(toks.get(k).text())) {
                    return false;
                }
                if (toks.get(k).isPos("VERB") && !inMention(k) && (passive(k) || reducedPassive(k, k + 1))
                        && passiveAgent(k + 1) != null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A participle right after a mention (or its comma) and before "by/par" with an actor: "the rebels backed
         * by Turkey", "les groupes soutenus par la Turquie", "Ukraine, attacked by Russia".
         */
        boolean reducedPassive(int ts, int te) {
            Token tok = toks.get(ts);
            if (!(tok.isPos("VERB") || frontedParticiple(ts) && mistaggedParticiple(ts)) || te != ts + 1
                    || passiveAgent(te) == null) {
                return false;
            }
            if (!participle(tok) || !byRightAfter(te)) {
                return false;
            }
            if (frontedParticiple(ts)) {
                // "Soutenus par X, les Y …", "Backed by X, the Y …": the participle clause opens the sentence.
                return true;
            }
            if (ts == 0) {
                return false;
            }
            int k = ts - 1;
            if (toks.get(k).text().equals(",")) {
                k--;
            }
            for (Mention m : ms) {
                if (m.last() == k + 1) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The subject of the main clause after a fronted participle clause whose agent is {@code agent}: the
         * comma closing the clause (within eight tokens, no verb before it), then the mention opening the clause.
         */
        Mention frontedSubject(Mention agent) {
            for (int k = agent.last(); k < Math.min(toks.size(), agent.last() + 8); k++) {
                Token tok = toks.get(k);
                if (tok.text().equals(",")) {
                    return subjectAfter(k + 1);
                }
                if (CLAUSE_END.contains(tok.text()) || (tok.isPos("VERB") || tok.isPos("AUX")) && !inMention(k)) {
                    return null;
                }
            }
            return null;
        }

        Mention agentBefore(int ts) {
            return agentBefore(ts, true);
        }

        /** The nearest ungoverned mention before ts; {@code actorOnly}: not a demonym that modifies something else. */
        Mention agentBefore(int ts, boolean actorOnly) {
            Mention best = null;
            for (Mention m : ms) {
                if (m.last() > ts || ts - m.last() > AGENT_WINDOW) {
                    continue;
                }
                if (crossesClauseEnd(m.last(), ts)) {
                    continue;
                }
                String g = governor(m);
                if (g != null || actorOnly && !demonymForState(m) || backerAt(m) >= 0 || discourse.isClitic(m, toks)) {
                    continue;
                }
                if (insideClosedRelative(m, ts)) {
                    continue;
                }
                if (best == null || m.last() > best.last()) {
                    best = m;
                }
            }
            if (best != null) {
                // "La Hongrie a critiqué l'UE et menacé l'Ukraine": a second predicate without its own subject
                // shares the first one's; the object of the first verb is not its agent.
                int v = coordinatedPredicate(best, ts);
                if (v >= 0) {
                    if (conjunctObject == null) {
                        conjunctObject = best;
                    }
                    return agentBefore(v, actorOnly);
                }
            }
            if (best != null) {
                // "X, responsable du programme américain, qui s'est entretenu avec Y": the subject of a relative
                // clause is its antecedent, the words right before "qui/who/which"; an actor further back is not.
                for (int k = best.last(); k < ts; k++) {
                    if (lex.cue("relative_subject", toks.get(k).lower())) {
                        int a = k - 1;
                        if (a >= 0 && toks.get(a).text().equals(",")) {
                            a--;
                        }
                        return a >= 0 && a == best.last() - 1 || cleft(best) ? best : null;
                    }
                }
            }
            return best;
        }

        /**
         * For a verb at ts after "et/puis/and/then" (or a comma) with no subject of its own: when the nearest
         * mention before it is the object of an earlier verb (a verb before the mention, none between it and
         * the conjunction), that earlier verb's index; else -1.
         */
        int coordinatedPredicate(Mention m, int ts) {
            int k = ts - 1;
            // "et les a accusés", "et lui a demandé": an object clitic may stand between, as an adverb may.
            while (k > m.last() && (toks.get(k).isPos("ADV") || toks.get(k).isPos("AUX") || objectClitic(k))) {
                k--;
            }
            if (k < m.last() || !(lex.cue("conjunction", toks.get(k).lower()) || toks.get(k).lower().equals("puis")
                    || toks.get(k).lower().equals("then"))) {
                return -1;
            }
            for (int j = m.last(); j < k; j++) {
                if ((toks.get(j).isPos("VERB") || toks.get(j).isPos("AUX")) && !inMention(j)) {
                    return -1;
                }
            }
            for (int j = m.first() - 1; j >= 0 && m.first() - j <= 6; j--) {
                Token tok = toks.get(j);
                if (CLAUSE_END.contains(tok.text()) || tok.text().equals(",") || lex.cue("relative", tok.lower())
                        || tok.lower().equals("que") || tok.lower().equals("qu'") || tok.lower().equals("that")) {
                    return -1;
                }
                if (tok.isPos("VERB") && !inMention(j)) {
                    return j;
                }
            }
            return -1;
        }

        /**
         * The participants of the latest meeting, talk or negotiation extracted from this article, at most
         * {@link #MEETING_REACH} sentences back: everyone on either side of its events in that sentence.
         */
        List<Actor> lastMeetingParties() {
            int sentence = -1;
            RelationType rel = null;
            for (int k = out.size() - 1; k >= 0; k--) {
                Event e = out.get(k);
                if (MEETINGS.contains(e.relation()) && e.modality() == Modality.ACTUAL && s.index() - e.sentence() <= MEETING_REACH
                        && !joined.contains(e)) {
                    sentence = e.sentence();
                    rel = e.relation();
                    break;
                }
            }
            List<Actor> parties = new ArrayList<>();
            for (Event e : out) {
                if (e.sentence() == sentence && e.relation() == rel) {
                    for (Actor a : List.of(e.agent(), e.target())) {
                        if (!parties.contains(a)) {
                            parties.add(a);
                        }
                    }
                }
            }
            return parties;
        }

        /**
         * The object is the outcome of a meeting: "the conclusions/results/declaration of the summit",
         * "les conclusions du sommet" (a cue {@code meeting_outcome} noun, then of/de and a cue {@code meeting} noun).
         */
        boolean meetingObject(int te) {
            int k = te;
            while (k < toks.size() && k - te < 3 && (toks.get(k).isPos("DET") || toks.get(k).isPos("ADJ")) && !inMention(k)) {
                k++;
            }
            if (k + 1 >= toks.size() || !cueLemma("meeting_outcome", toks.get(k))) {
                return false;
            }
            k++;
            String of = toks.get(k).lower();
            if (!(of.equals("of") || of.equals("de") || of.equals("du") || of.equals("des") || of.equals("d'"))) {
                return false;
            }
            k++;
            while (k < toks.size() && k - te < 8 && (toks.get(k).isPos("DET") || toks.get(k).isPos("ADJ")) && !inMention(k)) {
                k++;
            }
            return k < toks.size() && !inMention(k) && cueLemma("meeting", toks.get(k));
        }

        /**
         * A participle opening the sentence ("Condemning X, …", French "En condamnant X, …"): the index of the
         * comma ending its clause, else -1.
         */
        int frontedComma(int ts, int te) {
            String w = toks.get(ts).lower();
            boolean opens = french ? ts == 1 && toks.get(0).lower().equals("en") && w.endsWith("ant")
                    : ts == 0 && w.endsWith("ing");
            if (!opens) {
                return -1;
            }
            for (int k = te; k < Math.min(toks.size(), te + 15); k++) {
                if (toks.get(k).text().equals(",")) {
                    return k;
                }
                if (CLAUSE_END.contains(toks.get(k).text())) {
                    return -1;
                }
            }
            return -1;
        }

        /** The mention opening a clause at k (determiners skipped), when no preposition governs it. */
        Mention subjectAfter(int k) {
            while (k < toks.size() && toks.get(k).isPos("DET") && !inMention(k)) {
                k++;
            }
            Mention m = mentionAt(k);
            return m != null && m.actor().type() != ActorType.PLACE && backerAt(m) < 0 ? m : null;
        }

        /** The "by/par" phrase of a passive, also when the actor is the complement of its head ("par les forces de X"). */
        Mention passiveAgent(int te) {
            for (int k = te; k < Math.min(toks.size(), te + 4); k++) {
                String w = toks.get(k).lower();
                if (w.equals("by") || w.equals("par")) {
                    for (Mention m : ms) {
                        if (m.first() > k && m.first() - k <= 6 && !crossesClauseEnd(k, m.first())) {
                            return m;
                        }
                    }
                    return null;
                }
                if (inMention(k) || toks.get(k).isPos("VERB")) {
                    return null;
                }
            }
            return null;
        }

        /** The mention {@link #subject()} starts from. */
        Mention firstUngoverned() {
            List<Actor> subj = subject();
            if (subj == null) {
                return null;
            }
            for (Mention m : ms) {
                if (m.actors().contains(subj.get(0)) && governor(m) == null) {
                    return m;
                }
            }
            return null;
        }

        /**
         * The giver of support that the clause's subject receives: a "receive" verb (cue {@code receive}) right
         * before the noun (determiners, adjectives between), and "de/of X" right after it; else null.
         */
        Mention received(int ts, int te) {
            int k = ts - 1;
            while (k >= 0 && (toks.get(k).isPos("DET") || toks.get(k).isPos("ADJ") || toks.get(k).isPos("ADV")) && !inMention(k)) {
                k--;
            }
            if (k < 0 || inMention(k) || !(lex.cue("receive", toks.get(k).lemma()) || lex.cue("receive", stem(toks.get(k).lower())))) {
                return null;
            }
            for (Mention o : ms) {
                String g = governor(o);
                if (o.first() >= te && o.first() - te <= 2 && ("of".equals(g) || "de".equals(g) || "from".equals(g))) {
                    return o;
                }
            }
            return null;
        }

        /** "with the support of X", "avec le soutien des États-Unis": X, when the noun is introduced by with/avec. */
        Mention accompaniedBy(int ts, int te) {
            int k = ts - 1;
            while (k >= 0 && (toks.get(k).isPos("DET") || toks.get(k).isPos("ADJ"))) {
                k--;
            }
            if (k < 0 || k == ts - 1 || !lex.cue("accompaniment", toks.get(k).lower())) {
                return null;
            }
            for (Mention m : ms) {
                String g = governorFrom(m, te);
                if (m.first() >= te && m.first() - te <= 3 && g != null && lex.cue("of_phrase", g)) {
                    return m;
                }
            }
            return null;
        }

        /** Another trigger word between two tokens (outside mentions). */
        boolean triggerBetween(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!inMention(k) && triggerAt(k) != null) {
                    return true;
                }
            }
            return false;
        }

        /** A verb such as "offer"/"apporter" whose object is itself a trigger noun ("offered assistance"): the noun decides. */
        boolean lightVerbBeforeNoun(TriggerLexicon.Trigger t, int ts, int te) {
            if (!t.pos().equals("VERB") || !lightVerb(toks.get(ts))) {
                return false;
            }
            for (int k = te; k < Math.min(toks.size(), te + 4); k++) {
                if (inMention(k)) {
                    return false;
                }
                TriggerLexicon.Trigger n = triggerAt(k);
                if (n != null && n.pos().equals("NOUN")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The agent of a nominal trigger. A noun has no subject of its own, so the nearest mention before
         * it is often someone else ("China … Russia's war"): take a possessive or a demonym right before
         * it ("Russia's unprovoked war", "the Russian invasion"), the "by/par" phrase or a demonym after it
         * ("attacks by the Houthis", "l'intervention américaine"), "de/of X" for nouns marked
         * {@code ofagent} ("la visite de X"), else the subject of a light verb whose object it is
         * ("X launched an attack", "X a exprimé son soutien").
         */
        Mention nominalAgent(TriggerLexicon.Trigger t, int ts, int te) {
            Mention m = possessiveBefore(ts);
            if (m != null) {
                return m;
            }
            m = genitiveAfter(te);
            if (m != null) {
                return m;
            }
            if (t.has("ofagent")) {
                for (Mention o : ms) {
                    String g = governor(o);
                    if (o.first() >= te && o.first() - te <= 2 && ("of".equals(g) || "de".equals(g))) {
                        return o;
                    }
                }
            }
            if (t.has("ofagent_target")) {
                // "l'attaque de la Russie contre l'Ukraine": the "de" phrase is the agent only when the target
                // follows with the noun's own preposition ("l'attaque de Kyiv" alone is an attack on Kyiv).
                for (Mention o : ms) {
                    String g = governor(o);
                    if (o.first() >= te && o.first() - te <= 2 && ("of".equals(g) || "de".equals(g))
                            && o.last() + 2 < toks.size()) {
                        Mention next = firstAfter(o.last(), t.targetPreps(), false);
                        if (next != null && next.first() - o.last() <= 3 && !t.targetPreps().contains(g)) {
                            return o;
                        }
                    }
                }
            }
            Mention subj = agentBefore(ts);
            if (subj == null) {
                return null;
            }
            // "X a condamné l'attaque …": the subject of another (main) verb is not the noun's agent.
            for (int k = subj.last(); k < ts; k++) {
                Token tok = toks.get(k);
                if (tok.isPos("VERB") && !inMention(k) && !lightVerb(tok) && !lex.cue("planned", tok.lemma())
                        && !lex.cue("planned", stem(tok.lower())) && !lex.cue("enabling", tok.lemma())
                        && !lex.cue("enabling", stem(tok.lower()))) {
                    return null;
                }
            }
            // A light verb between the subject and the noun, the noun at most seven tokens after it.
            for (int k = Math.max(subj.last(), ts - 7); k < ts; k++) {
                Token tok = toks.get(k);
                // Right after the subject a light verb the tagger reads as an adjective ("the EU expressed/ADJ
                // support") is still the verb.
                if ((tok.isPos("VERB") || tok.isPos("AUX") || tok.isPos("ADJ") && k == subj.last()) && lightVerb(tok)) {
                    return subj;
                }
                // "X is a critic of Y", "X est un critique de Y": the copula's subject, for nouns naming an agent.
                if (t.has("copula") && (tok.lemma().equals("be") || tok.lemma().equals("être"))) {
                    return subj;
                }
            }
            return null;
        }

        /**
         * A mention that is a possessive or demonym modifier of the noun at ts: only adjectives, adverbs,
         * participles and commas/"and" between ("Russia's premeditated, unprovoked attack").
         */
        Mention possessiveBefore(int ts) {
            for (Mention m : ms) {
                if (m.last() > ts || ts - m.last() > 7) {
                    continue;
                }
                // "the US airstrike", "the EU sanctions": in English a name right before the noun, after a determiner.
                boolean modifier = !french && m.last() == ts && m.first() > 0 && toks.get(m.first() - 1).isPos("DET")
                        && m.actor().type() != ActorType.PERSON && m.actor().type() != ActorType.PLACE;
                boolean poss = possessive(m) || m.kind() == Mention.Kind.DEMONYM || modifier;
                if (!poss) {
                    continue;
                }
                boolean onlyModifiers = true;
                for (int k = m.last(); k < ts && onlyModifiers; k++) {
                    Token tok = toks.get(k);
                    onlyModifiers = k == m.last() && isPossessiveMark(tok) || tok.isPos("ADJ") || tok.isPos("ADV")
                            || tok.isPos("VERB") && (tok.lower().endsWith("ed") || tok.lower().endsWith("é"))
                            || tok.text().equals(",") || tok.lower().equals("and") || tok.isPos("NUM");
                }
                if (onlyModifiers) {
                    return m;
                }
            }
            return pronounPossessor(ts);
        }

        /** "Russia … its unprovoked war": a possessive pronoun before the noun stands for the last fitting mention. */
        Mention pronounPossessor(int ts) {
            for (int p = ts - 1; p >= Math.max(0, ts - 6); p--) {
                Token tok = toks.get(p);
                if (lex.cue("possessive_pronoun", tok.lower())) {
                    boolean person = lex.cue("possessive_person", tok.lower());
                    boolean thing = lex.cue("possessive_thing", tok.lower());
                    Mention best = null;
                    for (Mention m : ms) {
                        boolean isPerson = m.actor().type() == ActorType.PERSON;
                        if (m.last() <= p && m.actor().type() != ActorType.PLACE && !(person && !isPerson)
                                && !(thing && isPerson) && !crossesClauseEnd(m.last(), p)
                                && (best == null || m.last() > best.last())) {
                            best = m;
                        }
                    }
                    return best;
                }
                boolean modifier = tok.isPos("ADJ") || tok.isPos("ADV") || tok.text().equals(",") || tok.lower().equals("and")
                        || tok.isPos("VERB") && (tok.lower().endsWith("ed") || tok.lower().endsWith("é"));
                if (!modifier) {
                    return null;
                }
            }
            return null;
        }

        /** The source a claim is attributed to earlier in the sentence: "selon X", "d'après X", "according to X". */
        Mention claimSource(int ts) {
            for (int k = 0; k + 1 < ts; k++) {
                String w = toks.get(k).lower();
                int d;
                if (w.equals("selon") || w.equals("d'après") || w.equals("d’après")) {
                    d = k + 1;
                } else if (w.equals("according") && toks.get(k + 1).lower().equals("to")) {
                    d = k + 2;
                } else {
                    continue;
                }
                while (d < ts && (toks.get(d).isPos("DET") || toks.get(d).lower().equals("the")) && !inMention(d)) {
                    d++;
                }
                Mention m = mentionAt(d);
                if (m != null && m.actor().type() != ActorType.PLACE) {
                    return m;
                }
            }
            return null;
        }

        /**
         * The owner of an act that is praised or condemned: "a salué l'initiative de la Corée du Sud", "s'est
         * félicité de la décision de l'Espagne", "dénoncé la répression menée par l'Iran", "welcomed the decision
         * of Spain", "condamné l'attaque de la Russie contre l'Ukraine". The noun must name an act whose "de"
         * phrase is its author (cue {@code owned_act}), or the author is introduced by a participle and
         * "par/by", or the act is aimed "contre/against" someone; "l'invasion de l'Ukraine" names the victim.
         */
        Mention actOwner(int te, String actCue) {
            int k = te;
            // "a salué mercredi le rôle de X", "welcomed on Monday the decision of X", "demandent au préalable …".
            while (k < toks.size() && k - te < 3 && !inMention(k)) {
                if (toks.get(k).isPos("ADV") || WEEKDAYS.contains(toks.get(k).lower()) || toks.get(k).lower().equals("on")) {
                    k++;
                } else if (k + 1 < toks.size() && lex.cue("adverbial_phrase", toks.get(k).lower() + " " + toks.get(k + 1).lower())) {
                    k += 2;
                } else {
                    break;
                }
            }
            te = k;
            if (k < toks.size() && (toks.get(k).lower().equals("de") || toks.get(k).lower().equals("du")
                    || toks.get(k).lower().equals("des") || toks.get(k).lower().equals("d'"))) {
                k++;
            }
            while (k < toks.size() && k - te < 3 && (toks.get(k).isPos("DET") || lex.cue("determiner", toks.get(k).lower()))
                    && !inMention(k)) {
                k++;
            }
            // The tagger sometimes reads the act noun as an adjective ("the withdrawal/ADJ of").
            while (k < toks.size() && k - te < 4 && toks.get(k).isPos("ADJ") && !inMention(k) && !actNoun(actCue, toks.get(k))) {
                k++;
            }
            if (k >= toks.size() || !(toks.get(k).isPos("NOUN") || actNoun(actCue, toks.get(k))) || inMention(k)) {
                return null;
            }
            Token noun = toks.get(k);
            k++;
            while (k < toks.size() && toks.get(k).isPos("ADJ") && !inMention(k)) {
                k++;
            }
            if (k >= toks.size()) {
                return null;
            }
            boolean byPhrase = false;
            if (!inMention(k) && toks.get(k).isPos("VERB") && k + 1 < toks.size()
                    && (toks.get(k + 1).lower().equals("par") || toks.get(k + 1).lower().equals("by"))) {
                byPhrase = true;
                k++;
            }
            String p = toks.get(k).lower();
            // "the decision of X", "the decision by X", "la décision prise par X".
            if (inMention(k) || !(p.equals("de") || p.equals("du") || p.equals("des") || p.equals("d'") || p.equals("of")
                    || p.equals("by") || byPhrase)) {
                return null;
            }
            int d = k + 1;
            while (d < toks.size() && d - k <= 2 && (toks.get(d).isPos("DET") || toks.get(d).lower().equals("the"))
                    && !inMention(d)) {
                d++;
            }
            Mention m = mentionAt(d);
            if (m == null && french && d + 1 < toks.size() && toks.get(d).isPos("NOUN")) {
                // "le retrait des troupes russes", "la politique du gouvernement iranien": a noun and its demonym.
                Mention dem = mentionAt(d + 1);
                m = dem != null && dem.kind() == Mention.Kind.DEMONYM ? dem : null;
            }
            if (m == null || m.actor().type() == ActorType.PLACE) {
                return null;
            }
            boolean owned = byPhrase || actNoun(actCue, noun);
            if (!owned && m.last() < toks.size()) {
                String after = toks.get(m.last()).lower();
                owned = after.equals("contre") || after.equals("against");
            }
            return owned ? m : null;
        }

        /** A nominal trigger's agent after it: "attacks by the Houthis", "l'intervention américaine". */
        Mention genitiveAfter(int te) {
            for (Mention m : ms) {
                if (m.first() < te || m.first() - te > 8) {
                    continue;
                }
                String g = governor(m);
                // "l'offensive russe", "le soutien militaire américain": a demonym after the noun and its adjectives.
                boolean demonym = m.kind() == Mention.Kind.DEMONYM && (m.first() == te || french && onlyAdjectives(te, m.first()));
                if (m.first() - te <= 3 && demonym) {
                    return m;
                }
                // "attacks by X", "l'invasion de l'Ukraine par la Russie": the by/par phrase, no verb before it.
                if (("by".equals(g) || "par".equals(g)) && !verbOrClauseEnd(te, m.first())) {
                    return m;
                }
            }
            return null;
        }

        /** The first mention after the trigger whose governor is one of {@code preps} (or none, for a direct object). */
        Mention firstAfter(int te, Set<String> preps, boolean direct) {
            for (Mention m : ms) {
                if (m.first() < te || m.first() - te > TARGET_WINDOW || crossesClauseEnd(te, m.first())) {
                    continue;
                }
                if (direct && includingOpensObject(te, m.first())) {
                    // "praised several countries, including Poland": the members of the direct object are objects.
                    return titledPerson(m);
                }
                if (discourse.isClitic(m, toks)) {
                    // A clitic ("lui") is the object of the verb after it only (see cliticBefore).
                    continue;
                }
                if (meetingTarget && !demonymForState(m)) {
                    // "a rencontré des entrepreneurs allemands": one meets people, not their country.
                    continue;
                }
                if (attribution(m)) {
                    // "…, Russia said": the speaker of the sentence, not an object.
                    return null;
                }
                if (verbBetween(te, m.first(), preps) || openerBetween(te, m.first())) {
                    // Another verb opens a new predicate: "met in New York to reaffirm … NATO"; "car/because"
                    // a new clause: "a menacé de fermer la route, car il craint …".
                    return null;
                }
                // A preposition inside the trigger ("call on", "appeler à") governs nothing after it.
                String g = governorFrom(m, te);
                if (g == null && aimedAt(m, te)) {
                    // "missiles targeting X", "des frappes visant X": the participle introduces the target.
                    g = preps.contains("against") ? "against" : preps.contains("contre") ? "contre" : null;
                }
                if (g != null && direct && lex.cue("member_of", g) && organObject(te, m.first())) {
                    // "supported the government of X", "condamné le régime de X": the object is X's state.
                    g = null;
                }
                if (g == null && direct && afterConjunction(m, te)) {
                    // "l'accord entre l'Arménie et l'Azerbaïdjan": a conjunct of a governed mention is no object.
                    continue;
                }
                String h = g == null ? nounGovernor(m, te) : null;
                if (h != null && demonymForState(m) && preps.contains(h)) {
                    // "a tiré un missile sur un navire américain": the preposition before the organ noun.
                    return titledPerson(m);
                }
                if (h != null && direct && !ownerTaker && needs.isEmpty() && lex.cue("member_of", h)
                        && !nextToVerb(te, m.first() - 1)) {
                    // "exige la libération des prisonniers biélorusses": the demonym's noun is a complement.
                    continue;
                }
                if (g != null && preps.contains(g) && lex.cue("member_of", g) && needs.isEmpty() && !nextToVerb(te, m.first())) {
                    // "demanded of X", "exige de X": the verb's own "of/de"; in "demanded the release of X" the
                    // "of" belongs to the noun.
                    continue;
                }
                if (g == null ? direct : preps.contains(g)) {
                    return titledPerson(m);
                }
                if (g == null && !direct && m.first() - te <= 1) {
                    continue;
                }
            }
            return null;
        }

        /**
         * "Y did Z at the request of X", "Y returned at X's request", "at the invitation of X": X asked the clause's
         * subject Y. The noun only counts right after "at" (its determiner, X's possessive phrase between); Y is an
         * ungoverned mention before "at".
         */
        void atRequest(TriggerLexicon.Trigger t, int ts, int te) {
            int k = ts - 1;
            Mention agent = null;
            while (k >= 0 && ts - k <= 6 && !toks.get(k).lower().equals("at")) {
                Token tok = toks.get(k);
                Mention m = mentionEndingBefore(k + 1, 0);
                if (inMention(k)) {
                    if (agent == null && m != null && m.last() == k + 1) {
                        agent = m;
                    }
                } else if (!(tok.isPos("DET") || tok.isPos("ADJ") || tok.pos().startsWith("NOUN") || isPossessiveMark(tok))) {
                    return;
                }
                k--;
            }
            if (k < 1 || !toks.get(k).lower().equals("at")) {
                return;
            }
            int at = k;
            Token before = toks.get(at - 1);
            if (before.isPos("VERB") || before.isPos("ADJ") || before.isPos("AUX")) {
                // "looked at the request of X", "angry at X's request": the verb's or adjective's complement.
                return;
            }
            if (agent != null && !possessive(agent)) {
                // "at the Iraqi government's request" (a demonym before the possessive noun) or "at X's request".
                boolean poss = false;
                for (int j = agent.last(); j < ts; j++) {
                    String x = toks.get(j).text();
                    poss |= isPossessiveMark(toks.get(j)) || x.endsWith("'s") || x.endsWith("\u2019s");
                }
                if (!poss) {
                    return;
                }
            }
            if (agent == null && te < toks.size() && toks.get(te).lower().equals("of")) {
                for (Mention o : ms) {
                    if (o.first() > te && o.first() - te <= 4 && "of".equals(governor(o))) {
                        agent = o;
                        break;
                    }
                }
            }
            if (agent == null) {
                return;
            }
            // The clause's subject: its first mention no preposition governs ("U.S. troops", "Coalition forces").
            Mention subj = null;
            for (Mention m : ms) {
                if (m.last() <= at && (subj == null || m.first() < subj.first()) && governor(m) == null
                        && !crossesClauseEnd(m.last(), at)) {
                    subj = m;
                }
            }
            if (subj == null || subj.first() == agent.first() || possessive(subj)) {
                return;
            }
            List<Actor> targets = new ArrayList<>(coordinatedRight(subj));
            targets.removeAll(agent.actors());
            if (!targets.isEmpty()) {
                emitAll(t, ts, te, coordinatedLeft(agent), targets, Confidence.BASE - Confidence.NOMINAL, agent);
            }
        }

        /**
         * Whether the word before {@code k} is "including"/"notably" after a comma that closes the trigger's direct
         * object: from the trigger on, only determiners, numbers, adjectives and common nouns ("several countries,
         * including X"; not "accused X of arming Y, including Z").
         */
        boolean includingOpensObject(int te, int k) {
            int j = k - 1;
            while (j > te && toks.get(j).isPos("DET")) {
                j--;
            }
            if (j <= te || !listOpener(toks.get(j).lower())) {
                return false;
            }
            j--;
            if (j <= te || !toks.get(j).text().equals(",") || !toks.get(j - 1).isPos("NOUN")) {
                return false;
            }
            for (int i = te; i < j; i++) {
                Token tok = toks.get(i);
                if (inMention(i) || !(tok.isPos("DET") || tok.isPos("NUM") || tok.isPos("ADJ") || tok.isPos("NOUN"))) {
                    return false;
                }
            }
            return j > te;
        }

        /**
         * The members named after an object mention that only modifies a plural noun: "EU member states,
         * including Lithuania and Latvia," gives Lithuania and Latvia (at most three noun or adjective words after
         * the mention, a comma, including/notably, the coordinated mentions). Places are left out.
         */
        List<Actor> includedAfter(Mention m) {
            int k = m.last();
            int start = k;
            while (k < toks.size() && k - start < 3 && !inMention(k)
                    && (toks.get(k).isPos("NOUN") || toks.get(k).isPos("ADJ"))) {
                k++;
            }
            // The mention itself may end in the common noun ("Russian leaders").
            if (k >= toks.size() || !toks.get(k - 1).isPos("NOUN") || k + 1 >= toks.size() || !toks.get(k).text().equals(",")
                    || !listOpener(toks.get(k + 1).lower())) {
                return List.of();
            }
            Mention n = null;
            for (Mention o : ms) {
                if (o.first() >= k + 2 && o.first() <= k + 5 && (n == null || o.first() < n.first())) {
                    n = o;
                }
            }
            if (n == null || governorFrom(n, k + 2) != null || crossesClauseEnd(k + 2, n.first())) {
                return List.of();
            }
            for (int i = k + 2; i < n.first(); i++) {
                if (!(toks.get(i).isPos("DET") || Character.isUpperCase(toks.get(i).text().codePointAt(0)))) {
                    // Only determiners and a capitalised title ("President") before the member's name.
                    return List.of();
                }
            }
            List<Actor> out = new ArrayList<>();
            for (Actor a : coordinatedRight(n)) {
                if (a.type() != ActorType.PLACE) {
                    out.add(a);
                }
            }
            return out;
        }

        /**
         * A demonym or organisation that only begins a long English title before a person's name: "met with
         * Chinese Communist Party Politburo Member and Director of the Office of the Foreign Affairs Commission
         * Yang Jiechi" (the person, not China). Every word between is capitalised or of/the/and/for, with no
         * comma; else the mention itself ("Chinese officials and X" keeps both).
         */
        Mention titledPerson(Mention m) {
            if (french || m.actor().type() == ActorType.PERSON) {
                return m;
            }
            for (int k = m.last(); k < Math.min(toks.size(), m.last() + 18); k++) {
                Mention p = mentionAt(k);
                if (p != null) {
                    return k > m.last() && p.actors().size() == 1 && p.actor().type() == ActorType.PERSON ? p : m;
                }
                String w = toks.get(k).text();
                boolean titleWord = Character.isUpperCase(w.codePointAt(0)) && w.codePoints().allMatch(Character::isLetter)
                        || w.equals("of") || w.equals("the") || w.equals("and") || w.equals("for");
                if (!titleWord) {
                    return m;
                }
            }
            return m;
        }

        /**
         * The country a measure on a thing is aimed at: "restrictions on flights to X", "a ban on imports from X",
         * "des restrictions sur les exportations vers X". The trigger's preposition, one to three words that are
         * no actor, then to/from/vers/de and the mention.
         */
        Mention thingTarget(int te, Set<String> preps) {
            int k = te;
            if (k >= toks.size() || !preps.contains(toks.get(k).lemma())) {
                return null;
            }
            k++;
            int start = k;
            while (k < toks.size() && k - start < 4 && !inMention(k)
                    && (toks.get(k).isPos("DET") || toks.get(k).isPos("ADJ") || toks.get(k).isPos("NOUN"))) {
                k++;
            }
            if (k == start || k >= toks.size() || !lex.cue("toward", toks.get(k).lower())) {
                return null;
            }
            int d = k + 1;
            while (d < toks.size() && toks.get(d).isPos("DET")) {
                d++;
            }
            return mentionAt(d);
        }

        /**
         * The first party of "the agreement between X and Y" as a verb's object: determiners and adjectives, a
         * noun (with at most an "of/de" complement: "memoranda of understanding"), then between/entre, X and at
         * least a second party.
         */
        Mention betweenObject(int te) {
            int k = te;
            while (k < toks.size() && k - te < 3 && (toks.get(k).isPos("DET") || toks.get(k).isPos("ADJ")) && !inMention(k)) {
                k++;
            }
            if (k >= toks.size() || !toks.get(k).isPos("NOUN") || inMention(k)) {
                return null;
            }
            k++;
            if (k + 1 < toks.size() && (toks.get(k).lower().equals("of") || toks.get(k).lower().equals("de"))
                    && toks.get(k + 1).isPos("NOUN") && !inMention(k + 1)) {
                k += 2;
            }
            while (k < toks.size() && toks.get(k).isPos("ADJ") && !inMention(k)) {
                k++;
            }
            if (k >= toks.size() || !(toks.get(k).lower().equals("between") || toks.get(k).lower().equals("entre"))) {
                return null;
            }
            int d = k + 1;
            while (d < toks.size() && toks.get(d).isPos("DET") && !inMention(d)) {
                d++;
            }
            Mention m = mentionAt(d);
            return m != null && coordinatedRight(m).size() >= 2 ? m : null;
        }

        /**
         * Who made the claim a denial answers: "denied the accusations of/by/from X", "a démenti les accusations
         * de X" (a cue {@code claim} noun right after the verb, then of/by/from/de/par and the mention).
         */
        Mention claimOwner(int te) {
            int k = te;
            while (k < toks.size() && k - te < 3 && (toks.get(k).isPos("DET") || toks.get(k).isPos("ADJ")) && !inMention(k)) {
                k++;
            }
            if (k + 1 >= toks.size() || !cueLemma("claim", toks.get(k))) {
                return null;
            }
            k++;
            while (k < toks.size() && toks.get(k).isPos("ADJ") && !inMention(k)) {
                k++;
            }
            if (k >= toks.size() || !lex.cue("claim_source", toks.get(k).lower())) {
                return null;
            }
            int d = k + 1;
            while (d < toks.size() && (toks.get(d).isPos("DET") || lex.cue("determiner", toks.get(d).lower())) && !inMention(d)) {
                d++;
            }
            Mention m = mentionAt(d);
            return m != null && m.actor().type() != ActorType.PLACE ? m : null;
        }

        /** Only a determiner, adjectives, a state organ noun and "of/de" between two tokens ("the government of"). */
        boolean organObject(int from, int to) {
            if (to - from < 2 || !lex.cue("member_of", toks.get(to - 1).lower())) {
                return false;
            }
            Token head = toks.get(to - 2);
            if (!(lex.cue("state_organ", head.lemma()) || lex.cue("state_organ", stem(head.lower())))) {
                return false;
            }
            for (int k = from; k < to - 2; k++) {
                Token tok = toks.get(k);
                if (!(tok.isPos("DET") || tok.isPos("ADJ") || tok.isPos("ADV"))) {
                    return false;
                }
            }
            return true;
        }

        /** A full verb (not a participle used as an adjective) between two tokens, outside mentions. */
        /** A word the trigger needs after it ("supplied drones"): its object noun, however the tagger read it. */
        boolean objectNoun(Token tok) {
            if (needs.isEmpty()) {
                return false;
            }
            for (String l : lemmas(tok)) {
                if (needs.contains(l)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "exige que les provocations de Pyongyang cessent", "demanded that Iran's attacks stop": the owner of the
         * subject of the clause a complementizer opens right after the verb (the one who is to act), else null.
         */
        Mention clauseSubjectOwner(int te) {
            if (te >= toks.size() || !lex.cue("complementizer", toks.get(te).lower())) {
                return null;
            }
            for (int k = te + 1; k < Math.min(toks.size(), te + 7); k++) {
                Mention m = mentionAt(k);
                if (m != null) {
                    return m.actor().type() == ActorType.PLACE ? null : m;
                }
                Token tok = toks.get(k);
                if (!(tok.isPos("DET") || tok.isPos("NOUN") || tok.isPos("ADJ") || lex.cue("member_of", tok.lower())
                        || isPossessiveMark(tok))) {
                    return null;
                }
            }
            return null;
        }

        /**
         * For a verb right after "et/and" (auxiliaries and adverbs between) whose frame takes "à/to": the mention
         * the verb before the conjunction governs with "à/au/aux/to", else null.
         */
        Mention sharedDative(int ts, Set<String> preps) {
            if (!(preps.contains("à") || preps.contains("to"))) {
                return null;
            }
            int k = ts - 1;
            while (k >= 0 && (toks.get(k).isPos("AUX") || toks.get(k).isPos("ADV")) && !inMention(k)) {
                k--;
            }
            if (k < 1 || !toks.get(k).isPos("CCONJ") || !lex.cue("conjunction", toks.get(k).lower())) {
                return null;
            }
            int v = -1;
            for (int j = k - 1; j >= Math.max(0, k - 12); j--) {
                if (CLAUSE_END.contains(toks.get(j).text())) {
                    return null;
                }
                if (toks.get(j).isPos("VERB") && !inMention(j)) {
                    v = j;
                    break;
                }
            }
            if (v < 0) {
                return null;
            }
            for (Mention m : ms) {
                if (m.first() <= v || m.last() > k || m.actor().type() == ActorType.PLACE) {
                    continue;
                }
                String g = governorFrom(m, v + 1);
                if (g == null) {
                    g = nounGovernor(m, v + 1);
                }
                if ("à".equals(g) || "to".equals(g)) {
                    return m;
                }
            }
            return null;
        }

        boolean verbBetween(int from, int to, Set<String> preps) {
            if (preps.contains("between") || preps.contains("entre")) {
                return false;
            }
            for (int k = from; k < to; k++) {
                Token tok = toks.get(k);
                if (overVerb && k - from <= 3 && (tok.isPos("VERB") || tok.isPos("AUX"))) {
                    continue;
                }
                if (lex.cue("aiming", tok.lower()) && k - from <= 3 && !preps.isEmpty()) {
                    continue;
                }
                if (tok.isPos("VERB") && !inMention(k) && !objectNoun(tok) && !participleWithAgent(k)) {
                    // An infinitive complement keeps the frame: "threatened to invade X", "menacé d'envahir X".
                    String before = k > 0 ? toks.get(k - 1).lower() : "";
                    boolean complement = before.equals("to") || before.equals("de") || before.equals("d'")
                            || before.equals("d\u2019");
                    if (!complement || k - from > 4) {
                        return true;
                    }
                }
            }
            return false;
        }

    }
}
