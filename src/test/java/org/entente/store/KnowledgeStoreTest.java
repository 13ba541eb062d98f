package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.entente.Ingestor;
import org.entente.TestPipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {
    @TempDir
    Path tmp;

    private static final String EN = "{\"id\":\"t-en\",\"lang\":\"en\",\"date\":\"2023-03-06\",\"text\":"
            + "\"Russian President Vladimir Putin spoke by phone with French President Emmanuel Macron on Monday.\"}";
    private static final String FR = "{\"id\":\"t-fr\",\"lang\":\"fr\",\"date\":\"2022-02-03\",\"text\":"
            + "\"La France, qui veut déployer des soldats en Roumanie, a été critiquée par Moscou.\"}";

    private Ingestor.Report ingest(KnowledgeStore ks, Path file) {
        return Ingestor.builder().pipeline(TestPipelines.get()).threads(2).batchSize(2).sink(ks::write).build()
                .run(List.of(file));
    }

    private static long count(KnowledgeStore ks, String sparql) {
        return Txn.calculateRead(ks.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(
                    "PREFIX dip: <https://w3id.org/entente/diplomacy#> " + sparql).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void ingestsIntoRealTdb2AndTheDefaultGraphIsTheUnion() throws IOException {
        Path f = tmp.resolve("a.jsonl");
        Files.writeString(f, EN + "\n" + FR + "\n", StandardCharsets.UTF_8);
        try (KnowledgeStore ks = KnowledgeStore.open(tmp.resolve("store"))) {
            Ingestor.Report r = ingest(ks, f);
            assertEquals(2, r.stored());
            assertTrue(r.ok());
            assertEquals(List.of("t-en", "t-fr"), ks.articleIds());
            // No GRAPH clause: the union default graph answers.
            assertEquals(1, count(ks, "SELECT (COUNT(*) AS ?n) { <https://w3id.org/entente/id/person/vladimir-putin> "
                    + "dip:talkedWith <https://w3id.org/entente/id/person/emmanuel-macron> }"));
            assertEquals(1, count(ks, "SELECT (COUNT(*) AS ?n) { ?e dip:relation dip:deploys ; dip:modality dip:Planned ; "
                    + "dip:target <https://w3id.org/entente/id/country/romania> }"));
        }
        // Reopening finds what was committed.
        try (KnowledgeStore ks = KnowledgeStore.open(tmp.resolve("store"))) {
            assertEquals(2, ks.articleIds().size());
        }
    }

    @Test
    void reingestReplacesTheArticleGraphWithoutDuplicates() throws IOException {
        Path f = tmp.resolve("a.jsonl");
        Files.writeString(f, EN + "\n", StandardCharsets.UTF_8);
        try (KnowledgeStore ks = KnowledgeStore.open(tmp.resolve("store"))) {
            ingest(ks, f);
            long quads = count(ks, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            long events = count(ks, "SELECT (COUNT(?e) AS ?n) { ?e a dip:Event }");
            ingest(ks, f);
            ingest(ks, f);
            assertEquals(quads, count(ks, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(events, count(ks, "SELECT (COUNT(?e) AS ?n) { ?e a dip:Event }"));
            // A changed text replaces the old graph: the old relation is gone.
            Files.writeString(f, EN.replace("spoke by phone with", "met"), StandardCharsets.UTF_8);
            ingest(ks, f);
            assertEquals(0, count(ks, "SELECT (COUNT(*) AS ?n) { ?a dip:talkedWith ?b }"));
            assertEquals(1, ks.articleIds().size());
        }
    }

    @Test
    void aBadLineIsReportedWithFileAndLineAndTheRestIsStored() throws IOException {
        Path f = tmp.resolve("mixed.jsonl");
        Files.writeString(f, EN + "\n{not json\n{\"id\":\"no-text\"}\n" + FR + "\n", StandardCharsets.UTF_8);
        try (KnowledgeStore ks = KnowledgeStore.open(tmp.resolve("store"))) {
            Ingestor.Report r = ingest(ks, f);
            assertFalse(r.ok());
            assertEquals(2, r.stored());
            assertEquals(2, r.rejected().size());
            assertEquals(f + ":2", r.rejected().get(0).origin());
            assertTrue(r.rejected().get(0).message().contains("not a JSON object"));
            assertEquals(f + ":3", r.rejected().get(1).origin());
            assertTrue(r.rejected().get(1).message().contains("field 'text'"), r.rejected().get(1).message());
            assertEquals(List.of("t-en", "t-fr"), ks.articleIds());
        }
    }

    @Test
    void reingestLeavesNoStaleDecimal() {
        // TDB2's deleteAny leaves "-2"^^xsd:decimal behind; the store must replace the graph completely.
        org.apache.jena.graph.Node p = org.apache.jena.graph.NodeFactory.createURI(org.entente.rdf.Dip.NS + "goldstein");
        org.apache.jena.graph.Node s = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/entente/article/t#e1");
        try (KnowledgeStore ks = KnowledgeStore.open(tmp.resolve("store"))) {
            for (String v : List.of("-2", "8", "-2.5", "3")) {
                org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                g.add(s, p, org.apache.jena.graph.NodeFactory.createLiteralDT(v,
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
                ks.write(List.of(new org.entente.rdf.ArticleGraph("t", "https://w3id.org/entente/article/t", g,
                        org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph())));
                assertEquals(1, count(ks, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s dip:goldstein ?o } }"), "after " + v);
            }
        }
    }

    @Test
    void compactionKeepsTheDataAndTheStoreStaysWritable() throws IOException {
        Path f = tmp.resolve("a.jsonl");
        Files.writeString(f, EN + "\n" + FR + "\n", StandardCharsets.UTF_8);
        try (KnowledgeStore ks = KnowledgeStore.open(tmp.resolve("store"))) {
            ingest(ks, f);
            ingest(ks, f);
            long quads = count(ks, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            long[] size = ks.compact();
            assertTrue(size[1] > 0 && size[1] <= size[0], java.util.Arrays.toString(size));
            assertEquals(quads, count(ks, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
            Files.writeString(f, EN.replace("spoke by phone with", "met"), StandardCharsets.UTF_8);
            ingest(ks, f);
            assertEquals(0, count(ks, "SELECT (COUNT(*) AS ?n) { ?a dip:talkedWith ?b }"));
        }
        try (KnowledgeStore ks = KnowledgeStore.open(tmp.resolve("store"))) {
            assertEquals(List.of("t-en", "t-fr"), ks.articleIds());
        }
    }
}
