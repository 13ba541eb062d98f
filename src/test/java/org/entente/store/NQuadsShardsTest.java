package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.entente.TestPipelines;
import org.entente.store.RemoteHelpers.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente extract --output-dir DIR --shard-size N}: N-Quads shards that TDB2's bulk loader (what
 * {@code tdb2.tdbloader} runs) turns into a store answering every query as an ingested one.
 */
class NQuadsShardsTest {
    @TempDir
    Path tmp;

    @Test
    void shardsLoadedInBulkEqualAnIngestedStore() throws Exception {
        Path out = tmp.resolve("shards");
        Run r = RemoteHelpers.cli("extract", "--output-dir", out.toString(), "--shard-size", "3", "data");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote 10 article(s) in 4 shard(s) and actors.nq to " + out), r.out());
        List<String> names;
        try (Stream<Path> s = Files.list(out)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("actors.nq", "part-00000.nq", "part-00001.nq", "part-00002.nq", "part-00003.nq"), names);
        long graphsInFirst = Files.readAllLines(out.resolve("part-00000.nq"), StandardCharsets.UTF_8).stream()
                .map(l -> l.substring(l.lastIndexOf('<'))).distinct().count();
        assertEquals(3, graphsInFirst, "three article graphs in a shard of 3");

        DatasetGraph loaded = DatabaseMgr.connectDatasetGraph(tmp.resolve("bulk").toString());
        loaded.getContext().set(TDB2.symUnionDefaultGraph, true);
        DataLoader loader = LoaderFactory.phasedLoader(loaded, (fmt, args) -> { });
        loader.startBulk();
        try (Stream<Path> s = Files.list(out)) {
            loader.load(s.map(Path::toString).sorted().toList());
        }
        loader.finishBulk();

        try (KnowledgeStore ingested = TestPipelines.storeFromData(tmp.resolve("ingested"));
             KnowledgeStore bulk = KnowledgeStore.open(tmp.resolve("bulk"))) {
            // Shards hold the article and actor graphs; the summary graph is built once after the bulk load
            // (as 'entente compact --rebuild-summary' does).
            assertTrue(bulk.rebuildSummary() > 0);
            List<Path> queries = new java.util.ArrayList<>();
            for (Path dir : List.of(Path.of("queries"), Path.of("queries/events"))) {
                try (Stream<Path> s = Files.list(dir)) {
                    queries.addAll(s.filter(p -> p.toString().endsWith(".rq")).sorted().toList());
                }
            }
            List<String> checks = new java.util.ArrayList<>(List.of(RemoteHelpers.COUNT_QUADS,
                    RemoteHelpers.COUNT_ARTICLES, RemoteHelpers.COUNT_GRAPHS));
            for (Path q : queries) {
                checks.add(Files.readString(q, StandardCharsets.UTF_8));
            }
            for (String q : checks) {
                assertEquals(RemoteHelpers.local(ingested, q), RemoteHelpers.local(bulk, q), q);
            }
        }
    }

    @Test
    void badShardOptionsAreOneLineErrors() throws Exception {
        Path out = tmp.resolve("shards");
        assertEquals(0, RemoteHelpers.cli("extract", "--output-dir", out.toString(), "data/seed").code());
        assertTrue(Files.exists(out.resolve("part-00000.nq")) && Files.exists(out.resolve("actors.nq")));
        Run again = RemoteHelpers.cli("extract", "--output-dir", out.toString(), "data/seed");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already holds shards"), again.err());
        Run noDir = RemoteHelpers.cli("extract", "--shard-size", "5", "data/seed");
        assertEquals(1, noDir.code());
        assertTrue(noDir.err().contains("--shard-size goes with --output-dir"), noDir.err());
        Run ttl = RemoteHelpers.cli("extract", "--output-dir", tmp.resolve("o2").toString(), "--format", "ttl", "data/seed");
        assertEquals(1, ttl.code());
        assertTrue(ttl.err().contains("--output-dir writes N-Quads shards"), ttl.err());
        Run zero = RemoteHelpers.cli("extract", "--output-dir", tmp.resolve("o3").toString(), "--shard-size", "0", "data/seed");
        assertEquals(1, zero.code());
        assertFalse(zero.err().contains("\tat "), zero.err());
        assertTrue(zero.err().contains("--shard-size must be at least 1"), zero.err());
    }
}
