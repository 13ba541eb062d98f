package org.entente.actors;

import java.io.IOException;
import org.entente.Pipeline;
import org.entente.article.Article;
import org.entente.nlp.Sentence;

/**
 * Prints every linked actor mention of JSON Lines articles ("id", "text", "lang", "date") in text order,
 * in {@link MentionSample}'s format, for reading all mentions of a few articles (an article id prefix as
 * first argument, or "-" for all). Not a test: run it with the test class path, e.g.
 * {@code java -cp target/entente.jar:target/test-classes org.entente.actors.MentionList - fresh.jsonl}.
 */
public final class MentionList {
    private MentionList() {
    }

    public static void main(String[] args) throws IOException {
        String only = args[0];
        Pipeline p = Pipeline.builder().build();
        int count = 0;
        for (Article a : MentionSample.articles(java.util.List.of(args).subList(1, args.length))) {
            if (!only.equals("-") && !a.id().startsWith(only)) {
                continue;
            }
            var analysed = p.analyser().analyse(a);
            RecognisedArticle r = p.recogniser().recognise(analysed);
            System.out.println("== " + a.id() + " " + a.date());
            int lastSentence = -1;
            for (Mention m : r.mentions()) {
                if (m.sentence() != lastSentence) {
                    Sentence s = analysed.sentences().get(m.sentence());
                    System.out.println("  | " + s.text().strip());
                    lastSentence = m.sentence();
                }
                System.out.println("    " + (++count) + ". " + MentionSample.describe(a.text(), m));
            }
        }
        System.out.println(count + " linked mentions");
    }
}
