package org.entente.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path tmp;

    final List<Article> read = new ArrayList<>();
    final List<Rejected> rejected = new ArrayList<>();
    final ArticleSink sink = new ArticleSink() {
        @Override
        public void accept(Article a) {
            read.add(a);
        }

        @Override
        public void reject(Rejected r) {
            rejected.add(r);
        }
    };

    @Test
    void jsonLinesWithOptionalFieldsBomAndCrlf() throws IOException {
        Path f = tmp.resolve("a.jsonl");
        Files.writeString(f, "\uFEFF{\"id\":\"a1\",\"text\":\"Berlin a salué l'accord.\",\"lang\":\"FR\",\"date\":\"2022-01-31T10:00:00Z\","
                + "\"title\":\"T\",\"url\":\"https://x.org\",\"source\":\"S\",\"extra\":[1,2]}\r\n\r\n"
                + "{\"id\":\"a2\",\"text\":\"London welcomed it.\"}\r\n", StandardCharsets.UTF_8);
        ArticleReader.read(List.of(f), sink);
        assertEquals(List.of(), rejected);
        assertEquals(2, read.size());
        Article a = read.get(0);
        assertEquals("fr", a.lang());
        assertEquals(LocalDate.of(2022, 1, 31), a.date());
        assertEquals("https://x.org", a.url());
        assertEquals(f + ":1", a.origin());
        assertNull(read.get(1).lang(), "no lang: detected later");
        assertNull(read.get(1).date(), "no date: none, never today");
    }

    @Test
    void badRecordsNameFileLineAndField() throws IOException {
        Path f = tmp.resolve("bad.jsonl");
        Files.writeString(f, String.join("\n", "{\"id\":\"ok\",\"text\":\"fine\"}", "{broken", "[1,2]",
                "{\"text\":\"no id\"}", "{\"id\":\"e\",\"text\":\"  \"}", "{\"id\":\"l\",\"text\":\"x\",\"lang\":\"de\"}",
                "{\"id\":\"d\",\"text\":\"x\",\"date\":\"hier\"}", "{\"id\":\"ok\",\"text\":\"again\"}",
                "{\"id\":{\"a\":1},\"text\":\"x\"}"), StandardCharsets.UTF_8);
        ArticleReader.read(List.of(f), sink);
        assertEquals(1, read.size());
        List<String> msgs = rejected.stream().map(Rejected::toString).toList();
        assertEquals(8, msgs.size(), msgs.toString());
        assertTrue(msgs.get(0).startsWith(f + ":2: not a JSON object"), msgs.get(0));
        assertTrue(msgs.get(1).startsWith(f + ":3: not a JSON object"), msgs.get(1));
        assertTrue(msgs.get(2).contains(":4: field 'id'"), msgs.get(2));
        assertTrue(msgs.get(3).contains(":5: field 'text'"), msgs.get(3));
        assertTrue(msgs.get(4).contains(":6: field 'lang': 'de'"), msgs.get(4));
        assertTrue(msgs.get(5).contains(":7: field 'date': 'hier' is not a date"), msgs.get(5));
        assertTrue(msgs.get(6).contains(":8: field 'id': duplicate id 'ok'"), msgs.get(6));
        assertTrue(msgs.get(7).contains(":9: field 'id': must be a string"), msgs.get(7));
    }

    @Test
    void frontMatterTextAndHtmlInADirectory() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("d/sub"));
        Files.writeString(dir.resolve("one.md"), "---\nid: fm-1\ndate: 2021-05-04\nlang: en\ntitle: \"Quoted: title\"\n---\n"
                + "Japan sanctioned Russia.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("two.txt"), "Pas de front matter ici.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("three.html"), "<html lang=\"fr-FR\"><head><title>Titre</title>"
                + "<meta property=\"article:published_time\" content=\"2020-02-02T08:00:00+01:00\"></head><body><nav>menu</nav>"
                + "<article><p>Paris et Berlin ont signé.</p><p>Deuxième paragraphe.</p></article></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.csv"), "ignored", StandardCharsets.UTF_8);
        ArticleReader.read(List.of(tmp.resolve("d")), sink);
        assertEquals(List.of(), rejected);
        assertEquals(List.of("fm-1", "three", "two"), read.stream().map(Article::id).toList());
        assertEquals("Quoted: title", read.get(0).title());
        assertEquals("Japan sanctioned Russia.", read.get(0).text());
        assertEquals("fr", read.get(1).lang());
        assertEquals(LocalDate.of(2020, 2, 2), read.get(1).date());
        assertEquals("Paris et Berlin ont signé.\n\nDeuxième paragraphe.", read.get(1).text());
    }

    @Test
    void brokenFrontMatterLatin1AndMissingPaths() throws IOException {
        Files.writeString(tmp.resolve("open.md"), "---\nid: x\nno end\n", StandardCharsets.UTF_8);
        Files.write(tmp.resolve("latin.jsonl"), "{\"id\":\"l\",\"text\":\"d\u00e9ploiement\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        ArticleReader.read(List.of(tmp.resolve("open.md"), tmp.resolve("latin.jsonl")), sink);
        assertEquals(0, read.size());
        assertTrue(rejected.get(0).toString().contains("never closed"), rejected.get(0).toString());
        assertTrue(rejected.get(1).toString().contains("not valid UTF-8"), rejected.get(1).toString());
        EntenteException none = assertThrows(EntenteException.class, () -> ArticleReader.read(List.of(tmp.resolve("nope")), sink));
        assertTrue(none.getMessage().contains("no such file or directory"));
        Files.createDirectories(tmp.resolve("empty"));
        EntenteException empty = assertThrows(EntenteException.class, () -> ArticleReader.read(List.of(tmp.resolve("empty")), sink));
        assertTrue(empty.getMessage().contains("holds no article files"));
    }
}
