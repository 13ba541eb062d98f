package org.entente.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.Pipeline;
import org.entente.TestPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the readers and the extraction pipeline with random and mutated articles made from
 * small English and French seeds. Bounded by design (a fixed number of cases, inputs of at most a few
 * hundred characters): a failure prints its case number, so it reproduces. The only outcomes allowed are
 * an article or a clean rejection; no exception may escape.
 */
class FuzzTest {
    static final long SEED = 20240607L;
    static final List<String> TEXTS = List.of(
            "Vladimir Poutine et Emmanuel Macron se sont entretenus ce 31 janvier par téléphone.",
            "La France, qui veut déployer des soldats en Roumanie, a été critiquée par Moscou.",
            "Russian President Vladimir Putin spoke by phone with French President Emmanuel Macron on Monday.",
            "Japan sanctioned Russia; the United States and Germany condemned the attack on Ukraine.",
            "Le chef de la diplomatie américaine Antony Blinken a rencontré son homologue chinois à Pékin.",
            "NATO will deploy troops to Romania, the alliance's secretary general said on 3 February 2022.");
    static final String ODD = "{}[]\":,\\\u0000\u0001\u00e9\u00ff\u2028\uFEFF\uD83D\uDE00\uD800\t\r\n<>&;'—«»-–.!?0123456789 ";

    @TempDir
    Path tmp;

    final List<Article> accepted = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    final ArticleSink sink = new ArticleSink() {
        @Override
        public void accept(Article a) {
            assertTrue(!a.id().isBlank() && !a.text().isBlank() && a.text().length() <= ArticleReader.MAX_TEXT_CHARS);
            assertTrue(a.lang() == null || a.lang().equals("en") || a.lang().equals("fr"), a.lang());
            accepted.add(a);
        }

        @Override
        public void reject(Rejected r) {
            assertTrue(r.origin() != null && !r.message().isBlank());
            rejected.add(r);
        }
    };

    static String jsonLine(Random r, int i) {
        String text = TEXTS.get(r.nextInt(TEXTS.size())).replace("\"", "\\\"");
        String lang = List.of("en", "fr", "EN", "fr-FR", "de", "", "42").get(r.nextInt(7));
        String date = List.of("2022-01-31", "2022-02-30", "31/01/2022", "2022-01-31T10:00:00Z", "", "9999-99-99").get(r.nextInt(6));
        return "{\"id\":\"f" + i + "\",\"lang\":\"" + lang + "\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}";
    }

