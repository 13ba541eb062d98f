package org.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.actors.Actor;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorType;
import org.entente.actors.Mention;
import org.entente.actors.OfficeHolders;
import org.entente.actors.PhraseIndex;
import org.entente.actors.Tsv;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/**
 * Who the words without a name stand for, one article at a time, read in text order: subject pronouns
 * ("He/They/Il/Ils … urged") take the subject of a recent sentence; "We"/"I"/"Nous" take the government
 * that issued the article (its {@code source}, through {@code actors/sources.tsv}) or the governments a
 * statement opens with ("We, the Governments of X and Y, …"), and inside a quotation attributed in its sentence
 * ("'We will …,' X said", "« Nous … », a déclaré X") the quoted speaker; a subject pronoun right after a
 * speech verb ("X said it would …") that verb's subject; a role noun without a name ("the
 * President", "the Prime Minister", "le président") takes the person last named who holds that office
 * at the article's date, else the issuing country's holder; a plural one ("the foreign ministers") all
 * the holders of that office named so far; an object "him/her" the last person other than the subject; a French
 * dative clitic "lui" before its verb the last actor named that is not that verb's subject; "ce pays" / "le pays"
 * / "the country" with nothing restricting it the country it takes up (the topic country, else the one named last).
 * The result is extra mentions for the extractor, marked as such (they never reach the article's
 * recognised mentions). Not thread-safe: one instance per article.
 */
final class Discourse {
    /** How many earlier sentences a pronoun may reach back. */
    private static final int REACH = 3;

    private final ActorDictionary dict;
    private final TriggerLexicon lex;
    private final String lang;
    private final LocalDate date;
    /** The government that issued the article, or null (news outlets, unknown sources). */
    private final Actor issuer;
    /** Subjects of the sentences seen so far: sentence index → actors. */
    private final List<Subject> subjects = new ArrayList<>();
    /** People named so far, most recent last, with the office their mention gave. */
    private final List<Mention> people = new ArrayList<>();
    /** "We, the Governments of X, Y and Z": the speakers of a joint statement. */
    private List<Actor> speakers;
    /** The last country named, and in which sentence. */
    private Actor lastCountry;
    private int lastCountrySentence = -100;
    /** The single-actor mentions of the previous sentence (no places), in order. */
    private List<Mention> previousMentions = List.of();
    /** The last actor mention of the previous sentence, or null, with that sentence's index. */
    private Mention lastMention;
    private int lastMentionSentence = -2;
    /** The mentions this class made up. */
    private final Map<Mention, Boolean> synthetic = new IdentityHashMap<>();

    private record Subject(int sentence, List<Actor> actors) {
    }

    Discourse(ActorDictionary dict, TriggerLexicon lex, String lang, LocalDate date, Actor issuer) {
        this.dict = dict;
        this.lex = lex;
        this.lang = lang;
        this.date = date;
        this.issuer = issuer;
    }

    boolean isSynthetic(Mention m) {
        return synthetic.containsKey(m);
    }

