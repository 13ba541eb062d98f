package org.entente.extract;

import static org.entente.extract.RuleExtractor.CLAUSE_END;
import static org.entente.extract.RuleExtractor.stem;
import static org.entente.extract.RuleExtractor.stems;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.actors.Actor;
import org.entente.actors.ActorType;
import org.entente.actors.Mention;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/**
 * How one sentence reads, for the extraction rules: which tokens are in a mention, which preposition governs
 * a mention, where clauses end, which words are clitics, relative pronouns, possessive marks, speech verbs or
 * conjunctions, and which mentions are coordinated. Questions only: nothing here decides an event
 * ({@link RuleExtractor}'s rules do), and nothing changes once built. One instance per sentence.
 */
abstract class SentenceView {
    /** A French past participle left unlemmatised ("stationnés"): its stem. */
    private static final java.util.regex.Pattern FRENCH_PARTICIPLE = java.util.regex.Pattern.compile("(\\p{L}{3,})(?:é|ée|és|ées)");

    final Sentence s;
    final List<Token> toks;
    final List<Mention> ms;
    final TriggerLexicon lex;
    final boolean french;
    final Discourse discourse;

    SentenceView(Sentence s, List<Mention> ms, TriggerLexicon lex, boolean french, Discourse discourse) {
        this.s = s;
        this.toks = s.tokens();
        this.ms = ms;
        this.lex = lex;
        this.french = french;
        this.discourse = discourse;
    }

    /** An organisation, alliance or format that other actors can be members of. */
    boolean isWhole(Mention m) {
        ActorType t = m.actor().type();
        return m.actors().size() == 1 && (t == ActorType.ORGANISATION || t == ActorType.FORMAT);
    }

    Mention mentionAt(int k) {
        for (Mention m : ms) {
            if (m.first() == k) {
                return m;
            }
        }
        return null;
    }

