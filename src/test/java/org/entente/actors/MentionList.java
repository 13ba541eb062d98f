package org.entente.actors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
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
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int count = 0;
        for (int f = 1; f < args.length; f++) {
            for (String line : Files.readAllLines(Path.of(args[f]))) {
                if (line.isBlank()) {
                    continue;
                }
                var o = json.readTree(line);
                String id = o.get("id").asText();
                if (!only.equals("-") && !id.startsWith(only)) {
                    continue;
                }
                String text = o.get("text").asText();
                Article a = new Article(id, text, o.get("lang").asText(), LocalDate.parse(o.get("date").asText()),
                        null, null, null, null);
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
                    String actors = m.actors().stream().map(x -> x.slug() + (x.qid() == null ? "" : " " + x.qid()))
                            .collect(Collectors.joining(" + "));
                    System.out.println("    " + (++count) + ". «" + text.substring(m.start(), m.end()) + "» → " + actors
                            + " [" + m.kind() + (m.office() == null ? "" : ", " + m.office() + " of "
                            + (m.officeOf() == null ? "?" : m.officeOf().slug())) + "]");
                }
            }
        }
        System.out.println(count + " linked mentions");
    }
}
