package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up class list against what a {@code serve} really loads: a fresh JVM runs {@code serve
 * --cds-training} (start, answer a query and the page, stop) with class-load logging, and the committed list must
 * still name what it loads. The fresh list is written to {@code target/startup-classes.txt} for regeneration.
 */
class StartupPreloaderTest {
    private static final Path RESOURCE = Paths.get("src/main/resources/org/entente/cli", StartupPreloader.LIST);
    /** "[…] name source: file:/…" or "source: jrt:/java.base"; hidden classes and the CDS archive's are left out. */
    private static final Pattern LOADED = Pattern.compile("\\s(\\S+) source: (file:|jrt:/)(\\S*)");

    @Test
    void listMatchesTheClassesServeLoads(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("class-load.log");
        List<String> cmd = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Dentente.preload=false",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--loc", tmp.resolve("store").toString(), "--port", "0", "--cds-training");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "serve --cds-training did not stop within 120 s");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("out.txt")));

        List<String> fresh = new ArrayList<>();
        Set<String> freshApp = new LinkedHashSet<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = LOADED.matcher(line);
            if (m.find() && !m.group(1).contains("/") && !m.group(1).contains("$$Lambda")) {
                fresh.add(m.group(1));
                if (m.group(2).equals("file:")) {
                    freshApp.add(m.group(1));
                }
            }
        }
        Path out = Paths.get("target", StartupPreloader.LIST);
        Files.createDirectories(out.getParent());
        Files.write(out, header(fresh.size()), StandardCharsets.UTF_8);
        Files.write(out, fresh, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertTrue(freshApp.size() > 1000, "serve loaded only " + freshApp.size() + " classes from the class path");

        Set<String> listed = listedNames();
        long covered = freshApp.stream().filter(listed::contains).count();
        Set<String> appListed = listed.stream().filter(n -> !isJdk(n)).collect(Collectors.toSet());
        long stillLoaded = appListed.stream().filter(freshApp::contains).count();
        String fix = "; the list is stale: cp " + out + " " + RESOURCE;
        assertTrue(covered >= 0.9 * freshApp.size(), "the list names " + covered + " of the " + freshApp.size()
                + " classes serve loads from the class path" + fix);
        assertTrue(stillLoaded >= 0.9 * appListed.size(), stillLoaded + " of the list's " + appListed.size()
                + " non-JDK classes are still loaded" + fix);
    }

    @Test
    void bundledListLoads() throws Exception {
        Set<String> listed = listedNames();
        int loaded = StartupPreloader.loadAll();
        assertTrue(loaded >= 0.95 * listed.size(), loaded + " of " + listed.size() + " listed classes loaded");
    }

    /** Set by {@link Probe}'s static initialiser. */
    static final class Flag {
        static volatile boolean initialised;
    }

    static final class Probe {
        static {
            Flag.initialised = true;
        }
    }

    @Test
    void loadsWithoutRunningStaticInitialisersAndSkipsUnknownNames() throws Exception {
        String names = "# comment\n\n" + Probe.class.getName() + "\norg.entente.NoSuchClass\n";
        int loaded = StartupPreloader.load(new BufferedReader(new StringReader(names)), getClass().getClassLoader());
        assertEquals(1, loaded);
        assertFalse(Flag.initialised, "the preloader ran a static initialiser");
        Class.forName(Probe.class.getName(), true, getClass().getClassLoader());
        assertTrue(Flag.initialised, "the probe's initialiser sets the flag once the class is initialised");
    }

    private static Set<String> listedNames() throws IOException {
        try (InputStream in = StartupPreloader.class.getResourceAsStream(StartupPreloader.LIST)) {
            assertTrue(in != null, "no " + StartupPreloader.LIST + " next to StartupPreloader");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    private static boolean isJdk(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    private static List<String> header(int n) {
        return List.of("# The classes 'entente serve --cds-training' loads, in load order (" + n + "), read by",
                "# StartupPreloader on a second thread at start-up. Made by StartupPreloaderTest (target/"
                        + StartupPreloader.LIST + "); copy it here when that test says the list is stale.");
    }
}
