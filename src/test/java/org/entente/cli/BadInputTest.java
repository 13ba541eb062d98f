package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.entente.TestPipelines;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.store.KnowledgeStore;
import org.entente.store.StoreChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of bad inputs (src/test/resources/bad-input, plus files generated here that should not be
 * committed: a 5 MB text, Latin-1 and binary files, an unreadable file) through {@code entente ingest}:
 * each bad record is named by file, line and field; the valid articles of the same run are stored, each
 * complete; the exit code says something was rejected.
 */
class BadInputTest {
    static final List<String> FIXTURES = List.of("malformed.jsonl", "bom-crlf.jsonl", "broken-front-matter.md",
            "bad-key.md", "bad-date.md", "crlf.md", "bom.md", "empty.html", "empty-body.md");

    @TempDir
    static Path tmp;
    static Path in;
    /** True when this process can read a file whose permissions are 000 (root, as in CI). */
    static boolean readsUnreadable;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void catalogue() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        for (String f : FIXTURES) {
            try (InputStream s = BadInputTest.class.getResourceAsStream("/bad-input/" + f)) {
                Files.copy(s, in.resolve(f));
            }
        }
        // Latin-1: the middle line is rejected, the lines around it are read.
        Files.write(in.resolve("latin1.jsonl"), ("{\"id\":\"bi-latin-ascii\",\"lang\":\"en\",\"text\":\"Spain criticised Morocco.\"}\n"
                + "{\"id\":\"bi-latin\",\"lang\":\"fr\",\"text\":\"La France a d\u00e9ploy\u00e9 des soldats.\"}\n"
                + "{\"id\":\"bi-latin-after\",\"lang\":\"en\",\"text\":\"Italy praised Greece.\"}\n").getBytes(StandardCharsets.ISO_8859_1));
        // Binary garbage, then a valid line: the garbage is rejected line by line, the valid line read.
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Files.write(in.resolve("binary.jsonl"), garbage);
        Files.writeString(in.resolve("binary.jsonl"), "\n{\"id\":\"bi-after-binary\",\"lang\":\"en\",\"text\":\"Canada welcomed the talks.\"}\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.write(in.resolve("binary.txt"), garbage);
        // A 5 MB text (over the limit), then a valid article in the same file.
        String huge = "France criticised Russia. ".repeat(5 * 1024 * 1024 / 26 + 1);
        Files.writeString(in.resolve("huge.jsonl"), "{\"id\":\"bi-huge\",\"lang\":\"en\",\"text\":\"" + huge + "\"}\n"
                + "{\"id\":\"bi-after-huge\",\"lang\":\"en\",\"text\":\"Norway welcomed the talks.\"}\n", StandardCharsets.UTF_8);
        // An unreadable file (chmod 000). Root reads it anyway: then it must simply be stored.
        Path locked = in.resolve("unreadable.jsonl");
        Files.writeString(locked, "{\"id\":\"bi-unreadable\",\"lang\":\"en\",\"text\":\"Chile praised Peru.\"}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        readsUnreadable = Files.isReadable(locked);
    }

    @Test
    void everyBadRecordIsNamedByFileLineAndFieldAndTheValidOnesAreStoredWhole() throws IOException {
        Path loc = tmp.resolve("store");
        Run r = run("ingest", "--loc", loc.toString(), "--batch", "3", in.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        String err = r.err();
        String m = in.resolve("malformed.jsonl").toString();
        List<String> expected = new ArrayList<>(List.of(
                m + ":2: not a JSON object",
                m + ":3: field 'id': missing or empty",
                m + ":4: field 'text': missing or empty in article 'bi-no-text'",
                m + ":5: field 'text': missing or empty in article 'bi-empty'",
                m + ":6: field 'lang': 'de' is not supported",
                m + ":7: field 'lang': '42' is not supported",
                m + ":8: field 'date': '31/01/2022' is not a date",
                m + ":9: field 'date': '2022-02-30' is not a date",
                m + ":10: field 'id': duplicate id 'bi-ok-1'",
                m + ":11: field 'id': must be a string",
                m + ":13: not a JSON object",
                in.resolve("broken-front-matter.md") + ":1: front matter opened with '---' is never closed",
                in.resolve("bad-key.md") + ":3: front matter line is not 'key: value'",
                in.resolve("bad-date.md") + ":4: field 'date': 'tomorrow' is not a date",
                in.resolve("empty.html") + ": field 'text': missing or empty",
                in.resolve("empty-body.md") + ":5: field 'text': missing or empty",
                in.resolve("latin1.jsonl") + ":2: line is not valid UTF-8",
                in.resolve("binary.jsonl") + ":1: ",
                in.resolve("binary.txt") + ": file is not valid UTF-8",
                in.resolve("huge.jsonl") + ":1: field 'text': " + (huge().length()) + " characters in article 'bi-huge', "
                        + "more than the limit of " + ArticleReader.MAX_TEXT_CHARS));
        if (!readsUnreadable) {
            expected.add(in.resolve("unreadable.jsonl") + ": cannot read file: permission denied");
        }
        for (String e : expected) {
            assertTrue(err.contains("entente: rejected " + e), "missing rejection '" + e + "' in:\n" + err);
        }
        for (String line : err.lines().toList()) {
            assertTrue(line.startsWith("entente: rejected " + in), "every message names its file: " + line);
        }

        Set<String> valid = new TreeSet<>(Set.of("bi-ok-1", "bi-ok-2", "bi-wrong-lang", "bi-bom-crlf-1", "bi-bom-crlf-2",
                "bi-crlf-md", "bi-bom-md", "bi-latin-ascii", "bi-latin-after", "bi-after-binary", "bi-after-huge"));
        if (readsUnreadable) {
            valid.add("bi-unreadable"); // running as root: permissions do not stop reads, so it is stored
        }
        assertTrue(r.out().contains("stored " + valid.size() + " article(s)"), r.out());
        try (KnowledgeStore ks = KnowledgeStore.open(loc)) {
            assertEquals(valid, new TreeSet<>(ks.articleIds()));
            Map<String, Article> articles = StoreChecks.read(List.of(in));
            List<String> stored = StoreChecks.assertEveryArticleComplete(ks, TestPipelines.get(), articles);
            assertEquals(valid, new TreeSet<>(stored));
        }
    }

    static String huge() {
        return "France criticised Russia. ".repeat(5 * 1024 * 1024 / 26 + 1);
    }

    @Test
    void wrongPathsStopBeforeAnythingIsRead() throws IOException {
        Path loc = tmp.resolve("paths-store");
        Path good = in.resolve("crlf.md");
        Run missing = run("ingest", "--loc", loc.toString(), good.toString(), tmp.resolve("nowhere").toString());
        assertEquals(1, missing.code());
        assertEquals("entente: " + tmp.resolve("nowhere") + ": no such file or directory", missing.err().strip());
        Path empty = Files.createDirectories(tmp.resolve("empty-dir"));
        Files.writeString(empty.resolve("notes.csv"), "not an article");
        Run none = run("ingest", "--loc", loc.toString(), good.toString(), empty.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().startsWith("entente: " + empty + ": directory holds no article files"), none.err());
        try (KnowledgeStore ks = KnowledgeStore.open(loc)) {
            assertEquals(List.of(), ks.articleIds(), "a wrong command line stores nothing, not even the good file");
        }
    }

    @Test
    void aLaterRunReplacesAnArticleWithTheSameId() throws IOException {
        Path loc = tmp.resolve("dup-store");
        Path first = Files.writeString(tmp.resolve("first.jsonl"),
                "{\"id\":\"bi-dup\",\"lang\":\"en\",\"text\":\"France criticised Russia.\"}\n");
        Path second = Files.writeString(tmp.resolve("second.jsonl"),
                "{\"id\":\"bi-dup\",\"lang\":\"en\",\"text\":\"Japan sanctioned Russia.\"}\n");
        assertEquals(0, run("ingest", "--loc", loc.toString(), first.toString()).code());
        assertEquals(0, run("ingest", "--loc", loc.toString(), second.toString()).code());
        try (KnowledgeStore ks = KnowledgeStore.open(loc)) {
            assertEquals(List.of("bi-dup"), ks.articleIds());
            StoreChecks.assertEveryArticleComplete(ks, TestPipelines.get(), StoreChecks.read(List.of(second)));
        }
        // In one run, the second of two same ids is rejected, naming where the first was read.
        Run both = run("ingest", "--loc", loc.toString(), first.toString(), second.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains(second + ":1: field 'id': duplicate id 'bi-dup', already read at " + first + ":1"),
                both.err());
    }
}
