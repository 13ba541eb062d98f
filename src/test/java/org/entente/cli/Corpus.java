package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large synthetic corpus for crash and load tests: short articles made of one or two sentences of the
 * sample articles in data/news/news.jsonl (English and French), each with its own id and date.
 */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Sentence(String lang, String text) {
    }

    private Corpus() {
    }

    static List<Sentence> sentences() throws IOException {
        List<Sentence> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/news/news.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            for (String s : n.get("text").asText().split("(?<=[.!?])\\s+")) {
                if (s.length() > 30 && s.length() < 300) {
                    out.add(new Sentence(n.get("lang").asText(), s.strip()));
                }
            }
        }
        return out;
    }

    /** Writes {@code count} articles ({@code prefix}-0 …) to {@code file}, deterministically from {@code seed}. */
    public static Path write(Path file, String prefix, int count, long seed) throws IOException {
        List<Sentence> sentences = sentences();
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Sentence a = sentences.get(r.nextInt(sentences.size()));
                StringBuilder text = new StringBuilder(a.text());
                if (r.nextBoolean()) {
                    for (Sentence b : List.of(sentences.get(r.nextInt(sentences.size())))) {
                        if (b.lang().equals(a.lang())) {
                            text.append(' ').append(b.text());
                        }
                    }
                }
                ObjectNode o = JSON.createObjectNode();
                o.put("id", prefix + "-" + i);
                o.put("lang", a.lang());
                o.put("date", LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3000)).toString());
                o.put("text", text.toString());
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
        }
        return file;
    }
}