    /** The sentence's mentions with those for its pronouns and bare role nouns added, in token order. */
    List<Mention> resolve(Sentence s, List<Mention> ms) {
        List<Token> toks = s.tokens();
        List<Mention> out = new ArrayList<>(ms);
        if (lex == null) {
            return out;
        }
        jointSpeakers(s, ms);
        boolean[] quoted = quoted(toks);
        Mention quoteSpeaker = quoteSpeaker(toks, ms, quoted);
        // The sentence as the role lexicon reads it, in words and in lemmas: built on first need, once.
        PhraseIndex.Text text = null;
        List<Token> lemmas = null;
        PhraseIndex.Text lemmaText = null;
        for (int i = 0; i < toks.size(); i++) {
            if (covered(out, i)) {
                continue;
            }
            Token t = toks.get(i);
            String w = t.lower();
            List<Actor> who = null;
            int end = i + 1;
            String office = null;
            Actor officeOf = null;
            Mention reporter = lex.cue("pronoun_reported", w) ? reportingSubject(toks, out, i) : null;
            if (reporter != null) {
                // "Germany said it would send tanks", "la France a annoncé qu'elle allait …": the one who said so.
                who = reporter.actors();
            } else if (quoted[i] && quoteSpeaker != null && (lex.cue("pronoun_speaker", w) || lex.cue("pronoun_quoted", w))
                    && (i == 0 || !toks.get(i - 1).text().equals("'"))) {
                // "« Nous soutiendrons l'Ukraine », a déclaré X": the quoted speaker, not the publisher.
                who = quoteSpeaker.actors();
            } else if (lex.cue("pronoun_speaker", w) && (i == 0 || !toks.get(i - 1).text().equals("'"))) {
                who = speakers != null ? speakers : issuer != null ? List.of(issuer) : null;
            } else if (lex.cue("pronoun_singular", w) && !impersonal(toks, i)) {
                who = singular(s.index(), lex.cue("pronoun_person", w));
            } else if (lex.cue("pronoun_plural", w) && !impersonal(toks, i)) {
                who = plural(s.index());
            } else if (lex.cue("latter", w) && i > 0 && lex.cue("latter_det", toks.get(i - 1).lower())
                    && !covered(out, i - 1) && (i + 1 >= toks.size() || !(toks.get(i + 1).isPos("NOUN")
                    || toks.get(i + 1).isPos("ADJ") || toks.get(i + 1).isPos("PROPN") || toks.get(i + 1).isPos("NUM")))) {
                // "Cette dernière", "ce dernier" (the latter): the last actor named before it.
                who = latter(s.index(), out, i - 1);
                if (who != null) {
                    i--;
                    t = toks.get(i);
                }
            } else if (lex.cue("country_anaphor", w) && i > 0 && lex.cue("country_anaphor_det", toks.get(i - 1).lower())
                    && !covered(out, i - 1) && bareNoun(toks, i)) {
                // "ce pays a menacé", "reproche au pays", "the country said": the country named last.
                who = lastCountry(s.index(), out, toks, i);
            } else if (lex.cue("pronoun_object", w)) {
                who = lastPersonBefore(out, toks, i);
            } else if (lex.cue("object_clitic_dative", w) && i + 1 < toks.size()
                    && (toks.get(i + 1).isPos("VERB") || toks.get(i + 1).isPos("AUX"))
                    && (i == 0 || !(toks.get(i - 1).isPos("ADP") || toks.get(i - 1).lower().equals("à")))) {
                // Not after a preposition: "quant à lui", "selon lui" are no clitics.
                // "L'Équateur lui a accordé l'asile": the last actor named before it that is not its verb's subject.
                who = lastObjectBefore(s.index(), out, toks, i);
            } else if (i > 0 && lex.cue("definite", toks.get(i - 1).lower())) {
                if (text == null) {
                    text = new PhraseIndex.Text(toks);
                }
                PhraseIndex.Match<ActorDictionary.Role> r = dict.roles(lang).longestAt(text, toks, i);
                if (r == null) {
                    // A plural role noun: "the foreign ministers", "les ministres".
                    if (lemmas == null) {
                        lemmas = toks.stream().map(x -> new Token(x.lemma(), x.start(), x.end(), x.pos(), x.lemma())).toList();
                        lemmaText = new PhraseIndex.Text(lemmas);
                    }
                    r = dict.roles(lang).longestAt(lemmaText, lemmas, i);
                }
                if (r != null && bare(toks, r.last(), out)) {
                    end = r.last();
                    ActorDictionary.Role role = r.entries().get(0).value();
                    if (plural(toks.get(end - 1))) {
                        who = holdersNamed(role.office());
                    } else {
                        Mention holder = holderNamed(role.office());
                        if (holder != null) {
                            who = List.of(holder.actor());
                            office = role.office();
                            officeOf = holder.officeOf() != null ? holder.officeOf() : termOf(holder.actor(), role.office());
                        } else if (issuer != null) {
                            Optional<OfficeHolders.Term> h = dict.holders().holder(role.office(), issuer.qid(), date);
                            if (h.isPresent()) {
                                who = List.of(h.get().person());
                                office = role.office();
                                officeOf = issuer;
                            }
                        }
                    }
                }
            }
            if (who != null && !who.isEmpty()) {
                Mention m = new Mention(s.index(), i, end, t.start(), toks.get(end - 1).end(), who,
                        who.size() > 1 ? Mention.Kind.GROUP : Mention.Kind.ROLE, office, officeOf);
                synthetic.put(m, Boolean.TRUE);
                out.add(m);
                i = end - 1;
            }
        }
        out.sort(Comparator.comparingInt(Mention::first));
        return out;
    }

