package org.entente.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.entente.Ingestor;
import org.entente.Pipeline;
import org.entente.rdf.ArticleGraph;
import org.entente.rdf.Dip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente extract PATH… --format nq}: RDF to standard output, no store. */
@Command(name = "extract", description = "Extract relations from articles and write RDF to standard output "
        + "(no store). N-Quads and TriG keep one named graph per article.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories of articles.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "nq", description = "nq, trig, ttl, nt or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RDFFormat f = RdfFormats.of(format);
        PrintWriter err = spec.commandLine().getErr();
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        Node actors = NodeFactory.createURI(Dip.ACTORS_GRAPH);
        Ingestor.Report r = Ingestor.builder().pipeline(Pipeline.builder().build()).threads(threads)
                .onReject(x -> err.println("entente: rejected " + x))
                .sink(batch -> {
                    for (ArticleGraph a : batch) {
                        Node g = NodeFactory.createURI(a.name());
                        a.graph().find().forEach(t -> out.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                        a.actors().find().forEach(t -> out.add(actors, t.getSubject(), t.getPredicate(), t.getObject()));
                    }
                }).build().run(paths);
        err.flush();
        OutputStream stdout = System.out;
        if (RdfFormats.hasGraphs(f)) {
            RDFDataMgr.write(stdout, out, f);
        } else {
            RDFDataMgr.write(stdout, out.getUnionGraph(), f);
        }
        spec.commandLine().getOut().flush();
        return r.ok() ? 0 : 2;
    }
}
