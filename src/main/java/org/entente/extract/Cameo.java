package org.entente.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.entente.EntenteException;

/**
 * CAMEO codes with their PLOVER event type (CAMEO2PLOVER, Open Event Data Alliance, CC BY-SA 4.0) and
 * Goldstein conflict–cooperation weight (GDELT), from {@code src/main/resources/entente/cameo/}.
 * A code missing from a table takes its parent's value ("0411" falls back to "041", then "04").
 */
public final class Cameo {
    private final Map<String, String> plover = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Double> goldstein = new HashMap<>();

    private Cameo() {
    }

    public static Cameo load() {
        Cameo c = new Cameo();
        c.read("/entente/cameo/CAMEO2PLOVER-2021.txt", line -> {
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).matches("\\d{2,4}")) {
                return;
            }
            String code = line.substring(0, colon);
            String rest = line.substring(colon + 1);
            int hash = rest.indexOf('#');
            String type = (hash < 0 ? rest : rest.substring(0, hash)).split(",")[0].strip();
            if (!type.isEmpty()) {
                c.plover.put(code, type);
            }
            if (hash >= 0) {
                c.names.put(code, rest.substring(hash + 1).strip());
            }
        });
        c.read("/entente/cameo/CAMEO.goldsteinscale.tsv", line -> {
            String[] f = line.split("\t");
            if (f.length == 2 && f[0].matches("\\d{2,4}")) {
                c.goldstein.put(f[0], Double.parseDouble(f[1]));
            }
        });
        return c;
    }

    private void read(String resource, java.util.function.Consumer<String> lines) {
        InputStream in = Cameo.class.getResourceAsStream(resource);
        if (in == null) {
            throw new EntenteException("data file " + resource + " is missing from the classpath: rebuild the jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(lines);
        } catch (IOException e) {
            throw new EntenteException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** PLOVER event type of a code (CONSULT, ASSAULT…), or null. */
    public String plover(String code) {
        return lookup(plover, code);
    }

    /** Goldstein weight of a code, or null. */
    public Double goldstein(String code) {
        return lookup(goldstein, code);
    }

    /** CAMEO's own name for the code, or null. */
    public String name(String code) {
        return lookup(names, code);
    }

    public boolean known(String code) {
        return plover(code) != null || goldstein(code) != null;
    }

    private static <V> V lookup(Map<String, V> m, String code) {
        if (code == null) {
            return null;
        }
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            V v = m.get(c);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
