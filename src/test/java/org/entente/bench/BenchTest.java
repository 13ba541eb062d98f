package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.entente.EntenteException;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench on a tiny corpus: every stage and every query is reported, and the query lines time the
 * queries of queries/ on the store the bench built, in process and through the server (their row counts
 * match a direct run). No timing is asserted: the figures belong in the README, not in tests.
 */
class BenchTest {
    private static final Pattern QUERY_LINE = Pattern.compile(
            "^  (\\S+\\.rq)\\s+p50\\s+([\\d.]+) ms\\s+p95\\s+([\\d.]+) ms\\s+first\\s+([\\d.]+) ms\\s+(\\d+) rows$",
            Pattern.MULTILINE);

    @TempDir
    Path tmp;

    @Test
    void reportsEveryStageAndTimesEveryQueryOnTheStoreItBuilt() throws Exception {
        StringWriter report = new StringWriter();
        Path work = tmp.resolve("work");
        Bench.builder().articles(12).threads(2).work(work).samples(Path.of("data")).queryRuns(3).queryWarmup(0)
                .build().run(new PrintWriter(report, true));
        String r = report.toString();
        for (String stage : List.of("read (JSONL)", "NLP (1 thread)", "actors (1 thread)", "relations (1 thread)",
                "RDF mapping (1 thread)", "pipeline (1 thread)", "bare OpenNLP tok+POS", "pipeline / bare OpenNLP = ",
                "TDB2 bulk loader (Jena)", "median of 3 interleaved rounds", "store size on disk",
                "end to end (2 threads)", "peak heap: ")) {
            assertTrue(r.contains(stage), "no '" + stage + "' in the report:\n" + r);
        }
        List<Path> queries;
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("queries")), Files.list(Path.of("queries/events")))) {
            queries = s.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        Matcher m = QUERY_LINE.matcher(r);
        int lines = 0;
        try (KnowledgeStore ks = KnowledgeStore.open(work.resolve("store"))) {
            while (m.find()) {
                lines++;
                Path q = Path.of("queries").resolve(m.group(1));
                assertTrue(queries.contains(q), m.group(1) + " is not a query of queries/");
                double p50 = Double.parseDouble(m.group(2));
                double p95 = Double.parseDouble(m.group(3));
                assertTrue(p50 > 0 && p95 >= p50, m.group());
                String text = Files.readString(q, StandardCharsets.UTF_8);
                int rows = Txn.calculateRead(ks.dataset(), () -> {
                    try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(text).build()) {
                        int c = 0;
                        for (var it = qe.execSelect(); it.hasNext(); it.next()) {
                            c++;
                        }
                        return c;
                    }
                });
                assertEquals(rows, Integer.parseInt(m.group(5)), m.group(1) + ": rows reported against rows on the store");
            }
        }
        long summaryQueries = queries.stream().filter(q -> q.getParent().equals(Path.of("queries"))).count();
        assertEquals(queries.size() + summaryQueries, lines,
                "one line per query in queries/ and queries/events/, then per query of queries/ over HTTP:\n" + r);
        for (String group : List.of("latency of queries/*.rq on 12 articles (3 rounds", "latency of queries/events/*.rq on",
                "latency of queries/*.rq over HTTP (Fuseki, JSON results) on 12 articles")) {
            assertTrue(r.contains(group), "no '" + group + "' in the report:\n" + r);
        }
    }

    @Test
    void aMissingStoreOrJarOrANegativeWarmUpIsRefusedWithItsName() {
        Path none = tmp.resolve("no-store");
        EntenteException e = assertThrows(EntenteException.class,
                () -> Bench.builder().store(none).build().run(new PrintWriter(new StringWriter())));
        assertTrue(e.getMessage().contains(none.toString()), e.getMessage());
        EntenteException w = assertThrows(EntenteException.class, () -> Bench.builder().queryWarmup(-1));
        assertTrue(w.getMessage().contains("--query-warmup"), w.getMessage());
        Path jar = tmp.resolve("no.jar");
        EntenteException j = assertThrows(EntenteException.class, () -> Bench.builder().jar(jar));
        assertTrue(j.getMessage().contains("--jar " + jar + ": no such file"), j.getMessage());
    }
}
