package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.TestPipelines;
import org.entente.store.RemoteHelpers.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente ingest --target URL} into a separate Fuseki process (its own TDB2, basic auth): the
 * remote store answers every query of queries/ as the local store does; re-ingest replaces; bad
 * credentials and an unreachable server end with one line.
 */
class RemoteStoreTest {
    @TempDir
    static Path tmp;
    static KnowledgeStore local;
    static FusekiProcess fuseki;
    static Path authFile;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        local = TestPipelines.storeFromData(tmp.resolve("local"));
        authFile = FusekiProcess.writeAuthFiles(tmp.resolve("auth"));
        fuseki = FusekiProcess.start(FusekiProcess.freePort(), tmp.resolve("remote"), tmp.resolve("auth"));
        http = RemoteHelpers.client(FusekiProcess.USER, FusekiProcess.PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        if (fuseki != null) {
            fuseki.close();
        }
        if (local != null) {
            local.close();
        }
    }

    @Test
    void remoteStoreAnswersEveryQueryAsTheLocalOne() throws Exception {
        Run r = RemoteHelpers.cli("ingest", "--target", fuseki.base() + "/data", "--auth-file", authFile.toString(), "data");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stored 10 article(s) in " + fuseki.base() + "/data"), r.out());

        // Every query that reads the article graphs (those that read the summary graph: their event-level
        // versions in queries/events/, since a Graph Store Protocol target gets no summary graph).
        List<Path> queries = new java.util.ArrayList<>();
        for (Path dir : List.of(Path.of("queries"), Path.of("queries/events"))) {
            try (Stream<Path> s = Files.list(dir)) {
                queries.addAll(s.filter(p -> p.toString().endsWith(".rq")).sorted().toList());
            }
        }
        assertTrue(queries.size() >= 11);
        int compared = 0;
        for (Path q : queries) {
            String sparql = Files.readString(q, StandardCharsets.UTF_8);
            if (sparql.contains("<https://w3id.org/entente/graph/summary>")) {
                continue;
            }
            compared++;
            List<String> here = RemoteHelpers.local(local, sparql);
            List<String> there = RemoteHelpers.remote(fuseki.base() + "/sparql", http, sparql);
            assertFalse(here.isEmpty(), q + " answers locally");
            assertEquals(here, there, q + ": remote and local differ");
        }
        assertTrue(compared >= 9, "compared " + compared);
        for (String count : List.of(RemoteHelpers.COUNT_QUADS, RemoteHelpers.COUNT_ARTICLES, RemoteHelpers.COUNT_GRAPHS)) {
            assertEquals(RemoteHelpers.local(local, count), RemoteHelpers.remote(fuseki.base() + "/sparql", http, count), count);
        }

        // Re-ingest replaces each article's graph (PUT) and merges the actors (POST): nothing grows.
        Run again = RemoteHelpers.cli("ingest", "--target", fuseki.base() + "/data", "--auth-file", authFile.toString(),
                "--batch", "3", "data");
        assertEquals(0, again.code(), again.err());
        assertEquals(RemoteHelpers.local(local, RemoteHelpers.COUNT_QUADS),
                RemoteHelpers.remote(fuseki.base() + "/sparql", http, RemoteHelpers.COUNT_QUADS));
    }

    @Test
    void wrongOrMissingCredentialsStopWithOneLineNamingStatusAndGraph() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad-auth.txt"), FusekiProcess.USER + ":wrong\n");
        Run r = RemoteHelpers.cli("ingest", "--target", fuseki.base() + "/data", "--auth-file", bad.toString(), "data/seed");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("entente: remote store " + fuseki.base() + "/data refused POST of graph "
                + "<https://w3id.org/entente/graph/actors>: HTTP 401"), r.err());

        Run none = RemoteHelpers.cli("ingest", "--target", fuseki.base() + "/data", "data/seed");
        assertEquals(1, none.code(), none.err());
        assertTrue(none.err().contains("HTTP 401"), none.err());

        Run malformed = RemoteHelpers.cli("ingest", "--target", fuseki.base() + "/data", "--auth-file",
                Files.writeString(tmp.resolve("malformed.txt"), "no colon here\n").toString(), "data/seed");
        assertEquals(1, malformed.code());
        assertTrue(malformed.err().contains("expected one line 'user:password'"), malformed.err());
        assertFalse(malformed.err().contains("no colon here"), "the file's content is not echoed");
    }

    @Test
    void unreachableServerIsRetriedThenGivesUpWithOneLine() throws Exception {
        int port = FusekiProcess.freePort();
        Run r = RemoteHelpers.cli("ingest", "--target", "http://127.0.0.1:" + port + "/ds/data", "--retries", "3",
                "--retry-backoff", "10", "data/seed");
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.get(0).contains("try 2 of 3 in 10 ms"), lines.get(0));
        assertTrue(lines.get(1).contains("try 3 of 3 in 20 ms"), lines.get(1));
        assertTrue(lines.get(2).startsWith("entente: remote store http://127.0.0.1:" + port + "/ds/data: POST of graph "
                + "<https://w3id.org/entente/graph/actors> failed 3 time(s), giving up: "), lines.get(2));

        Run notUrl = RemoteHelpers.cli("ingest", "--target", "ftp://x/y", "data/seed");
        assertEquals(1, notUrl.code());
        assertTrue(notUrl.err().contains("is not an http(s) URL"), notUrl.err());
    }
}