    /** After a sentence: remember its people and its subject (the first mention no preposition governs, before the verb). */
    void record(Sentence s, List<Mention> ms, List<Actor> subject) {
        Mention last = null;
        for (Mention m : ms) {
            if (m.actors().size() == 1 && m.actor().type() != ActorType.PLACE && (last == null || m.first() > last.first())) {
                last = m;
            }
        }
        lastMention = last;
        lastMentionSentence = s.index();
        for (Mention m : ms) {
            if (namedCountry(m)) {
                lastCountry = m.actor();
                lastCountrySentence = s.index();
            }
        }
        previousMentions = ms.stream()
                .filter(m -> m.actors().size() == 1 && m.actor().type() != ActorType.PLACE && !synthetic.containsKey(m)
                        && !modifier(m, s.tokens()))
                .toList();
        for (Mention m : ms) {
            if (m.actors().size() == 1 && m.actor().type() == ActorType.PERSON) {
                people.add(m);
            }
        }
        if (subject != null && !subject.isEmpty()) {
            subjects.add(new Subject(s.index(), subject));
        }
    }

    /** "We, the Governments of France, Germany and the United States, welcome …": those governments speak. */
    private void jointSpeakers(Sentence s, List<Mention> ms) {
        List<Token> toks = s.tokens();
        if (toks.size() < 4 || !lex.cue("pronoun_speaker", toks.get(0).lower()) || !toks.get(1).text().equals(",")) {
            return;
        }
        List<Actor> found = new ArrayList<>();
        for (Mention m : ms) {
            if (m.first() > 1 && m.first() < 25 && m.actor().type() == ActorType.COUNTRY) {
                found.addAll(m.actors());
            }
        }
        if (found.size() >= 2) {
            speakers = found;
        }
    }

