package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.entente.store.RemoteHelpers.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote Fuseki process is SIGKILLed in the middle of an {@code ingest --target} and restarted on
 * the same port and store; the ingest retries through the outage and the remote ends with exactly the
 * articles and quads of a local ingest of the same corpus.
 */
class RemoteStoreKillTest {
    static final int COPIES = 10;

    @TempDir
    Path tmp;

    /** COPIES copies of every article of data/news/news.jsonl under new ids: a corpus slow enough to interrupt. */
    static Path corpus(Path dir, int copies) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<ObjectNode> news = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/news/news.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                news.add((ObjectNode) json.readTree(line));
            }
        }
        Path f = dir.resolve("corpus.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int k = 0; k < copies; k++) {
                for (ObjectNode n : news) {
                    ObjectNode c = n.deepCopy();
                    c.put("id", n.get("id").asText() + "-copy" + k);
                    w.write(json.writeValueAsString(c));
                    w.newLine();
                }
            }
        }
        return f;
    }

    static long count(List<String> rows) {
        return Long.parseLong(rows.get(0).replaceAll("^\\{n=\"(\\d+)\".*$", "$1"));
    }

    @Test
    void killedAndRestartedRemoteEndsWithNothingLostNothingDuplicated() throws Exception {
        Path corpus = corpus(tmp, COPIES);
        Run l = RemoteHelpers.cli("ingest", "--loc", tmp.resolve("local").toString(), "--batch", "50", corpus.toString());
        assertEquals(0, l.code(), l.err());
        List<String> localQuads;
        List<String> localArticles;
        try (KnowledgeStore ks = KnowledgeStore.open(tmp.resolve("local"))) {
            localQuads = RemoteHelpers.local(ks, RemoteHelpers.COUNT_QUADS);
            localArticles = RemoteHelpers.local(ks, RemoteHelpers.COUNT_ARTICLES);
        }
        assertEquals(9L * COPIES, count(localArticles));

        Path authFile = FusekiProcess.writeAuthFiles(tmp.resolve("auth"));
        HttpClient http = RemoteHelpers.client(FusekiProcess.USER, FusekiProcess.PASSWORD);
        try (FusekiProcess fuseki = FusekiProcess.start(FusekiProcess.freePort(), tmp.resolve("remote"), tmp.resolve("auth"))) {
            String sparql = fuseki.base() + "/sparql";
            CompletableFuture<Run> ingest = CompletableFuture.supplyAsync(() -> RemoteHelpers.cliNoStdout("ingest",
                    "--target", fuseki.base() + "/data", "--auth-file", authFile.toString(), "--batch", "5",
                    "--retries", "40", "--retry-backoff", "100", "--retry-max-backoff", "1000", corpus.toString()));
            long stored = 0;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (stored < 10 && !ingest.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                stored = count(RemoteHelpers.remote(sparql, http, RemoteHelpers.COUNT_ARTICLES));
            }
            assertTrue(!ingest.isDone(), "the ingest must still be running when the server is killed: "
                    + (ingest.isDone() ? ingest.get() : ""));
            fuseki.kill();
            Thread.sleep(500);
            fuseki.start();

            Run r = ingest.get(5, TimeUnit.MINUTES);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("failed ("), "some request was retried: " + r.err());
            assertTrue(r.out().contains("stored " + 9 * COPIES + " article(s)"), r.out());
            assertTrue(stored < 9L * COPIES, "killed mid-ingest (" + stored + " stored at the kill)");
            System.err.println("RemoteStoreKillTest: killed with " + stored + " of " + 9 * COPIES + " articles stored; "
                    + r.err().lines().filter(x -> x.contains("failed (")).count() + " retried request(s); " + r.out().strip());

            assertEquals(localArticles, RemoteHelpers.remote(sparql, http, RemoteHelpers.COUNT_ARTICLES));
            assertEquals(localQuads, RemoteHelpers.remote(sparql, http, RemoteHelpers.COUNT_QUADS));
            assertEquals(9L * COPIES + 1, count(RemoteHelpers.remote(sparql, http, RemoteHelpers.COUNT_GRAPHS)),
                    "one graph per article + the actors graph");
        }
    }
}