    /** A random mutation of {@code s}: flips, inserts, deletes, truncates or duplicates. */
    static String mutate(Random r, String s) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(6)) {
                case 0 -> b.setCharAt(at, ODD.charAt(r.nextInt(ODD.length())));
                case 1 -> b.insert(at, ODD.charAt(r.nextInt(ODD.length())));
                case 2 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(10)));
                case 3 -> b.setLength(at);
                case 4 -> b.insert(at, b.substring(at, Math.min(b.length(), at + r.nextInt(30))));
                default -> b.setCharAt(at, (char) r.nextInt(0x3000));
            }
        }
        return b.toString();
    }

    static byte[] mutateBytes(Random r, byte[] in) {
        byte[] out = in.clone();
        for (int e = 0; e < 1 + r.nextInt(3); e++) {
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        return out;
    }

    @Test
    void jsonLinesReaderRejectsCleanlyWhateverItIsGiven() throws Exception {
        Random r = new Random(SEED);
        int cases = 3000;
        for (int i = 0; i < cases; i++) {
            String line = jsonLine(r, i);
            byte[] bytes = switch (r.nextInt(4)) {
                case 0 -> line.getBytes(StandardCharsets.UTF_8);
                case 1 -> mutate(r, line).getBytes(StandardCharsets.UTF_8);
                case 2 -> mutateBytes(r, line.getBytes(StandardCharsets.UTF_8));
                default -> {
                    byte[] g = new byte[r.nextInt(300)];
                    r.nextBytes(g);
                    yield g;
                }
            };
            int before = accepted.size() + rejected.size();
            try {
                ArticleReader.readJsonLines(new ByteArrayInputStream(bytes), "fuzz-" + i, sink);
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " (seed " + SEED + "): " + new String(bytes, StandardCharsets.UTF_8), e);
            }
            assertTrue(accepted.size() + rejected.size() >= before, "case " + i);
        }
        assertTrue(accepted.size() > 300 && rejected.size() > 300, accepted.size() + " accepted, " + rejected.size() + " rejected");
    }

    @Test
    void frontMatterAndHtmlReadersRejectCleanly() throws Exception {
        Random r = new Random(SEED + 1);
        int cases = 400;
        for (int i = 0; i < cases; i++) {
            String text = TEXTS.get(r.nextInt(TEXTS.size()));
            boolean html = r.nextBoolean();
            String doc = html
                    ? "<html lang=\"" + (r.nextBoolean() ? "fr" : "en-GB") + "\"><head><title>T</title><meta property=\"article:published_time\" "
                    + "content=\"2022-01-31\"></head><body><article><p>" + text + "</p></article></body></html>"
                    : "---\nid: fm-" + i + "\ndate: 2022-01-31\nlang: fr\ntitle: \"x\"\n---\n" + text + "\n";
            String mutated = r.nextInt(5) == 0 ? doc : mutate(r, doc);
            Path f = tmp.resolve("case-" + i + (html ? ".html" : ".md"));
            Files.write(f, r.nextInt(6) == 0 ? mutateBytes(r, mutated.getBytes(StandardCharsets.UTF_8))
                    : mutated.getBytes(StandardCharsets.UTF_8));
            int before = accepted.size() + rejected.size();
            try {
                ArticleReader.read(List.of(f), sink);
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " (seed " + (SEED + 1) + "): " + mutated, e);
            }
            assertEquals(before + 1, accepted.size() + rejected.size(), "one outcome per file, case " + i);
            Files.delete(f);
        }
        assertTrue(accepted.size() > 100, accepted.size() + " accepted");
    }

    @Test
    void theExtractionPipelineNeverThrowsOnMutatedArticles() {
        Pipeline p = TestPipelines.get();
        Random r = new Random(SEED + 2);
        int cases = 1500;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases && failures.size() < 5; i++) {
            String text;
            switch (r.nextInt(4)) {
                case 0 -> text = mutate(r, TEXTS.get(r.nextInt(TEXTS.size())));
                case 1 -> {
                    // Words of both languages, shuffled, cased and punctuated at random.
                    List<String> words = new ArrayList<>();
                    for (String t : TEXTS) {
                        words.addAll(List.of(t.split(" ")));
                    }
                    StringBuilder b = new StringBuilder();
                    for (int w = 0; w < 1 + r.nextInt(40); w++) {
                        String word = words.get(r.nextInt(words.size()));
                        b.append(r.nextInt(5) == 0 ? word.toUpperCase() : word).append(r.nextInt(8) == 0 ? ". " : " ");
                    }
                    text = b.toString();
                }
                case 2 -> text = TEXTS.get(r.nextInt(TEXTS.size())) + " " + TEXTS.get(r.nextInt(TEXTS.size()));
                default -> {
                    StringBuilder b = new StringBuilder();
                    for (int c = 0; c < 1 + r.nextInt(200); c++) {
                        b.append(ODD.charAt(r.nextInt(ODD.length())));
                    }
                    text = b.toString();
                }
            }
            String lang = List.of("en", "fr").get(r.nextInt(2));
            if (r.nextInt(4) == 0) {
                lang = null; // detected
            }
            if (text.isBlank()) {
                continue;
            }
            Article a = new Article("fz-" + i, text, lang, r.nextBoolean() ? java.time.LocalDate.of(2022, 1, 31) : null,
                    null, null, null, "fuzz:" + i);
            try {
                p.process(a);
            } catch (org.entente.EntenteException e) {
                cleanRejections++; // e.g. a detected language other than fr/en: the ingest reports it as a rejection
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("case " + i + " (seed " + (SEED + 2) + ", lang " + lang + "): " + e + " on text: " + text);
            }
        }
        assertEquals(List.of(), failures);
        System.out.println("FUZZ: extraction on " + cases + " cases, " + cleanRejections + " clean rejections");
    }

    int cleanRejections;
}
