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
import org.entente.EntenteException;
import org.entente.Ingestor;
import org.entente.Pipeline;
import org.entente.rdf.ArticleGraph;
import org.entente.rdf.Dip;
import org.entente.store.NQuadsShards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente extract PATH… --format nq}: RDF to standard output, no store; or, with
 * {@code --output-dir DIR --shard-size N}, N-Quads shards for a bulk loader.
 */
@Command(name = "extract", description = "Extract relations from articles and write RDF to standard output "
        + "(no store). N-Quads and TriG keep one named graph per article. With --output-dir, N-Quads shards "
        + "for a bulk loader.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories of articles.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "nq", description = "nq, trig, ttl, nt or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write N-Quads shards to DIR instead of "
            + "standard output: part-00000.nq, part-00001.nq, … (--shard-size articles each) and actors.nq, the "
            + "actors graph; for tdb2.tdbloader, tdb2.xloader or another store's bulk loader.")
    Path outputDir;

    @Option(names = "--shard-size", paramLabel = "N", description = "With --output-dir: articles per shard "
            + "(default: 10000).")
    Integer shardSize;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RDFFormat f = RdfFormats.of(format);
        PrintWriter err = spec.commandLine().getErr();
        if (outputDir != null) {
            return shards(f, err);
        }
        if (shardSize != null) {
            throw new EntenteException("--shard-size goes with --output-dir DIR");
        }
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

    /** N-Quads shards in --output-dir, streamed: memory holds one batch and the actors graph. */
    private int shards(RDFFormat f, PrintWriter err) {
        if (f != RDFFormat.NQUADS) {
            throw new EntenteException("--output-dir writes N-Quads shards; leave out --format or give --format nq");
        }
        NQuadsShards sink = new NQuadsShards(outputDir, shardSize == null ? 10_000 : shardSize);
        Pipeline pipeline = Pipeline.builder().build();
        Ingestor.Report r;
        try {
            sink.writeActors(pipeline.dictionary().actors());
            r = Ingestor.builder().pipeline(pipeline).threads(threads)
                    .onReject(x -> err.println("entente: rejected " + x))
                    .sink(sink::write).build().run(paths);
        } catch (RuntimeException e) {
            sink.abort();
            throw e;
        }
        sink.close();
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + sink.articles() + " article(s) in " + (sink.files().size() - 1) + " shard(s) and "
                + NQuadsShards.ACTORS_FILE + " to " + outputDir
                + (r.ok() ? "" : "; rejected " + r.rejected().size() + " (see above)"));
        out.flush();
        return r.ok() ? 0 : 2;
    }
}