    /** The mention ending at most {@code gap} tokens before {@code k}, with only punctuation/"and" between. */
    Mention mentionEndingBefore(int k, int gap) {
        Mention best = null;
        for (Mention m : ms) {
            if (m.last() <= k && k - m.last() <= gap && (best == null || m.last() > best.last())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        for (int j = best.last(); j < k; j++) {
            Token tok = toks.get(j);
            if (!(tok.isPos("PUNCT") || tok.isPos("CCONJ") || tok.isPos("DET") || tok.isPos("AUX")
                    || tok.lemma().equals("be") || tok.lemma().equals("être") || lex.cue("member_noun", tok.lemma())
                    || tok.isPos("ADJ"))) {
                return null;
            }
        }
        return best;
    }

    /** "X, a member of", "X is a member of", "X est membre de", "X, pays membre de". */
    boolean copulaOrApposition(int from, int to) {
        for (int j = from; j < to; j++) {
            Token tok = toks.get(j);
            if (tok.text().equals(",") || tok.lemma().equals("be") || tok.lemma().equals("être")
                    || tok.lemma().equals("become") || tok.lemma().equals("devenir")) {
                return true;
            }
        }
        return from == to;
    }

    boolean inMention(int i) {
        for (Mention m : ms) {
            if (m.covers(i)) {
                return true;
            }
        }
        return false;
    }

    /** The token's lemma, then (English) the forms a missed lemmatisation leaves: "condemned" → "condemn". */
    List<String> lemmas(Token tok) {
        String l = tok.lemma();
        if (french) {
            // A participle the lemmatiser left as it is: "stationnés" → "stationné" → "stationner".
            java.util.regex.Matcher pp = FRENCH_PARTICIPLE.matcher(l);
            if (nounAsVerb(tok)) {
                // "X, …, aide financièrement Y": a present-tense verb the tagger read as a noun.
                return List.of(l + "r", l);
            }
            return pp.matches() && tok.isPos("VERB") ? List.of(l, pp.group(1) + "er") : List.of(l);
        }
        if (l.equals(tok.lower())) {
            return stems(l);
        }
        // A lemma the lemmatiser got wrong ("expelled" → "expelle"): the word's own stems too.
        List<String> out = new ArrayList<>(List.of(l));
        for (String st : stems(tok.lower())) {
            if (!out.contains(st)) {
                out.add(st);
            }
        }
        return out;
    }

    /**
     * A French infinitive the tagger read as a noun ("sur le point de vaincre X"): the word is its own
     * verb lemma (-er, -ir, -re) right after an infinitive mark ("de", "à", "pour").
     */
    boolean infinitiveAsNoun(Token tok) {
        int k = toks.indexOf(tok);
        String w = tok.lower();
        return french && k > 0 && tok.isPos("NOUN") && w.equals(tok.lemma())
                && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re")) && infinitive(k);
    }

    /**
     * A French first-group verb in the present the tagger read as a noun: it ends in "e" like its noun lemma,
     * no determiner, preposition or adjective before it (a comma, a pronoun or a name) and an adverb in
     * "-ment" right after it, which a noun does not take ("…, aide financièrement les séparatistes").
     */
    boolean nounAsVerb(Token tok) {
        int k = toks.indexOf(tok);
        if (!french || !tok.isPos("NOUN") || k < 1 || k + 1 >= toks.size() || !tok.lemma().endsWith("e")) {
            return false;
        }
        Token prev = toks.get(k - 1);
        Token next = toks.get(k + 1);
        boolean bare = prev.text().equals(",") || prev.isPos("PRON") || inMention(k - 1);
        return bare && next.isPos("ADV") && next.lower().endsWith("ment");
    }

    /** A mistagged participle in a fronted participle clause with its agent: "Soutenus par X, …". */
    boolean openingParticiple(Token tok) {
        int k = toks.indexOf(tok);
        return k >= 0 && mistaggedParticiple(k) && frontedParticiple(k) && byRightAfter(k + 1);
    }

    /** A word right after a name with its possessive glued on ("Canada's support"): a noun, whatever its tag. */
    boolean afterGluedPossessive(Token tok) {
        int k = toks.indexOf(tok);
        if (french || k < 1) {
            return false;
        }
        String prev = toks.get(k - 1).lower();
        return prev.length() > 2 && (prev.endsWith("'s") || prev.endsWith("\u2019s"));
    }

    /** An English plural noun the tagger read as a verb: after a determiner, or before "by" ("attacks by X"). */
    boolean verbAsNoun(Token tok) {
        int k = toks.indexOf(tok);
        if (french || !tok.isPos("VERB") || k < 0 || !tok.lower().endsWith("s") || tok.lower().endsWith("ss")) {
            return false;
        }
        Token prev = k > 0 ? toks.get(k - 1) : null;
        Token next = k + 1 < toks.size() ? toks.get(k + 1) : null;
        return prev != null && (prev.isPos("DET") || isPossessiveMark(prev) || afterGluedPossessive(tok))
                || next != null && next.lower().equals("by");
    }

    boolean followedBy(int from, Set<String> lemmas, int window) {
        for (int k = from; k < Math.min(toks.size(), from + window); k++) {
            // Lemmas, and an English plural the lemmatiser left as it is ("troops").
            for (String l : lemmas(toks.get(k))) {
                if (lemmas.contains(l)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** French "se"/"s'" within three tokens before the verb ("se sont entretenus", "s'est rendu"). */
    boolean reflexive(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String l = toks.get(k).lemma();
            if (l.equals("se")) {
                return true;
            }
            if (!(toks.get(k).isPos("AUX") || toks.get(k).isPos("ADV") || l.equals("ne") || cliticEnAt(k))) {
                return false;
            }
        }
        return false;
    }

    /** The clitic "en" within three tokens before the verb ("s'en est pris", "s'en prend"). */
    boolean cliticEn(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (cliticEnAt(k)) {
                return true;
            }
        }
        return false;
    }

    boolean cliticEnAt(int k) {
        return french && toks.get(k).lower().equals("en") && k > 0 && toks.get(k - 1).lemma().equals("se");
    }

    /** "not", "n't", "never" just before; French "ne … pas/jamais/plus/aucun" around the verb. */
    boolean negated(int ts, int te) {
        for (int k = Math.max(0, ts - 4); k < ts; k++) {
            if (lex.cue("negation", toks.get(k).lemma())) {
                return true;
            }
        }
        for (int k = te; k < Math.min(toks.size(), te + 2); k++) {
            if (lex.cue("negation_after", toks.get(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** "if", "si", "unless" earlier in the clause. */
    boolean hypothetical(int ts) {
        for (int k = ts - 1; k >= 0; k--) {
            String l = toks.get(k).lemma();
            if (CLAUSE_END.contains(l)) {
                return false;
            }
            if (lex.cue("hypothetical", l)) {
                return true;
            }
        }
        return false;
    }

    /** "possible", "draft", "éventuel", "projet d'" within three tokens before or two after the noun. */
    boolean unrealised(int ts, int te) {
        for (int k = Math.max(0, ts - 3); k < Math.min(toks.size(), te + 2); k++) {
            if (k != ts && (lex.cue("unrealised", toks.get(k).lower()) || lex.cue("unrealised", toks.get(k).lemma()))) {
                return true;
            }
        }
        return false;
    }

    /** An English verb in a past form ("joined", "met"): neither its lemma, nor -ing, nor -s. */
    boolean pastVerb(Token tok) {
        String w = tok.lower();
        return !french && tok.isPos("VERB") && !w.equals(tok.lemma()) && !w.endsWith("ing")
                && !(w.endsWith("s") && w.startsWith(tok.lemma()));
    }

    /** French simple future or conditional ("rencontrera", "signeront", "rencontrerait"): -ra/-ront/-rait… and not the lemma. */
    boolean futureTense(Token tok) {
        String w = tok.lower();
        return tok.isPos("VERB") && !w.equals(tok.lemma())
                && (w.endsWith("ra") || w.endsWith("ront") || w.endsWith("rons") || w.endsWith("rez") || w.endsWith("rai")
                // The conditional, future of reported speech: "a déclaré qu'il rencontrerait X".
                || w.endsWith("rait") || w.endsWith("raient"));
    }

    /**
     * "est intervenue", "sont arrivés", "sont stationnés": a French verb without a direct object takes "être"
     * as its auxiliary in the active (no "été", which only a passive has).
     */
    boolean etreCompound(int ts) {
        for (int k = ts - 1; k >= Math.max(0, ts - 3); k--) {
            if (toks.get(k).lower().equals("été")) {
                return false;
            }
        }
        return true;
    }

    boolean participle(Token tok) {
        String w = tok.lower();
        return french ? !w.equals(tok.lemma()) && !futureTense(tok) && w.matches(".*(é|ée|és|ées|u|ue|us|ues|i|is|ie|ies|it|its)")
                : w.endsWith("ed") || w.endsWith("en");
    }

    /**
     * A participle opening the sentence, with only adverbs and other coordinated participles before it:
     * "Soutenus par X, …", "Largement financés et armés par X, …", "Backed by X, …".
     */
    boolean frontedParticiple(int ts) {
        for (int k = 0; k < ts; k++) {
            Token tok = toks.get(k);
            boolean ok = !inMention(k) && (tok.isPos("ADV") || tok.isPos("CCONJ") && k > 0
                    || tok.isPos("VERB") && participle(tok) || mistaggedParticiple(k));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A French past participle the tagger read as an adjective or, capitalised at the start of the sentence,
     * as a proper noun ("Soutenus par X", "financés et armés par X"): its lemma is a verb's.
     */
    boolean mistaggedParticiple(int k) {
        Token tok = toks.get(k);
        String l = tok.lemma();
        return french && (tok.isPos("ADJ") || tok.isPos("PROPN") && k == 0) && participle(tok)
                && (l.endsWith("er") || l.endsWith("ir") || l.endsWith("re"));
    }

    /**
     * "by/par" right after the participle, or after one adverb ("backed openly by"): a reduced passive. In
     * "Scholz welcomed the decision by Sweden" the "by" phrase belongs to the object noun, and the verb is active.
     */
    boolean byRightAfter(int te) {
        int k = te;
        if (k < toks.size() && toks.get(k).isPos("ADV")) {
            k++;
        }
        return k < toks.size() && (toks.get(k).lower().equals("by") || toks.get(k).lower().equals("par"));
    }

    /** The preposition governing a mention: the first non-determiner, non-adjective word before it. */
    String governor(Mention m) {
        return governorFrom(m, 0);
    }

    /** As {@link #governor(Mention)}, looking no further back than token {@code from}. */
    String governorFrom(Mention m, int from) {
        return governorBefore(titleBefore(m, from), from);
    }

    /** The preposition governing the phrase that starts at token title (determiners skipped), else null. */
    String governorBefore(int title, int from) {
        int reach = title - 3;
        for (int k = title - 1; k >= from && k >= reach; k--) {
            Token tok = toks.get(k);
            if (tok.isPos("DET") || tok.isPos("NUM") || tok.lower().equals("the")
                    || lex.cue("determiner", tok.lower())) {
                continue;
            }
            if (lex.cue("region", tok.lower())) {
                // "in northern Syria", "in the north of Syria", "dans le nord de la Syrie": the place's preposition.
                reach = Math.min(reach, k - 3);
                continue;
            }
            if (lex.cue("member_of", tok.lower()) && regionBefore(k, from)) {
                reach = Math.min(reach, k - 4);
                continue;
            }
            if ((tok.isPos("ADP") || tok.isPos("ADP+DET") || lex.cue("preposition", tok.lemma()))
                    && tok.lower().codePoints().anyMatch(Character::isLetter)) {
                return tok.lemma();
            }
            return null;
        }
        return null;
    }

    /**
     * Where a person's name begins with the common-noun title before it, for the preposition that governs
     * both: "au fondateur de WikiLeaks X", "à l'opposant X", "to dissident X". The title is adjectives, a
     * noun, adjectives, and in French a "de" + proper noun complement ("fondateur de WikiLeaks"); none of
     * it in a mention. Else (no title, or not a person) the mention's first token.
     */
    int titleBefore(Mention m, int from) {
        if (m.actor().type() != ActorType.PERSON || m.kind() == Mention.Kind.ROLE) {
            return m.first();
        }
        int k = m.first() - 1;
        if (french) {
            int j = k;
            while (j >= from && toks.get(j).isPos("PROPN") && !inMention(j)) {
                j--;
            }
            if (j < k && j >= from && toks.get(j).lemma().equals("de")) {
                k = j - 1;
            }
        }
        while (k >= from && toks.get(k).isPos("ADJ") && !inMention(k)) {
            k--;
        }
        if (k < from || !toks.get(k).isPos("NOUN") || inMention(k) || !toks.get(k).lower().equals(toks.get(k).text())) {
            return m.first();
        }
        k--;
        while (k >= from && toks.get(k).isPos("ADJ") && !inMention(k)) {
            k--;
        }
        return k + 1;
    }

    /** A region noun ("north", "nord", "région") right before token k, with only determiners between. */
    boolean regionBefore(int k, int from) {
        for (int j = k - 1; j >= from && j >= k - 3; j--) {
            Token tok = toks.get(j);
            if (lex.cue("region", tok.lower())) {
                return true;
            }
            if (!(tok.isPos("DET") || tok.isPos("ADJ"))) {
                return false;
            }
        }
        return false;
    }

    /** "c'est X (…) qui", "ce sont X qui", "it was X who": a cleft that puts X first, whatever stands between. */
    boolean cleft(Mention m) {
        int k = m.first() - 1;
        while (k >= 0 && (toks.get(k).isPos("DET") || toks.get(k).isPos("ADV"))) {
            k--;
        }
        return k >= 1 && lex.cue("cleft", toks.get(k - 1).lower() + " " + toks.get(k).lower());
    }

    boolean cueLemma(String cue, Token tok) {
        for (String l : lemmas(tok)) {
            if (lex.cue(cue, l)) {
                return true;
            }
        }
        return lex.cue(cue, tok.lower());
    }

    /** A participle with its "by/par" agent right after it ("imposed by", "fournie par"): a reduced relative. */
    boolean participleWithAgent(int k) {
        return toks.get(k).isPos("VERB") && k + 1 < toks.size()
                && (toks.get(k + 1).lower().equals("by") || toks.get(k + 1).lower().equals("par"));
    }

    /** A French object clitic ("le", "la", "l'", "les", "lui", "leur") right before a verb or its auxiliary. */
    boolean objectClitic(int k) {
        if (!french || k + 1 >= toks.size() || inMention(k) && !cliticAt(k)) {
            return false;
        }
        Token next = toks.get(k + 1);
        return lex.cue("object_clitic", toks.get(k).lower()) && (next.isPos("VERB") || next.isPos("AUX"));
    }

    /** A mention Discourse made for a dative clitic ("lui") at token k. */
    boolean cliticAt(int k) {
        Mention m = mentionAt(k);
        return m != null && discourse.isClitic(m, toks);
    }

    /** The dative clitic right before a verb ("lui a accordé", "ne lui a pas demandé"): its mention, else null. */
    Mention cliticBefore(int ts) {
        int k = ts - 1;
        while (k >= 0 && (toks.get(k).isPos("AUX") || toks.get(k).isPos("ADV") || lex.cue("negation", toks.get(k).lower()))
                && !inMention(k)) {
            k--;
        }
        return k >= 0 && cliticAt(k) ? mentionAt(k) : null;
    }

    /** "lui a accordé l'asile", "lui a apporté son soutien": the clitic before the noun's light verb. */
    Mention lightVerbClitic(int ts) {
        for (int k = ts - 1; k >= Math.max(0, ts - 4); k--) {
            Token tok = toks.get(k);
            if (tok.isPos("VERB") && lightVerb(tok)) {
                return cliticBefore(k);
            }
            if (inMention(k) || CLAUSE_END.contains(tok.text())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The object pronoun of a second predicate that shares its subject with the first: "et les a accusés",
     * "and accused it of": a clitic between the conjunction and the verb (French), "it/them" right after it.
     */
    boolean objectPronoun(int ts, int te) {
        if (french) {
            for (int k = ts - 1; k >= Math.max(0, ts - 3); k--) {
                if (objectClitic(k)) {
                    return true;
                }
            }
            return false;
        }
        return te < toks.size() && lex.cue("object_pronoun", toks.get(te).lower());
    }

    /**
     * A mention inside a relative clause set off by commas that closes before ts: "L'Inde, dont le Premier
     * ministre a rencontré X, a critiqué la Chine" (X is not the agent of "critiqué").
     */
    boolean insideClosedRelative(Mention m, int ts) {
        int open = -1;
        for (int j = m.first() - 1; j >= 0; j--) {
            if (toks.get(j).text().equals(",")) {
                open = j;
                break;
            }
        }
        if (open < 0 || open + 1 >= toks.size()) {
            return false;
        }
        String w = toks.get(open + 1).lower();
        if (!isRelativeWord(w)) {
            return false;
        }
        for (int j = m.last(); j < ts; j++) {
            if (toks.get(j).text().equals(",")) {
                // ", dont X, qui veut…": a comma opening another relative clause about X closes nothing.
                return !(j + 1 < toks.size() && isRelativeWord(toks.get(j + 1).lower()));
            }
        }
        return false;
    }

    boolean isRelativeWord(String w) {
        return w.equals("dont") || w.equals("qui") || w.equals("que") || w.equals("qu'") || w.equals("où")
                || w.equals("who") || w.equals("whose") || w.equals("which") || w.equals("whom")
                || lex.cue("relative", w);
    }

    /** The noun a demonym modifies: before it in French ("l'armée turque"), after it in English ("Turkish army"). */
    static Token demonymHead(Mention m, List<Token> toks, boolean french) {
        return french ? (m.first() > 0 ? toks.get(m.first() - 1) : null) : (m.last() < toks.size() ? toks.get(m.last()) : null);
    }

    /**
     * For a French demonym right after its noun, at or after token {@code from} ("au gouvernement italien", "sur
     * un navire américain"): the preposition governing that noun, else null.
     */
    String nounGovernor(Mention m, int from) {
        int head = m.first() - 1;
        return french && m.kind() == Mention.Kind.DEMONYM && head >= from && toks.get(head).isPos("NOUN")
                ? governorBefore(head, from) : null;
    }

    /**
     * A demonym acts for its state only as the state itself ("the Russians") or with a state organ
     * ("the Iraqi government", "l'armée turque"); "Iraqi militias", "le programme de missiles
     * américain" are someone else.
     */
    boolean demonymForState(Mention m) {
        if (m.kind() != Mention.Kind.DEMONYM) {
            return true;
        }
        Token head = demonymHead(m, toks, french);
        if (head == null || !(head.isPos("NOUN") || head.isPos("PROPN"))) {
            return true;
        }
        boolean organ = lex.cue("state_organ", head.lemma()) || lex.cue("state_organ", stem(head.lower()))
                || lex.cue("state_organ", head.lower());
        if (organ && french && m.first() >= 2) {
            // "l'armée turque", not "le programme de missiles américain" (the organ noun is a complement).
            Token before = toks.get(m.first() - 2);
            return !(before.isPos("ADP") || before.isPos("ADP+DET"));
        }
        return organ;
    }

    /** ", ce que Moscou dément", ", which Russia denies": a new clause after a comma ends an accusation's scope. */
    boolean scopeEnds(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (toks.get(k).text().equals(",") && lex.cue("scope_end", toks.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the infinitive after "de/d'/à/to" (with a reflexive "se" between). */
    boolean infinitive(int ts) {
        int k = ts - 1;
        if (k >= 0 && toks.get(k).lemma().equals("se")) {
            k--;
        }
        return k >= 0 && lex.cue("infinitive_mark", toks.get(k).lower());
    }

    boolean crossesClauseEnd(int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_END.contains(toks.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    boolean lightVerb(Token tok) {
        return lex.cue("light_verb", tok.lemma()) || lex.cue("light_verb", stem(tok.lower()));
    }

    boolean possessive(Mention m) {
        String last = toks.get(m.last() - 1).text();
        return last.endsWith("'s") || last.endsWith("\u2019s")
                || m.last() < toks.size() && isPossessiveMark(toks.get(m.last()));
    }

    boolean isPossessiveMark(Token tok) {
        String x = tok.text();
        return x.equals("'s") || x.equals("\u2019s") || x.equals("'") || x.equals("\u2019");
    }

    boolean onlyAdjectives(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!toks.get(k).isPos("ADJ")) {
                return false;
            }
        }
        return true;
    }

    boolean verbOrClauseEnd(int from, int to) {
        for (int k = from; k < to; k++) {
            Token tok = toks.get(k);
            if ((tok.isPos("VERB") || tok.isPos("AUX")) && !inMention(k) && !participleWithAgent(k)
                    || CLAUSE_END.contains(tok.text()) || tok.text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "including", "notably", "namely": a list word that stands alone after a comma (not "as", "like"). */
    boolean listOpener(String w) {
        return lex.cue("including", w) && !w.equals("as") && !w.equals("like") && !w.equals("such");
    }

    /** "and/et" (determiners between) right before the mention, after the trigger: it continues something else. */
    boolean afterConjunction(Mention m, int te) {
        int k = m.first() - 1;
        while (k >= te && toks.get(k).isPos("DET")) {
            k--;
        }
        return k >= te && lex.cue("conjunction", toks.get(k).lower()) && !toks.get(k).text().equals(",");
    }

    /** A demonym whose head noun is a military one ("Turkish soldiers", "des soldats turcs"). */
    boolean militaryHead(Mention m) {
        if (m.kind() != Mention.Kind.DEMONYM) {
            return false;
        }
        Token head = demonymHead(m, toks, french);
        return head != null && (lex.cue("military", head.lemma()) || lex.cue("military", stem(head.lower())));
    }

    /** "targeting"/"visant" right before the mention (determiners between), at most three words after the trigger. */
    boolean aimedAt(Mention m, int te) {
        int k = m.first() - 1;
        while (k >= te && toks.get(k).isPos("DET")) {
            k--;
        }
        return k >= te && k - te <= 3 && lex.cue("aiming", toks.get(k).lower());
    }

    /** ", X said", ", a déclaré X": a mention after a comma that a speech verb follows or precedes. */
    boolean attribution(Mention m) {
        if (m.first() < 1) {
            return false;
        }
        int c = m.first() - 1;
        while (c > 0 && (toks.get(c).isPos("DET") || toks.get(c).lower().equals("the"))) {
            c--;
        }
        boolean after = toks.get(c).text().equals(",") && m.last() < toks.size() && lex.verbCue("speech", toks.get(m.last()));
        int v = m.first() - 1;
        while (v > 0 && toks.get(v).isPos("DET")) {
            v--;
        }
        boolean before = v >= 2 && lex.verbCue("speech", toks.get(v)) && (toks.get(v - 1).text().equals(",")
                || toks.get(v - 1).isPos("AUX") && toks.get(v - 2).text().equals(","));
        return after || before;
    }

    boolean actNoun(String actCue, Token tok) {
        return lex.cue(actCue, tok.lemma()) || lex.cue(actCue, tok.lower()) || lex.cue(actCue, stem(tok.lower()));
    }

    /** Only adverbs, determiners and one preposition between the verb ending at te and token to. */
    boolean nextToVerb(int te, int to) {
        int preps = 0;
        for (int k = te; k < to; k++) {
            Token tok = toks.get(k);
            if (tok.isPos("ADP") || tok.isPos("ADP+DET") || lex.cue("member_of", tok.lower())) {
                preps++;
            } else if (!(tok.isPos("ADV") || tok.isPos("DET"))) {
                return false;
            }
        }
        return preps <= 1;
    }

    boolean openerBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.cue("clause_opener", toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The actors of m and of the mentions over the same tokens ("counterparts X, Y and Z" gives one per person). */
    List<Actor> sameSpan(Mention m) {
        List<Actor> out = new ArrayList<>();
        for (Mention o : ms) {
            if (o.first() == m.first() && o.last() == m.last()) {
                for (Actor a : o.actors()) {
                    if (!out.contains(a)) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /** A mention with those coordinated before it: "Poutine et Macron", "X, Y and Z". */
    List<Actor> coordinatedLeft(Mention m) {
        List<Actor> out = sameSpan(m);
        Mention cur = m;
        while (true) {
            Mention prev = null;
            for (Mention o : ms) {
                if (o.last() < cur.first() && (prev == null || o.last() > prev.last())) {
                    prev = o;
                }
            }
            if (prev == null || !conjunctionBetween(prev.last(), cur.first())) {
                break;
            }
            if (governor(prev) != null && governor(cur) == null && !conjunctionWordBetween(prev.last(), cur.first())
                    && cur.last() < toks.size() && (toks.get(cur.last()).isPos("VERB") || toks.get(cur.last()).isPos("AUX"))) {
                // "Following talks with X, Y flew to Rome": a comma after a prepositional phrase, then a clause's
                // subject and its verb ("of the United States, Japan, and …" stays one list).
                break;
            }
            out.addAll(0, sameSpan(prev));
            cur = prev;
        }
        return out;
    }

    List<Actor> coordinatedRight(Mention m) {
        List<Actor> out = sameSpan(m);
        Mention cur = m;
        while (true) {
            Mention next = null;
            for (Mention o : ms) {
                if (o.first() >= cur.last() && (next == null || o.first() < next.first())) {
                    next = o;
                }
            }
            if (next == null || !conjunctionBetween(cur.last(), next.first()) || attribution(next)) {
                break;
            }
            out.addAll(sameSpan(next));
            cur = next;
        }
        return out;
    }

    /** A conjunction word ("and", "et"), not just a comma, between two tokens. */
    boolean conjunctionWordBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).isPos("CCONJ")) {
                return true;
            }
        }
        return false;
    }

    /** Only "and/et/," and determiners or prepositions between two mentions. */
    boolean conjunctionBetween(int from, int to) {
        boolean conj = false;
        for (int k = from; k < to; k++) {
            Token tok = toks.get(k);
            if (lex.cue("conjunction", tok.lower())) {
                conj = true;
            } else if (!(tok.isPos("DET") || tok.isPos("ADP") || tok.isPos("ADP+DET")
                    || conj && lex.cue("possessive_pronoun", tok.lower()))) {
                // "X and his counterpart Y": the possessive after the conjunction is part of Y's phrase.

                return false;
            }
        }
        return conj && to - from <= 4;
    }
}
