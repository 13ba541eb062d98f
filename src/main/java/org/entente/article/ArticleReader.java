package org.entente.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.EntenteException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads articles from JSON Lines ({@code .jsonl}, {@code .ndjson}), text or Markdown files with a
 * front-matter header ({@code .txt}, {@code .md}), HTML pages ({@code .html}, {@code .htm}), and
 * directories of them (recursively, in name order). Streams: one article at a time goes to the sink.
 *
 * <pre>{@code
 * ArticleReader.read(List.of(Path.of("data")), sink);
 * }</pre>
 *
 * <p>JSON Lines fields: {@code id} and {@code text} required; {@code lang} ("en"/"fr"), {@code date}
 * (YYYY-MM-DD or an ISO date-time), {@code title}, {@code url}, {@code source} optional; others ignored.
 * A bad record is rejected with its file, line and field; the others are still read.
 *
 * <p>Limits: an article's text may hold at most {@link #MAX_TEXT_CHARS} characters (longer texts are
 * rejected: split them), a JSON line at most {@link #MAX_LINE_BYTES} bytes and a text or HTML file at
 * most {@link #MAX_FILE_BYTES} bytes (larger ones are rejected without being read into memory), an id
 * at most {@link #MAX_ID_CHARS} characters. Each JSON line is decoded on its own: a line that is not
 * valid UTF-8 is rejected and the next lines are still read.
 */
public final class ArticleReader {
    /** Longest article text accepted, in characters (news articles are rarely above 50 000). */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Longest JSON line read; longer lines are skipped without being held in memory. */
    public static final int MAX_LINE_BYTES = 8 * 1024 * 1024;
    /** Largest .txt/.md/.html file read. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    /** Longest id accepted. */
    public static final int MAX_ID_CHARS = 512;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleReader() {
    }

    /** Whether {@code file} has an extension Entente reads. */
    public static boolean isArticleFile(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".txt") || n.endsWith(".md")
                || n.endsWith(".html") || n.endsWith(".htm");
    }

    /**
     * Reads every path. Throws {@link EntenteException} for a path that does not exist or a directory
     * holding no article file; problems inside files are reported to the sink as {@link Rejected}.
     */
    public static void read(List<Path> paths, ArticleSink sink) {
        // Every path is checked before anything is read: a wrong command line does nothing at all.
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new EntenteException(p + ": no such file or directory");
            }
            if (Files.isDirectory(p)) {
                List<Path> under = filesUnder(p);
                if (under.isEmpty()) {
                    throw new EntenteException(p + ": directory holds no article files (.jsonl, .txt, .md, .html)");
                }
                files.addAll(under);
            } else {
                files.add(p);
            }
        }
        Map<String, String> seen = new HashMap<>();
        ArticleSink dedup = new ArticleSink() {
            @Override
            public void accept(Article a) {
                String first = seen.putIfAbsent(a.id(), a.origin());
                if (first == null) {
                    sink.accept(a);
                } else {
                    sink.reject(new Rejected(a.origin(), "field 'id': duplicate id '" + a.id() + "', already read at "
                            + first + "; the first was kept (give each article its own id)"));
                }
            }

            @Override
            public void reject(Rejected r) {
                sink.reject(r);
            }
        };
        files.forEach(f -> readFile(f, dedup));
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile)
                    .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
                    // Gold annotation files hold the same articles as the corpus: read them only when named.
                    .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gold.jsonl"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new EntenteException(dir + ": cannot list directory: " + e.getMessage(), e);
        }
    }

    static void readFile(Path file, ArticleSink sink) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                try (InputStream in = Files.newInputStream(file)) {
                    readJsonLines(in, file.toString(), sink);
                }
            } else if (isArticleFile(file) && Files.size(file) > MAX_FILE_BYTES) {
                sink.reject(new Rejected(file.toString(), "file is " + Files.size(file) + " bytes, more than the limit of "
                        + MAX_FILE_BYTES + " for one .txt/.md/.html article (split it)"));
            } else if (n.endsWith(".html") || n.endsWith(".htm")) {
                readHtml(file, sink);
            } else if (n.endsWith(".txt") || n.endsWith(".md")) {
                readFrontMatter(file, sink);
            } else {
                sink.reject(new Rejected(file.toString(), "not an article file: use .jsonl, .txt, .md or .html"));
            }
        } catch (CharacterCodingException e) {
            sink.reject(new Rejected(file.toString(), "file is not valid UTF-8 (convert it, e.g. "
                    + "'iconv -f latin1 -t utf-8')"));
        } catch (java.nio.file.AccessDeniedException e) {
            sink.reject(new Rejected(file.toString(), "cannot read file: permission denied (check its permissions)"));
        } catch (IOException e) {
            sink.reject(new Rejected(file.toString(), "cannot read file: " + e));
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String readAll(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return stripBom(strictUtf8().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Reads JSON Lines from a stream; {@code name} names it in messages. Each line is decoded on its own,
     * so a line that is not UTF-8, or too long, is rejected and the following lines are still read.
     */
    static void readJsonLines(InputStream raw, String name, ArticleSink sink) throws IOException {
        InputStream in = raw instanceof java.io.BufferedInputStream ? raw : new java.io.BufferedInputStream(raw, 65536);
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(4096);
        int n = 0;
        while (true) {
            buf.reset();
            boolean tooLong = false;
            long length = 0;
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                length++;
                if (length > MAX_LINE_BYTES) {
                    tooLong = true;
                } else {
                    buf.write(c);
                }
            }
            if (c < 0 && length == 0) {
                return;
            }
            n++;
            String origin = name + ":" + n;
            if (tooLong) {
                sink.reject(new Rejected(origin, "line is " + length + " bytes, more than the limit of " + MAX_LINE_BYTES
                        + " (one article per line; split long texts)"));
                continue;
            }
            String line;
            try {
                line = strictUtf8().decode(java.nio.ByteBuffer.wrap(buf.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                sink.reject(new Rejected(origin, "line is not valid UTF-8 (Latin-1 or binary data? convert the file, "
                        + "e.g. 'iconv -f latin1 -t utf-8')"));
                continue;
            }
            if (n == 1) {
                line = stripBom(line);
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                sink.reject(new Rejected(origin, "not a JSON object: " + firstLine(e.getMessage())));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.reject(new Rejected(origin, "not a JSON object (each line must be one {...} article)"));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (String f : List.of("id", "text", "lang", "date", "title", "url", "source")) {
                JsonNode v = node.get(f);
                if (v != null && !v.isNull()) {
                    if (!v.isValueNode()) {
                        fields.put("!" + f, "field '" + f + "': must be a string, not " + v.getNodeType());
                    } else {
                        fields.put(f, v.asText());
                    }
                }
            }
            build(fields, origin, sink);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** Validates fields and hands an article or a rejection to the sink. */
    static void build(Map<String, String> fields, String origin, ArticleSink sink) {
        build(fields, Map.of(), origin, sink);
    }

    /**
     * Validates fields and hands an article or a rejection to the sink; {@code where} gives, for a field,
     * the origin to name when that field is wrong (e.g. "a.md:3" for a front-matter line).
     */
    static void build(Map<String, String> fields, Map<String, String> where, String origin, ArticleSink sink) {
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getKey().startsWith("!")) {
                sink.reject(new Rejected(where.getOrDefault(e.getKey().substring(1), origin), e.getValue()));
                return;
            }
        }
        String id = trimToNull(fields.get("id"));
        if (id == null) {
            sink.reject(new Rejected(where.getOrDefault("id", origin),
                    "field 'id': missing or empty (every article needs a unique id)"));
            return;
        }
        if (id.length() > MAX_ID_CHARS || controlChars(id) > 0) {
            sink.reject(new Rejected(where.getOrDefault("id", origin), "field 'id': "
                    + (id.length() > MAX_ID_CHARS ? id.length() + " characters, more than the limit of " + MAX_ID_CHARS
                    : "contains control characters") + " (use a short, printable id)"));
            return;
        }
        String text = fields.get("text");
        String textAt = where.getOrDefault("text", origin);
        if (text == null || text.isBlank()) {
            sink.reject(new Rejected(textAt, "field 'text': missing or empty in article '" + id + "'"));
            return;
        }
        if (text.length() > MAX_TEXT_CHARS) {
            sink.reject(new Rejected(textAt, "field 'text': " + text.length() + " characters in article '" + id
                    + "', more than the limit of " + MAX_TEXT_CHARS + " per article (split it into several articles)"));
            return;
        }
        if (text.indexOf('\0') >= 0 || controlChars(text) * 100L > text.length()) {
            sink.reject(new Rejected(textAt, "field 'text': contains NUL bytes or many control characters "
                    + "(binary data?) in article '" + id + "'"));
            return;
        }
        String lang = trimToNull(fields.get("lang"));
        if (lang != null) {
            String l = normaliseLang(lang);
            if (l == null) {
                sink.reject(new Rejected(where.getOrDefault("lang", origin), "field 'lang': '" + abbreviate(lang)
                        + "' is not supported in article '" + id
                        + "' (use \"fr\" or \"en\", or leave it out to detect the language)"));
                return;
            }
            lang = l;
        }
        LocalDate date;
        try {
            date = parseDate(trimToNull(fields.get("date")));
        } catch (DateTimeParseException e) {
            sink.reject(new Rejected(where.getOrDefault("date", origin), "field 'date': '" + abbreviate(fields.get("date"))
                    + "' is not a date in article '" + id + "' (use YYYY-MM-DD)"));
            return;
        }
        sink.accept(new Article(id, text, lang, date, trimToNull(fields.get("title")), trimToNull(fields.get("url")),
                trimToNull(fields.get("source")), origin));
    }

    /** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
    private static int controlChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B || c == 0x7F) {
                n++;
            }
        }
        return n;
    }

    private static String abbreviate(String s) {
        return s != null && s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static String normaliseLang(String lang) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "fr", "fra", "fre", "fr-fr", "fr-be", "fr-ca", "fr-ch", "french", "français" -> "fr";
            case "en", "eng", "en-us", "en-gb", "english" -> "en";
            default -> null;
        };
    }

    static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() > 10 && s.charAt(10) == 'T') {
            try {
                return OffsetDateTime.parse(s).toLocalDate();
            } catch (DateTimeParseException e) {
                return LocalDate.parse(s.substring(0, 10));
            }
        }
        return LocalDate.parse(s);
    }

    private static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** A .txt/.md file: optional "---" front matter of "key: value" lines, then the body. */
    private static void readFrontMatter(Path file, ArticleSink sink) throws IOException {
        String all = readAll(file).replace("\r\n", "\n");
        if (all.indexOf('\0') >= 0) {
            sink.reject(new Rejected(file.toString(), "file contains NUL bytes: not a text article"));
            return;
        }
        Map<String, String> fields = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        String body = all;
        int bodyLine = 1;
        if (all.startsWith("---\n")) {
            int close = all.indexOf("\n---", 3);
            if (close < 0) {
                sink.reject(new Rejected(file + ":1", "front matter opened with '---' is never closed "
                        + "(end it with a line '---')"));
                return;
            }
            String[] lines = all.substring(4, close + 1).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                if (colon <= 0) {
                    sink.reject(new Rejected(file + ":" + (i + 2), "front matter line is not 'key: value': '"
                            + l.strip() + "'"));
                    return;
                }
                String v = l.substring(colon + 1).strip();
                if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                String key = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                fields.put(key, v);
                where.put(key, file + ":" + (i + 2));
            }
            int bodyStart = all.indexOf('\n', close + 1);
            body = bodyStart < 0 ? "" : all.substring(bodyStart + 1);
            bodyLine = bodyStart < 0 ? lines.length + 2 : (int) all.substring(0, bodyStart + 1).chars().filter(ch -> ch == '\n').count() + 1;
        }
        fields.putIfAbsent("id", baseName(file));
        fields.put("text", body.strip());
        where.put("text", file + ":" + bodyLine);
        build(fields, where, file.toString(), sink);
    }

    /** An HTML page: title, language, date and URL from the head; text from the article's paragraphs. */
    private static void readHtml(Path file, ArticleSink sink) throws IOException {
        String html = readAll(file);
        Document doc = Jsoup.parse(html);
        Map<String, String> fields = new HashMap<>();
        fields.put("id", firstNonNull(meta(doc, "entente:id"), baseName(file)));
        fields.put("title", firstNonNull(meta(doc, "og:title"), doc.title()));
        String lang = doc.select("html").attr("lang");
        if (!lang.isBlank()) {
            fields.put("lang", lang.length() > 2 && lang.charAt(2) == '-' ? lang.substring(0, 2) : lang);
        }
        String date = firstNonNull(meta(doc, "article:published_time"), meta(doc, "date"));
        if (date == null) {
            Element time = doc.selectFirst("time[datetime]");
            date = time == null ? null : time.attr("datetime");
        }
        if (date != null) {
            fields.put("date", date);
        }
        fields.put("url", firstNonNull(meta(doc, "og:url"), null));
        fields.put("source", firstNonNull(meta(doc, "og:site_name"), null));
        Element root = firstNonNull(doc.selectFirst("article"), doc.body());
        List<String> paragraphs = new ArrayList<>();
        if (root != null) {
            for (Element p : root.select("p")) {
                String t = p.text().strip();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
            if (paragraphs.isEmpty() && !root.text().isBlank()) {
                paragraphs.add(root.text().strip());
            }
        }
        fields.put("text", String.join("\n\n", paragraphs));
        fields.values().removeIf(java.util.Objects::isNull);
        build(fields, file.toString(), sink);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null || e.attr("content").isBlank() ? null : e.attr("content");
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
