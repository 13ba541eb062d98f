package org.entente.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.EntenteException;

/** Minimal reader for the project's data tables: UTF-8, tab-separated, '#' comments, one header row. */
public final class Tsv {
    private Tsv() {
    }

    /** A row as column name → value (empty string for a missing trailing column), with its origin. */
    public record Row(Map<String, String> values, String origin) {
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        public List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String s : get(column).split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
    }

    /** Rows of a classpath resource ({@code /entente/actors/x.tsv}); an empty list when absent and optional. */
    public static List<Row> resource(String name, boolean optional) {
        InputStream in = Tsv.class.getResourceAsStream(name);
        if (in == null) {
            if (optional) {
                return List.of();
            }
            throw new EntenteException("data file " + name + " is missing from the classpath: rebuild the jar");
        }
        try (in) {
            return parse(in, name);
        } catch (IOException e) {
            throw new EntenteException("cannot read data file " + name + ": " + e.getMessage(), e);
        }
    }

    /** Rows of a file on disk, for user-supplied extensions. */
    public static List<Row> file(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, path.toString());
        } catch (IOException e) {
            throw new EntenteException("cannot read data file " + path + ": " + e.getMessage(), e);
        }
    }

    static List<Row> parse(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.length > header.length) {
                throw new EntenteException(name + ":" + n + ": " + cells.length + " columns, the header has "
                        + header.length + " (a stray tab?)");
            }
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                m.put(header[i].strip(), cells[i]);
            }
            rows.add(new Row(m, name + ":" + n));
        }
        return rows;
    }
}
