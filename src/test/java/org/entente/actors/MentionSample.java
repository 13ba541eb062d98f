package org.entente.actors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.entente.Pipeline;
import org.entente.article.Article;
import org.entente.nlp.Sentence;

/**
 * Draws a seeded random sample of linked actor mentions from gold files (JSON Lines with "text", "lang",
 * "date") for a hand check of actor precision, and prints each with its sentence, the actor, its
 * Wikidata id and office. Not a test: run it with the test class path, e.g.
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.entente.actors.MentionSample 2026 100 data/eval/news-*.gold.jsonl}.
 */
public final class MentionSample {
    private MentionSample() {
    }

    public static void main(String[] args) throws IOException {
        long seed = Long.parseLong(args[0]);
        int n = Integer.parseInt(args[1]);
        Pipeline p = Pipeline.builder().build();
        List<String> rows = new ArrayList<>();
        for (Article a : articles(List.of(args).subList(2, args.length))) {
            var analysed = p.analyser().analyse(a);
            RecognisedArticle r = p.recogniser().recognise(analysed);
            for (Mention m : r.mentions()) {
                Sentence s = analysed.sentences().get(m.sentence());
                rows.add(a.id() + " " + a.date() + "\n  " + describe(a.text(), m) + "\n  " + s.text().strip());
            }
        }
        Collections.shuffle(rows, new Random(seed));
        System.out.println(rows.size() + " linked mentions; seed " + seed + "; " + Math.min(n, rows.size()) + " drawn");
        for (int i = 0; i < Math.min(n, rows.size()); i++) {
            System.out.println((i + 1) + ". " + rows.get(i));
        }
    }

    /** The articles of JSON Lines files ("id", "text", "lang", "date"; other fields ignored), in file order. */
    static List<Article> articles(List<String> files) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Article> out = new ArrayList<>();
        for (String f : files) {
            for (String line : Files.readAllLines(Path.of(f))) {
                if (line.isBlank()) {
                    continue;
                }
                var o = json.readTree(line);
                out.add(new Article(o.get("id").asText(), o.get("text").asText(), o.get("lang").asText(),
                        LocalDate.parse(o.get("date").asText()), null, null, null, null));
            }
        }
        return out;
    }

    /** «words» → actors (with Wikidata ids) [kind, office of country]. */
    static String describe(String text, Mention m) {
        String actors = m.actors().stream().map(x -> x.slug() + (x.qid() == null ? "" : " " + x.qid()))
                .collect(Collectors.joining(" + "));
        return "«" + text.substring(m.start(), m.end()) + "» → " + actors + " [" + m.kind()
                + (m.office() == null ? "" : ", " + m.office() + " of " + (m.officeOf() == null ? "?" : m.officeOf().slug())) + "]";
    }
}