    /** Which tokens stand between quotation marks ("…", “…”, «…»); the marks themselves do not. */
    private static boolean[] quoted(List<Token> toks) {
        boolean[] in = new boolean[toks.size()];
        boolean open = false;
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i).text();
            if (t.equals("\"")) {
                open = !open;
            } else if (t.equals("\u201c") || t.equals("\u00ab")) {
                open = true;
            } else if (t.equals("\u201d") || t.equals("\u00bb")) {
                open = false;
            } else {
                in[i] = open;
            }
        }
        return in;
    }

    /**
     * The speaker a quotation is attributed to in its sentence: a speech verb (cue {@code speech}) within
     * three words after the closing mark with an actor named next to it ("…", X said; «…», a déclaré X;
     * "…", said X), or a speech verb right before the opening mark with its subject before it (X said: "…").
     * Null when the sentence has no quotation or no such attribution.
     */
    private Mention quoteSpeaker(List<Token> toks, List<Mention> ms, boolean[] quoted) {
        int firstIn = -1;
        int lastIn = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (quoted[i]) {
                firstIn = firstIn < 0 ? i : firstIn;
                lastIn = i;
            }
        }
        if (firstIn < 0) {
            return null;
        }
        for (int v = lastIn + 2; v < Math.min(toks.size(), lastIn + 6); v++) {
            if (quoted[v] || !lex.verbCue("speech", toks.get(v))) {
                continue;
            }
            // "…", X said / "…", said X / «…», a déclaré X.
            for (Mention m : ms) {
                boolean before = m.first() > lastIn && m.last() <= v;
                boolean after = m.first() > v && (m.first() - v <= 3 || m.first() - v <= 8 && nounPhraseBetween(toks, v + 1, m.first()));
                if ((before || after) && m.actor().type() != ActorType.PLACE) {
                    return m;
                }
            }
        }
        for (int v = firstIn - 2; v >= Math.max(0, firstIn - 4); v--) {
            if (lex.verbCue("speech", toks.get(v))) {
                // X said: "…" / X a déclaré : « … ».
                Mention best = null;
                for (Mention m : ms) {
                    if (m.last() <= v && v - m.last() <= 4 && m.actor().type() != ActorType.PLACE) {
                        best = m;
                    }
                }
                return best;
            }
        }
        return null;
    }

    /**
     * The subject of a speech verb right before a pronoun ("X said (that) it …", "X a annoncé qu'il …"): a
     * mention ending just before the verb (auxiliaries and adverbs between). "He/she/il" need a person,
     * "it" anything but a person. Null otherwise.
     */
    private Mention reportingSubject(List<Token> toks, List<Mention> ms, int i) {
        int k = i - 1;
        if (k >= 0 && lex.cue("complementizer", toks.get(k).lower())) {
            k--;
        }
        if (k < 1 || !lex.verbCue("speech", toks.get(k))) {
            return null;
        }
        k--;
        while (k > 0 && (toks.get(k).isPos("AUX") || toks.get(k).isPos("ADV"))) {
            k--;
        }
        for (Mention m : ms) {
            if (m.last() == k + 1 && m.actor().type() != ActorType.PLACE) {
                String w = toks.get(i).lower();
                boolean person = m.actors().size() == 1 && m.actor().type() == ActorType.PERSON;
                if (lex.cue("pronoun_person", w) && !person || w.equals("it") && person) {
                    return null;
                }
                return m;
            }
        }
        return null;
    }

    /**
     * Only the words of a noun phrase between two tokens: "a déclaré un haut responsable de [X]", "said a senior
     * official of [X]" (the official speaks for X).
     */
    private static boolean nounPhraseBetween(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (!(t.isPos("DET") || t.isPos("NOUN") || t.isPos("ADJ") || t.isPos("ADP") || t.isPos("ADP+DET"))) {
                return false;
            }
        }
        return true;
    }

    /** French "il y a", "il faut", "il s'agit", "il est + adjective": no referent. */
    private boolean impersonal(List<Token> toks, int i) {
        if (i + 1 >= toks.size()) {
            return true;
        }
        Token next = toks.get(i + 1);
        if (lex.cue("impersonal_after", next.lower()) || lex.cue("impersonal_after", next.lemma())) {
            return true;
        }
        return i + 2 < toks.size() && (next.lemma().equals("être") || next.lemma().equals("be"))
                && toks.get(i + 2).isPos("ADJ");
    }

    /** The latest single subject (a person for "he/she"), at most {@link #REACH} sentences back. */
    private List<Actor> singular(int sentence, boolean personOnly) {
        for (int k = subjects.size() - 1; k >= 0; k--) {
            Subject sub = subjects.get(k);
            if (sentence - sub.sentence > REACH) {
                break;
            }
            if (sub.actors.size() == 1) {
                Actor a = sub.actors.get(0);
                if (a.type() == ActorType.PLACE) {
                    continue;
                }
                if (personOnly && a.type() != ActorType.PERSON) {
                    continue;
                }
                return sub.actors;
            }
        }
        return null;
    }

    /** The latest subject of several actors (or an armed group, which is plural), at most {@link #REACH} back. */
    private List<Actor> plural(int sentence) {
        for (int k = subjects.size() - 1; k >= 0; k--) {
            Subject sub = subjects.get(k);
            if (sentence - sub.sentence > REACH) {
                break;
            }
            if (sub.actors.size() >= 2 || sub.actors.get(0).type() == ActorType.GROUP) {
                return sub.actors;
            }
        }
        return null;
    }

    /**
     * "thanked him": the last person named before the pronoun, not the subject of its verb. That subject is
     * the person right before the verb ("…, and the President thanked him"), or, when the verb follows a
     * conjunction without a subject of its own, the sentence's first person ("X met Y and warned him": Y).
     */
    private List<Actor> lastPersonBefore(List<Mention> ms, List<Token> toks, int i) {
        Actor subject = null;
        int v = i - 1;
        while (v > 0 && (toks.get(v).isPos("AUX") || toks.get(v).isPos("ADV"))) {
            v--;
        }
        for (Mention m : ms) {
            if (m.last() <= i && m.actors().size() == 1 && m.actor().type() == ActorType.PERSON) {
                if (subject == null || m.last() == v) {
                    subject = m.actor();
                }
            }
        }
        List<Mention> all = new ArrayList<>(people);
        ms.stream().filter(m -> m.last() <= i).forEach(all::add);
        for (int k = all.size() - 1; k >= 0; k--) {
            Mention m = all.get(k);
            if (m.actors().size() == 1 && m.actor().type() == ActorType.PERSON && !m.actor().equals(subject)) {
                return List.of(m.actor());
            }
        }
        return null;
    }

    /**
     * A dative clitic ("lui") before its verb: the last single actor named before it, in its sentence or the one
     * before, that is not the subject of that verb (the mention right before the clitic, negation, adverbs,
     * commas and "qui" between). "La Chine a critiqué le Japon et lui a demandé …": Japan.
     */
    private List<Actor> lastObjectBefore(int sentence, List<Mention> ms, List<Token> toks, int i) {
        int v = i - 1;
        while (v >= 0 && (toks.get(v).isPos("ADV") || lex.cue("negation", toks.get(v).lower())
                || toks.get(v).text().equals(",") || toks.get(v).lower().equals("qui"))) {
            if (toks.get(v).text().equals(",")) {
                // "Le Qatar, qui soutient une désescalade, lui a demandé": skip the relative clause.
                for (int j = v - 1; j >= Math.max(0, v - 15); j--) {
                    if (toks.get(j).text().equals(",") && j + 1 < v && lex.cue("relative", toks.get(j + 1).lower())) {
                        v = j;
                        break;
                    }
                }
            }
            v--;
        }
        Actor subject = null;
        Mention last = null;
        for (Mention m : ms) {
            // Only what the text names: an inference ("du pays", another "lui") is no antecedent of another one.
            if (m.last() > i || m.actors().size() != 1 || m.actor().type() == ActorType.PLACE || modifier(m, toks)
                    || synthetic.containsKey(m) && m.last() != v + 1) {
                continue;
            }
            if (m.last() == v + 1) {
                subject = m.actor();
            } else if (last == null || m.first() > last.first()) {
                last = m;
            }
        }
        if (last != null && !last.actor().equals(subject)) {
            return List.of(last.actor());
        }
        if (last == null && lastMentionSentence == sentence - 1) {
            for (int k = previousMentions.size() - 1; k >= 0; k--) {
                if (!previousMentions.get(k).actor().equals(subject)) {
                    return List.of(previousMentions.get(k).actor());
                }
            }
        }
        return null;
    }

    /**
     * The country "ce pays" / "the country" stands for: as the subject opening a sentence, the latest subject
     * that was one country ({@link #REACH} sentences back at most); otherwise the last country named before it in
     * its sentence (not the subject opening it), else the previous sentence's subject if that was a country, else
     * the country named last in the {@link #REACH} sentences before.
     */
    private List<Actor> lastCountry(int sentence, List<Mention> ms, List<Token> toks, int i) {
        if (i <= 1) {
            // Opening its sentence it continues the topic: the latest subject that was one country.
            for (int k = subjects.size() - 1; k >= 0 && sentence - subjects.get(k).sentence <= REACH; k--) {
                Subject prev = subjects.get(k);
                if (prev.actors.size() == 1 && prev.actors.get(0).type() == ActorType.COUNTRY) {
                    return prev.actors;
                }
            }
        }
        // Inside its sentence ("stationnées dans le pays", "demanded that the country reverse"), not the subject
        // that opens the sentence.
        Actor found = null;
        Actor own = null;
        for (Mention m : ms) {
            if (m.last() <= i - 1 && opensSentence(m, toks)) {
                own = m.actor();
            } else if (m.last() <= i - 1 && namedCountry(m)) {
                found = m.actor();
            }
        }
        if (found == null && !subjects.isEmpty()) {
            // Else the previous sentence's subject when that was one country ("Lithuania allowed Taiwan … China
            // demanded that the country reverse …"), else the country named last.
            Subject prev = subjects.get(subjects.size() - 1);
            if (prev.sentence == sentence - 1 && prev.actors.size() == 1 && prev.actors.get(0).type() == ActorType.COUNTRY
                    && !prev.actors.get(0).equals(own)) {
                found = prev.actors.get(0);
            }
        }
        if (found == null && lastCountry != null && sentence - lastCountrySentence <= REACH && !lastCountry.equals(own)) {
            found = lastCountry;
        }
        return found == null ? null : List.of(found);
    }

    /** A mention with only determiners before it in its sentence. */
    private static boolean opensSentence(Mention m, List<Token> toks) {
        for (int k = 0; k < m.first(); k++) {
            if (!toks.get(k).isPos("DET")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A country named as such (name, capital, acronym), which "ce pays" can take up; a demonym modifying a noun
     * ("les troupes russes stationnées dans le pays") names the country of something else.
     */
    private static boolean namedCountry(Mention m) {
        return m.actors().size() == 1 && m.actor().type() == ActorType.COUNTRY && m.kind() != Mention.Kind.DEMONYM;
    }

    /** A noun with nothing that restricts it after it: no adjective, complement, name or restrictive relative. */
    private boolean bareNoun(List<Token> toks, int i) {
        if (i + 1 >= toks.size()) {
            return true;
        }
        Token next = toks.get(i + 1);
        String w = next.lower();
        if ((w.equals("de") || w.equals("d'") || w.equals("d\u2019")) && i + 2 < toks.size()
                && (toks.get(i + 2).isPos("VERB") || lex.cue("negation", toks.get(i + 2).lower()))) {
            // "reproche au pays de ne pas respecter …": an infinitive, not the noun's complement.
            return true;
        }
        return !(next.isPos("ADJ") || next.isPos("PROPN") || next.isPos("NUM") || lex.cue("member_of", w)
                || w.equals("of") || w.equals("que") || w.equals("qui") || w.equals("où") || w.equals("that")
                || w.equals("which") || w.equals("where") || w.equals("whose") || next.isPos("NOUN"));
    }

    /** A demonym modifying a noun ("les frappes américaines", "Iranian drones"): that thing's country, no one to talk to. */
    private boolean modifier(Mention m, List<Token> toks) {
        if (m.kind() != Mention.Kind.DEMONYM) {
            return false;
        }
        Token head = SentenceView.demonymHead(m, toks, lang.equals("fr"));
        return head != null && head.isPos("NOUN");
    }

    /** A mention made for a dative clitic ("lui") by {@link #resolve}. */
    boolean isClitic(Mention m, List<Token> toks) {
        return synthetic.containsKey(m) && m.last() - m.first() == 1
                && lex.cue("object_clitic_dative", toks.get(m.first()).lower());
    }

    /**
     * The actor "ce dernier" / "cette dernière" (the latter) stands for: the last single-actor mention (no
     * place) before token {@code i} in the sentence, else the last one of the sentence right before.
     */
    private List<Actor> latter(int sentence, List<Mention> ms, int i) {
        Mention last = null;
        for (Mention m : ms) {
            if (m.last() <= i && m.actors().size() == 1 && m.actor().type() != ActorType.PLACE) {
                last = m;
            }
        }
        if (last != null) {
            return List.of(last.actor());
        }
        return lastMention != null && lastMentionSentence == sentence - 1 ? List.of(lastMention.actor()) : null;
    }

    /** A role noun with no name, country or "of X" after it (those are the recogniser's), not in a mention. */
    private boolean bare(List<Token> toks, int end, List<Mention> ms) {
        if (covered(ms, end - 1)) {
            return false;
        }
        if (end < toks.size()) {
            Token next = toks.get(end);
            String w = next.lower();
            if (w.equals("of") || w.equals("de") || w.equals("du") || w.equals("d'") || w.equals("d\u2019")
                    || next.isPos("PROPN") || next.isPos("ADJ") && Character.isUpperCase(next.text().codePointAt(0))) {
                return false;
            }
            for (Mention m : ms) {
                if (m.first() == end) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean plural(Token t) {
        String w = t.lower();
        return w.endsWith("s") && !w.endsWith("ss") && !t.lemma().equals(w);
    }

    /** The person last named who holds {@code office} at the article's date (by the data, else by the mention's role). */
    private Mention holderNamed(String office) {
        for (int k = people.size() - 1; k >= 0; k--) {
            Mention m = people.get(k);
            if (termOf(m.actor(), office) != null) {
                return m;
            }
        }
        for (int k = people.size() - 1; k >= 0; k--) {
            Mention m = people.get(k);
            if (office.equals(m.office()) && m.officeOf() != null) {
                return m;
            }
        }
        return null;
    }

    /** All the people named so far holding {@code office}, when there are at least two. */
    private List<Actor> holdersNamed(String office) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : people) {
            boolean holds = office.equals(m.office()) || termOf(m.actor(), office) != null;
            if (holds && !out.contains(m.actor())) {
                out.add(m.actor());
            }
        }
        return out.size() >= 2 ? out : null;
    }

    private Actor termOf(Actor person, String office) {
        for (OfficeHolders.Term t : dict.holders().termsOf(person, date)) {
            if (t.office().equals(office)) {
                return dict.byQid(t.of());
            }
        }
        return null;
    }

    private static boolean covered(List<Mention> ms, int i) {
        for (Mention m : ms) {
            if (m.covers(i)) {
                return true;
            }
        }
        return false;
    }

    /** Source phrases of government publishers (actors/sources.tsv) → country, matched case-insensitively. */
    static final class Sources {
        private final Map<String, String> phraseToIso = new HashMap<>();
        private final Map<String, String> isoToQid = new HashMap<>();

        Sources() {
            for (Tsv.Row r : Tsv.resource("/entente/actors/sources.tsv", true)) {
                phraseToIso.put(r.get("phrase").toLowerCase(Locale.ROOT), r.get("iso2"));
            }
            for (Tsv.Row r : Tsv.resource("/entente/actors/countries.tsv", false)) {
                isoToQid.put(r.get("iso2"), r.get("wikidata"));
            }
        }

        /** The country whose government published an article from {@code source}, or null. */
        Actor issuer(String source, ActorDictionary dict) {
            if (source == null) {
                return null;
            }
            String s = source.toLowerCase(Locale.ROOT);
            String best = null;
            for (Map.Entry<String, String> e : phraseToIso.entrySet()) {
                if (s.contains(e.getKey()) && (best == null || e.getKey().length() > best.length())) {
                    best = e.getKey();
                }
            }
            if (best == null) {
                return null;
            }
            String qid = isoToQid.get(phraseToIso.get(best));
            return qid == null ? null : dict.byQid(qid);
        }
    }
}
