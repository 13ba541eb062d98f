package org.entente.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a second thread, the classes a {@code serve} loads up to its first answered query, in the order it
 * loads them, so that the main thread finds most of them already read from the jar and parsed.
 *
 * <p>A plain {@code java -jar} start spends most of its main-thread time loading about 3 000 classes (Jena's
 * subsystems, Fuseki, Jetty) one at a time, while the second core is only partly busy with the JIT compilers. The
 * list is {@value #LIST}, made by {@code StartupPreloaderTest} from a real {@code serve --cds-training} run. The
 * launcher's AppCDS archive does the same job better (the classes come pre-parsed and pre-verified); this is for
 * starts without it.
 *
 * <p>Only <em>loading</em> happens here ({@code Class.forName(name, false, loader)}): no static initialiser runs
 * on this thread. Initialising Jena on a second thread deadlocked once (two threads each initialising one of
 * {@code PrefixMapping} and {@code PrefixMappingImpl}, which need each other); loading cannot, because the class
 * loader takes one lock per class name, a class only waits for its supertypes, and no user code runs. A name that
 * no longer exists is skipped, so a stale list costs time, never correctness.
 *
 * <pre>{@code
 * StartupPreloader.start();   // first thing in main, for serve only; -Dentente.preload=false turns it off
 * }</pre>
 */
final class StartupPreloader {
    static final String LIST = "startup-classes.txt";

    private StartupPreloader() {
    }

    /** Starts the daemon thread, unless {@code -Dentente.preload=false}. */
    static void start() {
        if ("false".equals(System.getProperty("entente.preload"))) {
            return;
        }
        Thread t = new Thread(StartupPreloader::loadAll, "entente-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Loads every class of the bundled list that exists; returns how many. */
    static int loadAll() {
        try (InputStream in = StartupPreloader.class.getResourceAsStream(LIST)) {
            return in == null ? 0 : load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    StartupPreloader.class.getClassLoader());
        } catch (IOException e) {
            return 0; // the jar is unreadable; the main thread will say so
        }
    }

    /** Loads, without initialising, the classes named one per line ({@code #} comments); returns how many. */
    static int load(BufferedReader names, ClassLoader loader) throws IOException {
        int loaded = 0;
        for (String name = names.readLine(); name != null; name = names.readLine()) {
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // Not in this build (the list is older than the code): the main thread loads what it needs.
            }
        }
        return loaded;
    }
}
