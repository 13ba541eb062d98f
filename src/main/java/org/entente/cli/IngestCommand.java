package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Ingestor;
import org.entente.Pipeline;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente ingest PATH…}: extract and store articles; exit 2 when some were rejected. */
@Command(name = "ingest", description = "Read articles (.jsonl, .txt/.md with front matter, .html, directories), "
        + "extract relations and store them in TDB2. Re-ingesting an article replaces it.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories of articles.")
    List<Path> paths;

    @Option(names = "--threads", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch = 200;

    @Option(names = "--actors", paramLabel = "DIR", description = "Extra actor data: TSV files named like the bundled ones.")
    Path actorDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = Pipeline.builder().actorData(actorDir).build();
        try (KnowledgeStore ks = KnowledgeStore.open(store.loc)) {
            Ingestor.Report r = ingest(pipeline, ks, paths, threads, batch, err);
            out.println("stored " + r.stored() + " article(s) in " + store.loc
                    + (r.ok() ? "" : "; rejected " + r.rejected().size() + " (see above)"));
            return r.ok() ? 0 : 2;
        }
    }

    /** Shared with {@code serve}: ingest paths into an open store, printing each rejection. */
    static Ingestor.Report ingest(Pipeline pipeline, KnowledgeStore ks, List<Path> paths, int threads, int batch,
                                  PrintWriter err) {
        ks.writeActors(pipeline.dictionary().actors());
        return Ingestor.builder().pipeline(pipeline).threads(threads).batchSize(batch).sink(ks::write)
                .onReject(r -> err.println("entente: rejected " + r)).build().run(paths);
    }
}
