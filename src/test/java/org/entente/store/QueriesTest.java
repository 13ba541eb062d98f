package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.entente.TestPipelines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every query of queries/ (and queries/events/) runs on a store built from data/ and answers something. */
class QueriesTest {
    @TempDir
    static Path tmp;
    static KnowledgeStore store;

    @BeforeAll
    static void build() {
        store = TestPipelines.storeFromData(tmp.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<QuerySolution> run(String sparql) {
        Query q = QueryFactory.create(sparql);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> eachQueryHasACommentAndAnswers() throws IOException {
        List<Path> files = new ArrayList<>();
        // queries/events/: the event-level versions of the queries that read the summary graph.
        for (Path dir : List.of(Path.of("queries"), Path.of("queries/events"))) {
            try (Stream<Path> s = Files.list(dir)) {
                files.addAll(s.filter(p -> p.toString().endsWith(".rq")).sorted().toList());
            }
        }
        assertTrue(files.size() >= 11, "at least 9 example queries and 2 event-level ones");
        return files.stream().map(f -> DynamicTest.dynamicTest(Path.of("queries").relativize(f).toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# "), f + " starts with a comment saying what it answers");
            List<QuerySolution> rows = run(text);
            assertTrue(!rows.isEmpty(), f + " gave no rows on data/");
        }));
    }

    @org.junit.jupiter.api.Test
    void timelineAndLeadersAnswerWhatTheSeedSays() throws IOException {
        List<QuerySolution> timeline = run(Files.readString(Path.of("queries/actor-timeline.rq")));
        assertTrue(timeline.stream().anyMatch(r -> r.contains("otherLabel")
                && r.getLiteral("otherLabel").getString().equals("Emmanuel Macron")
                && r.getLiteral("date").getString().equals("2022-01-31")), timeline.toString());
        List<QuerySolution> leaders = run(Files.readString(Path.of("queries/leaders.rq")));
        assertTrue(leaders.stream().anyMatch(r -> r.getLiteral("personLabel").getString().equals("Boris Johnson")
                && r.getLiteral("ofLabel").getString().equals("United Kingdom")), leaders.toString());
        List<QuerySolution> deploys = run(Files.readString(Path.of("queries/deployments.rq")));
        assertEquals(1, deploys.stream().filter(r -> r.getLiteral("fromLabel").getString().equals("France")
                && r.getLiteral("toLabel").getString().equals("Romania")
                && r.getLiteral("modality").getString().equals("Planned")).count(), deploys.toString());
    }
}
