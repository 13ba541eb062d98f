package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, through its main class, on a real store. */
class MainTest {
    @TempDir
    static Path tmp;
    static Path store;

    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out + captured.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @BeforeAll
    static void ingestData() {
        store = tmp.resolve("store");
        Run r = run("ingest", "--loc", store.toString(), "data");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stored 10 article(s)"), r.out());
    }

    @Test
    void queryPrintsRowsInEachFormat() {
        Run text = run("query", "--loc", store.toString(), "-e", "SELECT ?b WHERE { person:vladimir-putin dip:talkedWith ?b }");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("emmanuel-macron"), text.out());
        Run csv = run("query", "--loc", store.toString(), "--results", "csv", "queries/leaders.rq");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("personLabel,person_wd,ofLabel,articles"), csv.out());
        assertTrue(csv.out().contains("Vladimir Putin,http://www.wikidata.org/entity/Q7747,Russia"), csv.out());
        Run json = run("query", "--loc", store.toString(), "--results", "json", "-e", "ASK { ?a dip:deploys ?b }");
        assertTrue(json.out().contains("true"), json.out());
    }

    @Test
    void onlyServeStartsTheClassPreloader() {
        assertTrue(Main.preloads(new String[] {"serve", "--loc", "store"}));
        assertTrue(Main.preloads(new String[] {"-v", "serve", "data/"}));
        for (String[] other : new String[][] {{"ingest", "data/"}, {"query", "-e", "ASK {}"}, {"extract", "serve"},
                {"--help"}, {"-h", "serve"}, {"servo"}, {}}) {
            assertFalse(Main.preloads(other), String.join(" ", other));
        }
    }

    @Test
    void usageListsEveryCommandAndAMisspeltOneGetsASuggestion() {
        Run help = run("--help");
        assertEquals(0, help.code(), help.err());
        for (String c : new String[] {"ingest", "serve", "extract", "query", "export", "validate", "stats", "eval",
                "bench", "compact"}) {
            assertTrue(help.out().contains("\n  " + c + " "), c + " missing from the usage:\n" + help.out());
        }
        Run typo = run("-v", "stat", "--loc", store.toString());
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("Did you mean: entente stats"), typo.err());
        Run verbose = run("-v", "stats", "--loc", store.toString());
        assertEquals(0, verbose.code(), verbose.err());
        assertTrue(verbose.out().contains("articles"), verbose.out());
        Run sub = run("serve", "--help");
        assertEquals(0, sub.code(), sub.err());
        assertTrue(sub.out().startsWith("Usage: entente serve"), sub.out());
    }

    @Test
    void badQueryAndMissingFilesGiveOneLineAndNonZeroExit() {
        Run bad = run("query", "--loc", store.toString(), "-e", "SELECT WHERE {");
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("entente: query does not parse"), bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace without --verbose");
        Run missing = run("ingest", "--loc", store.toString(), tmp.resolve("nowhere.jsonl").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nowhere.jsonl: no such file or directory"), missing.err());
        Run format = run("export", "--loc", store.toString(), "--format", "xls");
        assertEquals(1, format.code());
        assertTrue(format.err().contains("unknown format 'xls'"), format.err());
    }

    @Test
    void aBadLineIsReportedAndTheExitCodeSaysSo() throws Exception {
        Path f = tmp.resolve("bad.jsonl");
        Files.writeString(f, "{\"id\":\"ok-1\",\"lang\":\"en\",\"text\":\"Germany condemned the attack.\"}\n"
                + "{\"id\":\"bad-date\",\"date\":\"31/01/2022\",\"text\":\"x\"}\n", StandardCharsets.UTF_8);
        Run r = run("ingest", "--loc", tmp.resolve("other").toString(), f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(f + ":2: field 'date': '31/01/2022' is not a date"), r.err());
        assertTrue(r.out().contains("stored 1 article(s)"), r.out());
    }

    @Test
    void exportWritesParseableRdfWithOneGraphPerArticle() throws Exception {
        Path nq = tmp.resolve("all.nq");
        Run r = run("export", "--loc", store.toString(), "--format", "nq", "--output", nq.toString());
        assertEquals(0, r.code(), r.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(ds);
        assertEquals(12, ds.asDatasetGraph().size(), "10 article graphs + the actors graph + the summary graph");
        Run ttl = run("export", "--loc", store.toString(), "--format", "ttl");
        assertTrue(ttl.out().contains("dip:talkedWith") || ttl.out().contains("diplomacy#talkedWith"));
    }

    @Test
    void exportWritesNetworksForGraphTools() throws Exception {
        Path graphml = tmp.resolve("net.graphml");
        Run r = run("export", "--loc", store.toString(), "--format", "graphml", "--lang", "fr", "--output", graphml.toString());
        assertEquals(0, r.code(), r.err());
        org.jgrapht.Graph<String, org.jgrapht.graph.DefaultEdge> g =
                new org.jgrapht.graph.DirectedPseudograph<>(org.jgrapht.graph.DefaultEdge.class);
        org.jgrapht.nio.graphml.GraphMLImporter<String, org.jgrapht.graph.DefaultEdge> importer =
                new org.jgrapht.nio.graphml.GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, graphml.toFile());
        assertTrue(g.vertexSet().size() >= 10, g.vertexSet().toString());
        assertTrue(Files.readString(graphml).contains("Roumanie"), "French labels");
        Run dot = run("export", "--loc", store.toString(), "--format", "dot", "--relations", "talkedWith");
        assertEquals(0, dot.code(), dot.err());
        assertTrue(dot.out().contains("dir=none") || dot.out().contains("dir=\"none\""), dot.out());
        assertFalse(dot.out().contains("deploys"), "filtered to talkedWith");
        Run cyjs = run("export", "--loc", store.toString(), "--format", "cyjs", "--actors", "Q142");
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(cyjs.out()).path("elements").path("edges").size() > 0);
        Run badDate = run("export", "--loc", store.toString(), "--format", "gexf", "--from", "yesterday");
        assertEquals(1, badDate.code());
        assertTrue(badDate.err().contains("--from 'yesterday' is not a date"), badDate.err());
    }

    @Test
    void validateStatsAndExtract() {
        Run v = run("validate", "--loc", store.toString());
        assertEquals(0, v.code(), v.out());
        assertTrue(v.out().contains("12 graph(s) checked, 0 violation(s)"), v.out());
        Run s = run("stats", "--loc", store.toString());
        assertTrue(s.out().contains("articles  10"), s.out());
        Run x = run("extract", "--format", "nq", "data/seed");
        assertEquals(0, x.code(), x.err());
        assertTrue(x.out().contains("<https://w3id.org/entente/article/seed-rt-2022-01-31>"));
        assertTrue(x.out().contains("<https://w3id.org/entente/diplomacy#deploys>"));
    }

    @Test
    void evalPrintsTheScorerTable() {
        Run r = run("eval", "data/eval/seed.gold.jsonl");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("talkedWith"), r.out());
        assertTrue(r.out().contains("micro P="), r.out());
        assertTrue(r.out().contains("actors found"), r.out());
    }
}
