package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.entente.EntenteException;
import org.entente.cli.Main;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's safety settings over HTTP: read-only by default, writes only with credentials, a query
 * timeout after which the server still answers, a row cap on /kg/sparql, and 413/414 for oversized
 * requests. A small synthetic store (no extraction) keeps it fast.
 */
class ServerSafetyTest {
    @TempDir
    static Path tmp;
    static KnowledgeStore store;
    static KnowledgeStore writableStore;
    static EntenteServer server;
    static EntenteServer writable;
    static Path authFile;
    static final int TRIPLES = 3000;

    @BeforeAll
    static void start() throws Exception {
        store = filled(tmp.resolve("store"));
        writableStore = filled(tmp.resolve("writable"));
        DatasetGraph dsg = store.datasetGraph();
        server = EntenteServer.create().dataset(dsg).port(0).timeoutMillis(3000).maxRows(100).maxBodyBytes(64 * 1024)
                .maxUriChars(8 * 1024).web(false).build().start();
        authFile = tmp.resolve("users");
        Files.writeString(authFile, "# writers\nalice:s3cret\n", StandardCharsets.UTF_8);
        writable = EntenteServer.create().dataset(writableStore.datasetGraph()).port(0).update(true).authFile(authFile).web(false).build().start();
    }

    static KnowledgeStore filled(Path dir) {
        KnowledgeStore ks = KnowledgeStore.open(dir);
        DatasetGraph dsg = ks.datasetGraph();
        Node g = NodeFactory.createURI("urn:test:g");
        Node p = NodeFactory.createURI("urn:test:p");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < TRIPLES; i++) {
                dsg.add(g, NodeFactory.createURI("urn:test:s" + i), p, NodeFactory.createLiteralString("o" + i));
            }
        });
        return ks;
    }

    @AfterAll
    static void stop() {
        server.stop();
        writable.stop();
        store.close();
        writableStore.close();
    }

    /**
     * One client per request: a refused write may be answered before its body is read and the connection
     * closed, and a pooled client would send the next request on that dead connection ("header parser received
     * no bytes"), a failure of the test's client, not of the server.
     */
    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder form(EntenteServer s, String path, String form) {
        return HttpRequest.newBuilder(URI.create(s.url() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(form));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static int rows(HttpResponse<String> r) throws Exception {
        JsonNode n = new ObjectMapper().readTree(r.body());
        return n.path("results").path("bindings").size();
    }

    static long count(EntenteServer s) throws Exception {
        HttpResponse<String> r = send(form(s, "kg/query", "query=" + enc("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")));
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body()).path("results").path("bindings").get(0).path("n").path("value").asLong();
    }

    @Test
    void updateWithoutCredentialsIsRefusedAtStart() {
        EntenteException e = assertThrows(EntenteException.class,
                () -> EntenteServer.create().dataset(store.datasetGraph()).update(true).build());
        assertTrue(e.getMessage().contains("--update needs --auth-file"), e.getMessage());
        // Through the command line: exit 1, one line, and the store is not even created.
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path loc = tmp.resolve("never");
        int code = Main.run(new String[] {"serve", "--loc", loc.toString(), "--port", "0", "--update"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("entente: --update needs --auth-file"), err.toString());
        assertFalse(Files.exists(loc), "nothing done before refusing");
        // A credentials file without a 'user:password' line is refused too.
        EntenteException empty = assertThrows(EntenteException.class, () -> {
            Path f = Files.writeString(tmp.resolve("empty-users"), "# nobody\n");
            EntenteServer.create().dataset(store.datasetGraph()).update(true).authFile(f).build();
        });
        assertTrue(empty.getMessage().contains("no 'user:password' line"), empty.getMessage());
    }

    @Test
    void readOnlyByDefault() throws Exception {
        HttpResponse<String> upd = send(form(server, "kg/update", "update=" + enc("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")));
        assertTrue(upd.statusCode() == 404 || upd.statusCode() == 405, "update answered " + upd.statusCode());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/data?graph=urn:x"))
                .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertTrue(put.statusCode() >= 400, "GSP PUT answered " + put.statusCode());
        assertEquals(TRIPLES, count(server));
    }

    @Test
    void writesNeedTheCredentialsAndReadsDoNot() throws Exception {
        String insert = "update=" + enc("INSERT DATA { GRAPH <urn:test:new> { <urn:a> <urn:b> \"written\" } }");
        assertEquals(401, send(form(writable, "kg/update", insert)).statusCode());
        assertEquals(401, send(form(writable, "kg/update", insert).header("Authorization", basic("alice", "wrong"))).statusCode());
        assertEquals(401, send(form(writable, "kg/update", insert).header("Authorization", basic("mallory", "s3cret"))).statusCode());
        HttpResponse<String> gspAnon = send(HttpRequest.newBuilder(URI.create(writable.url() + "kg/data?graph=urn:test:gsp"))
                .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertEquals(401, gspAnon.statusCode());
        assertEquals(TRIPLES, count(writable), "refused writes changed nothing");

        HttpResponse<String> ok = send(form(writable, "kg/update", insert).header("Authorization", basic("alice", "s3cret")));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        HttpResponse<String> gsp = send(HttpRequest.newBuilder(URI.create(writable.url() + "kg/data?graph=urn:test:gsp"))
                .header("Content-Type", "application/n-triples").header("Authorization", basic("alice", "s3cret"))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertTrue(gsp.statusCode() == 200 || gsp.statusCode() == 201 || gsp.statusCode() == 204, "GSP PUT " + gsp.statusCode());
        // Reads stay open, on both servers.
        assertEquals(TRIPLES + 2, count(writable));
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(writable.url() + "kg/get?graph=urn:test:gsp"))
                .header("Accept", "application/n-triples").GET()).statusCode());
        // Clean up for the other tests.
        HttpResponse<String> drop = send(form(writable, "kg/update", "update=" + enc("DROP GRAPH <urn:test:new> ; DROP GRAPH <urn:test:gsp>"))
                .header("Authorization", basic("alice", "s3cret")));
        assertTrue(drop.statusCode() < 300, drop.body());
        assertEquals(TRIPLES, count(writable));
    }

    @Test
    void aRunawayQueryIsCutOffAndTheServerAnswersNormallyAfterwards() throws Exception {
        // 3000^3 = 2.7e10 combinations: cannot finish within the 3 s timeout.
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?g ?h ?i } }";
        HttpResponse<String> r = send(form(server, "kg/query", "query=" + enc(runaway)));
        assertTrue(r.statusCode() >= 500 || !r.body().contains("\"n\""), "not cut off: " + r.statusCode() + " " + r.body());
        for (int i = 0; i < 3; i++) {
            assertEquals(TRIPLES, count(server), "normal answers after the timeout");
        }
        HttpResponse<String> one = send(form(server, "kg/sparql", "query=" + enc("SELECT ?o { <urn:test:s7> ?p ?o }")));
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("\"o7\""), one.body());
    }

    @Test
    void thePageEndpointCapsRowsAndTheQueryEndpointDoesNot() throws Exception {
        String all = "SELECT ?s ?o { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> capped = send(form(server, "kg/sparql", "query=" + enc(all)));
        assertEquals(200, capped.statusCode(), capped.body());
        assertEquals(100, rows(capped));
        assertEquals("100", capped.headers().firstValue(RowCapFilter.HEADER).orElse(""));
        // GET and a direct application/sparql-query body are capped too; a smaller LIMIT is kept as is.
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query=" + enc(all)))
                .header("Accept", "application/sparql-results+json").GET());
        assertEquals(100, rows(get));
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(all + " LIMIT 5000")));
        assertEquals(100, rows(direct));
        HttpResponse<String> small = send(form(server, "kg/sparql", "query=" + enc(all + " LIMIT 7")));
        assertEquals(7, rows(small));
        assertTrue(small.headers().firstValue(RowCapFilter.HEADER).isEmpty());
        HttpResponse<String> construct = send(form(server, "kg/sparql", "query=" + enc("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"))
                .header("Accept", "application/n-triples"));
        assertEquals(100, construct.body().lines().filter(l -> !l.isBlank()).count());
        HttpResponse<String> full = send(form(server, "kg/query", "query=" + enc(all)));
        assertEquals(TRIPLES, rows(full));
        // A query that does not parse still gets Fuseki's 400.
        assertEquals(400, send(form(server, "kg/sparql", "query=" + enc("SELECT WHERE {"))).statusCode());
    }

    @Test
    void oversizedBodiesGet413AndOversizedUrisGet414() throws Exception {
        String big = "SELECT * { ?s ?p ?o } #" + "x".repeat(100 * 1024);
        HttpResponse<String> body = send(form(server, "kg/sparql", "query=" + enc(big)));
        assertEquals(413, body.statusCode(), body.body());
        // Without a Content-Length (chunked), the body is counted as it arrives.
        byte[] bytes = ("query=" + enc(big)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertEquals(413, chunked.statusCode(), chunked.body());
        HttpResponse<String> uri = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query="
                + enc("SELECT * { ?s ?p ?o } #" + "y".repeat(10 * 1024)))).GET());
        assertEquals(414, uri.statusCode(), uri.body());
        // Below the limits all is normal.
        assertEquals(200, send(form(server, "kg/sparql", "query=" + enc("SELECT * { ?s ?p ?o } LIMIT 1 #" + "z".repeat(1000)))).statusCode());
        assertEquals(TRIPLES, count(server));
    }
}
