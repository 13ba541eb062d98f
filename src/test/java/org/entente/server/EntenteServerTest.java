package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.TestPipelines;
import org.entente.rdf.Dip;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Fuseki on port 0, over a store built from data/, queried over HTTP. */
class EntenteServerTest {
    @TempDir
    static Path tmp;
    static KnowledgeStore store;
    static EntenteServer server;
    /**
     * A fresh client per request: a refused write may be answered before its body is read and its connection
     * closed, and a pooled client would reuse that dead connection for the next request.
     */
    static HttpClient http() {
        return HttpClient.newHttpClient();
    }
    static final String TALKS = "PREFIX dip: <" + Dip.NS + "> SELECT ?a ?b WHERE { ?a dip:talkedWith ?b } ORDER BY ?a ?b";

    @BeforeAll
    static void start() {
        store = TestPipelines.storeFromData(tmp.resolve("store"));
        server = EntenteServer.create().dataset(store.datasetGraph()).port(0).timeoutMillis(5000).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> post(String path, String form, String accept) throws Exception {
        return http().send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http().send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String q(String sparql) {
        return "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    @Test
    void sparqlAnswersJsonWithTheSeedRelation() throws Exception {
        HttpResponse<String> r = post("kg/sparql", q(TALKS), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        JsonNode bindings = new ObjectMapper().readTree(r.body()).path("results").path("bindings");
        boolean putinMacron = false;
        for (JsonNode b : bindings) {
            putinMacron |= b.path("a").path("value").asText().endsWith("person/vladimir-putin")
                    && b.path("b").path("value").asText().endsWith("person/emmanuel-macron");
        }
        assertTrue(putinMacron, r.body());
    }

    @Test
    void queryEndpointAnswersCsvByContentNegotiation() throws Exception {
        HttpResponse<String> r = get("kg/query?" + q(TALKS), "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().startsWith("a,b"), r.body());
        assertTrue(r.body().contains(Dip.ID + "person/vladimir-putin"));
        HttpResponse<String> tsv = get("kg/query?" + q(TALKS), "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?a\t?b"), tsv.body());
        HttpResponse<String> xml = get("kg/query?" + q(TALKS), "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql"), xml.body());
    }

    @Test
    void graphStoreProtocolReadsANamedGraph() throws Exception {
        HttpResponse<String> r = get("kg/get?graph=" + URLEncoder.encode(Dip.ACTORS_GRAPH, StandardCharsets.UTF_8),
                "application/n-triples");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.NTRIPLES).parse(g);
        assertTrue(g.size() > 1000, "actors graph has " + g.size() + " triples");
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpResponse<String> upd = post("kg/update", "update=" + URLEncoder.encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                StandardCharsets.UTF_8), "*/*");
        assertTrue(upd.statusCode() == 404 || upd.statusCode() == 405, "update answered " + upd.statusCode());
        HttpResponse<String> put = http().send(HttpRequest.newBuilder(URI.create(server.url() + "kg/data?default"))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, "GSP PUT answered " + put.statusCode());
        HttpResponse<String> after = post("kg/sparql", q("ASK { <urn:a> ?p ?o }"), "application/sparql-results+json");
        assertTrue(after.body().contains("false"), after.body());
    }

    @Test
    void pingStatsCorsAndPage() throws Exception {
        assertEquals(200, get("$/ping", "*/*").statusCode());
        assertTrue(get("$/stats", "application/json").body().contains("/kg"));
        HttpResponse<String> cors = http().send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?" + q(TALKS)))
                .header("Origin", "http://example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(cors.headers().firstValue("Access-Control-Allow-Origin").isPresent(), cors.headers().toString());
        assertEquals(200, get("webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "*/*").statusCode());
        assertEquals(404, get("no-such-file.js", "*/*").statusCode());
        JsonNode examples = new ObjectMapper().readTree(get("queries/index.json", "application/json").body());
        assertTrue(examples.size() >= 9, examples.toString());
        assertTrue(examples.findValuesAsText("name").contains("leaders"));
        assertTrue(examples.get(0).path("title").asText().length() > 10, "title is the query's comment line");
        assertTrue(get("queries/leaders.rq", "*/*").body().contains("dip:leaderOf"));
    }

    @Test
    void runawayQueriesAreCutOffAndTheServerKeepsAnswering() throws Exception {
        String expensive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpResponse<String> r = post("kg/sparql", q(expensive), "application/sparql-results+json");
        // Cut off: an error status, or a result stream that stops before any binding.
        assertTrue(r.statusCode() >= 500 || !r.body().contains("\"n\""),
                "expected the query to be cut off: " + r.statusCode() + " " + r.body());
        assertEquals(200, post("kg/sparql", q(TALKS), "application/sparql-results+json").statusCode());
    }
}
