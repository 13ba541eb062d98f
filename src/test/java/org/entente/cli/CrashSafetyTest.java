package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.entente.TestPipelines;
import org.entente.article.Article;
import org.entente.store.KnowledgeStore;
import org.entente.store.StoreChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety and the single writer, with real processes: {@code entente ingest} and {@code entente serve
 * --watch} on a corpus of a few thousand articles, killed with SIGKILL after some batches were committed.
 * The store must open, hold only whole batches of complete articles (each graph equal to a clean
 * extraction), and a second run must complete the rest without duplicates. While a server holds the store,
 * a second {@code entente ingest} must fail at once and say what to do.
 */
class CrashSafetyTest {
    static final int N = 2000;
    static final int BATCH = 50;

    @TempDir
    static Path tmp;
    static Path corpus;
    static Map<String, Article> articles;

    @BeforeAll
    static void corpus() throws IOException {
        corpus = Corpus.write(tmp.resolve("corpus.jsonl"), "crash", N, 7);
        articles = StoreChecks.read(List.of(corpus));
        assertEquals(N, articles.size());
    }

    /** {@code entente ARGS} in a new JVM with the test classpath; stdout and stderr go to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", cp, Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static long lines(Path log, String marker) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(marker)).count() : 0;
    }

    /** Waits until {@code log} has {@code n} lines containing {@code marker}; fails if the process ends first. */
    static void await(Process p, Path log, String marker, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (lines(log, marker) < n) {
            if (!p.isAlive()) {
                throw new AssertionError("process ended (" + p.exitValue() + ") before '" + marker + "' x" + n + ":\n"
                        + Files.readString(log));
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new AssertionError("no '" + marker + "' x" + n + " within 300 s:\n" + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }

    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to finish a transaction
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    }

    static MainTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new MainTest.Run(code, out.toString(), err.toString());
    }

    /**
     * After a crash: the store opens, holds whole batches only, every article complete; a re-run stores the
     * rest, with each article once.
     */
    static void assertRecovers(Path loc, Path log) throws IOException {
        List<String> before;
        try (KnowledgeStore ks = KnowledgeStore.open(loc)) {
            before = StoreChecks.assertEveryArticleComplete(ks, TestPipelines.get(), articles);
        }
        long committed = lines(log, "committed ");
        assertTrue(before.size() >= 2 * BATCH, "killed after two commits, found " + before.size() + " articles");
        assertTrue(before.size() < N, "killed mid-way, but all " + N + " articles are there");
        assertEquals(0, before.size() % BATCH, before.size() + " articles: not whole batches of " + BATCH);
        assertTrue(before.size() >= committed * BATCH, "every batch reported committed is there");

        MainTest.Run r = run("ingest", "--loc", loc.toString(), "--batch", "200", corpus.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stored " + N + " article(s)"), r.out());
        try (KnowledgeStore ks = KnowledgeStore.open(loc)) {
            List<String> ids = ks.articleIds();
            assertEquals(N, ids.size());
            assertEquals(articles.keySet(), new TreeSet<>(ids), "each article once, none missing");
            assertEquals(N + 2, StoreChecks.graphNames(ks).size(), "one graph per article, the actors graph and the summary graph");
            // The articles stored before the crash (re-written now) and a sample of the others, compared in full.
            Set<String> deep = new HashSet<>(before);
            List<String> all = new ArrayList<>(articles.keySet());
            Random random = new Random(3);
            for (int i = 0; i < 100; i++) {
                deep.add(all.get(random.nextInt(all.size())));
            }
            StoreChecks.assertArticlesComplete(ks, TestPipelines.get(), articles, deep);
        }
    }

    @Test
    void anIngestKilledMidWayLeavesWholeBatchesAndARerunCompletesIt() throws Exception {
        Path loc = tmp.resolve("ingest-store");
        Path log = tmp.resolve("ingest.log");
        Process p = start(log, "-v", "ingest", "--batch", Integer.toString(BATCH), "--threads", "2", "--loc", loc.toString(),
                corpus.toString());
        await(p, log, "committed ", 2);
        kill(p);
        assertRecovers(loc, log);
    }

    @Test
    void aServerKilledWhileIngestingWatchedFilesRecoversAndHoldsTheOnlyWriteLock() throws Exception {
        Path loc = tmp.resolve("serve-store");
        Path watch = Files.createDirectories(tmp.resolve("watch"));
        Path log = tmp.resolve("serve.log");
        Process p = start(log, "-v", "serve", "--port", "0", "--loc", loc.toString(), "--watch", watch.toString(),
                "--watch-interval", "200", "--batch", Integer.toString(BATCH), "--threads", "2");
        try {
            await(p, log, "serving ", 1);
            // A second writer fails at once, says why and what to do, and changes nothing.
            MainTest.Run second = run("ingest", "--loc", loc.toString(), corpus.toString());
            assertEquals(1, second.code(), second.out() + second.err());
            assertTrue(second.err().startsWith("entente: store " + loc + " is in use by another process"), second.err());
            assertTrue(second.err().contains("--watch"), second.err());
            assertFalse(second.out().contains("stored"), second.out());
            // The server takes the corpus from the watched directory (moved in whole, as documented).
            Path part = Files.copy(corpus, tmp.resolve("corpus.part"));
            Files.move(part, watch.resolve("corpus.jsonl"), StandardCopyOption.ATOMIC_MOVE);
            await(p, log, "committed ", 2);
        } finally {
            kill(p);
        }
        assertRecovers(loc, log);
    }
}
