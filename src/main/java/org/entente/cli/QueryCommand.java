package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.entente.EntenteException;
import org.entente.rdf.Prefixes;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente query FILE.rq | -e SPARQL}: run a query against the store. */
@Command(name = "query", description = "Run a SPARQL query against the store. The prefixes dip:, ent:, country:, "
        + "org:, format:, group:, person:, place:, rdf:, rdfs:, owl:, xsd:, schema:, dcterms:, prov:, skos: and wd: "
        + "need no declaration.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = {"-e", "--query"}, paramLabel = "SPARQL", description = "The query itself.")
        String text;
    }

    @Option(names = "--results", defaultValue = "text", description = "text, json, csv, tsv or xml (default: ${DEFAULT-VALUE}).")
    String results;

    @Override
    public Integer call() throws IOException {
        String q = source.text;
        if (q == null) {
            if (!Files.isReadable(source.file)) {
                throw new EntenteException(source.file + ": no such query file");
            }
            q = Files.readString(source.file, StandardCharsets.UTF_8);
        }
        Query query;
        try {
            query = QueryFactory.create(Prefixes.addTo(q));
        } catch (QueryParseException e) {
            throw new EntenteException("query does not parse: " + e.getMessage().replace('\n', ' '));
        }
        OutputStream out = System.out;
        try (KnowledgeStore ks = KnowledgeStore.open(store.loc)) {
            Txn.executeRead(ks.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(query).build()) {
                    if (query.isSelectType()) {
                        ResultSet rs = qe.execSelect();
                        switch (results) {
                            case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
                            case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                            case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
                            case "xml" -> ResultSetFormatter.outputAsXML(out, rs);
                            case "text" -> ResultSetFormatter.out(out, rs, query);
                            default -> throw new EntenteException("unknown --results '" + results + "': use text, json, csv, tsv or xml");
                        }
                    } else if (query.isAskType()) {
                        System.out.println(qe.execAsk());
                    } else if (query.isConstructType()) {
                        RDFDataMgr.write(out, qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
                    } else if (query.isDescribeType()) {
                        RDFDataMgr.write(out, qe.execDescribe(), RDFFormat.TURTLE_PRETTY);
                    } else {
                        throw new EntenteException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here; the store is read-only");
                    }
                }
            });
        }
        System.out.flush();
        return 0;
    }
}
