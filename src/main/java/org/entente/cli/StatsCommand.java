package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.entente.rdf.Prefixes;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code entente stats}: what the store holds. */
@Command(name = "stats", description = "Count articles, events, actors and relations by type in the store.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore ks = KnowledgeStore.open(store.loc)) {
            Txn.executeRead(ks.dataset(), () -> {
                out.println("articles  " + count(ks, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a schema:NewsArticle }"));
                out.println("events    " + count(ks, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a dip:Event }"));
                out.println("actors    " + count(ks, "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?d dip:mentions ?x }")
                        + " mentioned (" + count(ks, "SELECT (COUNT(DISTINCT ?x) AS ?n) { GRAPH <"
                        + org.entente.rdf.Dip.ACTORS_GRAPH + "> { ?x rdfs:label ?l } }") + " known)");
                out.println("quads     " + count(ks, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
                String q = Prefixes.addTo("SELECT ?r (COUNT(*) AS ?n) { ?e dip:relation ?r } GROUP BY ?r ORDER BY DESC(?n) ?r");
                try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(q).build()) {
                    qe.execSelect().forEachRemaining(s -> out.printf("  %-22s %d%n",
                            s.getResource("r").getLocalName(), s.getLiteral("n").getLong()));
                }
            });
        }
        return 0;
    }

    private static long count(KnowledgeStore ks, String q) {
        try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(Prefixes.addTo(q)).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
