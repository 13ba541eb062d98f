package org.entente.store;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.entente.cli.Main;

/** Running the command line, and asking the same query of a local store and a remote endpoint. */
final class RemoteHelpers {
    private RemoteHelpers() {
    }

    record Run(int code, String out, String err) {
    }

    /** Main.run with output captured (extract writes RDF to System.out). */
    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        synchronized (RemoteHelpers.class) {
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
    }

    /** Main.run without capturing System.out (safe to call from another thread while the test runs). */
    static Run cliNoStdout(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static HttpClient client(String user, String password) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password.toCharArray());
            }
        }).build();
    }

    /** Rows as sorted strings (var=node in N-Triples form), so row order and engine do not matter. */
    static List<String> rows(ResultSet rs) {
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            TreeMap<String, String> row = new TreeMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v) == null ? "" : s.get(v).asNode().toString()));
            rows.add(row.toString());
        }
        rows.sort(null);
        return rows;
    }

    static List<String> local(KnowledgeStore ks, String sparql) {
        Query q = QueryFactory.create(sparql);
        return Txn.calculateRead(ks.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(q).build()) {
                return rows(qe.execSelect());
            }
        });
    }

    static List<String> remote(String sparqlEndpoint, HttpClient http, String sparql) {
        try (QueryExecution qe = QueryExecutionHTTP.service(sparqlEndpoint).httpClient(http).query(sparql).build()) {
            return rows(qe.execSelect());
        }
    }

    // The summary graph is the local store's own: a remote store written over the Graph Store Protocol has none.
    static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER (?g != <https://w3id.org/entente/graph/summary>) }";
    static final String COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a <http://schema.org/NewsArticle> } }";
    static final String COUNT_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER (?g != <https://w3id.org/entente/graph/summary>) }";
}
