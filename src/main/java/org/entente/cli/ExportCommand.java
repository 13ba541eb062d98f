package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.entente.EntenteException;
import org.entente.export.GraphExport;
import org.entente.export.GraphFormat;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code entente export --format …}: RDF (trig, nq, ttl, nt, jsonld) or a graph for Gephi, Cytoscape,
 * yEd and Graphviz (gexf, graphml, cyjs, dot).
 */
@Command(name = "export", description = "Write the store as RDF (trig, nq and jsonld keep the per-article graphs; "
        + "ttl and nt merge them) or as an actor network for graph tools: graphml (yEd, Cytoscape), gexf (Gephi), "
        + "dot (Graphviz), cyjs (Cytoscape.js). The network options apply to the graph formats only.")
final class ExportCommand implements Callable<Integer> {
    private static final Set<String> GRAPH_FORMATS = Set.of("graphml", "gexf", "dot", "cyjs");

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "trig",
            description = "trig, nq, ttl, nt, jsonld, graphml, gexf, dot or cyjs (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--lang", defaultValue = "en", description = "Label language of the network: en or fr (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--relations", split = ",", paramLabel = "REL",
            description = "Keep only these relations (talkedWith,deploys,…).")
    List<String> relations = List.of();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Keep events on or after this date.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Keep events on or before this date.")
    String to;

    @Option(names = "--actors", split = ",", paramLabel = "ACTOR",
            description = "Keep edges touching these actors (Wikidata id, IRI or label).")
    List<String> actors = List.of();

    @Option(names = "--query", paramLabel = "FILE.rq",
            description = "Export the result of a CONSTRUCT, or of a SELECT with ?source ?relation ?target.")
    Path query;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        boolean graph = GRAPH_FORMATS.contains(f);
        RDFFormat rdf = graph ? null : RdfFormats.of(f);
        GraphExport.Builder network = graph ? network() : null;
        try (KnowledgeStore ks = KnowledgeStore.open(store.loc);
             OutputStream out = output == null ? new NonClosing(System.out) : Files.newOutputStream(output)) {
            if (graph) {
                network.dataset(ks.dataset()).build().write(GraphFormat.of(f), out);
                return 0;
            }
            Txn.executeRead(ks.dataset(), () -> {
                if (RdfFormats.hasGraphs(rdf)) {
                    RDFDataMgr.write(out, ks.datasetGraph(), rdf);
                } else {
                    RDFDataMgr.write(out, ks.datasetGraph().getUnionGraph(), rdf);
                }
            });
        }
        return 0;
    }

    /** The network settings, checked before the store is opened. */
    private GraphExport.Builder network() throws IOException {
        GraphExport.Builder b = GraphExport.create().lang(lang).relations(new LinkedHashSet<>(relations))
                .actors(new LinkedHashSet<>(actors)).from(date("--from", from)).to(date("--to", to));
        if (query != null) {
            if (!Files.isReadable(query)) {
                throw new EntenteException(query + ": no such query file");
            }
            b.query(Files.readString(query, StandardCharsets.UTF_8));
        }
        return b;
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new EntenteException(option + " '" + value + "' is not a date: use YYYY-MM-DD");
        }
    }

    /** Standard output must stay open after the export. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
