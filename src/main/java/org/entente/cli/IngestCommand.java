package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.EntenteException;
import org.entente.Ingestor;
import org.entente.Pipeline;
import org.entente.store.GraphSink;
import org.entente.store.KnowledgeStore;
import org.entente.store.RemoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente ingest PATH…}: extract and store articles, in the local TDB2 store or, with
 * {@code --target URL}, in any SPARQL Graph Store Protocol endpoint; exit 2 when some were rejected.
 */
@Command(name = "ingest", description = "Read articles (.jsonl, .txt/.md with front matter, .html, directories), "
        + "extract relations and store them in TDB2, or with --target in a remote store through the SPARQL "
        + "Graph Store Protocol. Re-ingesting an article replaces it.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories of articles.")
    List<Path> paths;

    @Option(names = "--threads", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The help of {@code --batch}, shared with {@code serve}. */
    static final String BATCH_HELP = "Articles per write transaction (default: " + Ingestor.FIRST_BATCH
            + " for the first, each next twice as many up to " + Ingestor.MAX_BATCH
            + ": fewer commits leave less for 'compact' to reclaim).";

    @Option(names = "--batch", description = BATCH_HELP)
    Integer batch;

    @Option(names = "--actors", paramLabel = "DIR", description = "Extra actor data: TSV files named like the bundled ones.")
    Path actorDir;

    @Option(names = "--target", paramLabel = "URL", description = "Write to this SPARQL 1.1 Graph Store Protocol "
            + "endpoint (e.g. http://host:3030/ds/data) instead of the local store: one PUT per article graph. "
            + "--loc is then not used.")
    String target;

    @Option(names = "--auth-file", paramLabel = "FILE", description = "With --target: HTTP credentials, one line "
            + "'user:password'.")
    Path authFile;

    @Option(names = "--retries", paramLabel = "N", description = "With --target: tries per request in all, on 5xx, "
            + "408, 429 and connection errors (default: ${DEFAULT-VALUE}).")
    int retries = 5;

    @Option(names = "--retry-backoff", paramLabel = "MS", description = "With --target: first wait before a retry, "
            + "doubling each time (default: ${DEFAULT-VALUE} ms).")
    long retryBackoff = 200;

    @Option(names = "--retry-max-backoff", paramLabel = "MS", description = "With --target: longest wait between "
            + "tries (default: ${DEFAULT-VALUE} ms).")
    long retryMaxBackoff = 10_000;

    @Option(names = "--actors-method", paramLabel = "post|put", description = "With --target: merge the dictionary's "
            + "actors into the actors graph (post, default) or replace that graph with them (put).")
    String actorsMethod = "post";

    @Option(names = "--compact", description = "Compact the store after the ingest (as 'entente compact'): for large "
            + "ingests, whose many write transactions leave old blocks behind.")
    boolean compact;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (target == null) {
            if (authFile != null) {
                throw new EntenteException("--auth-file goes with --target URL (the local store needs no credentials)");
            }
            Pipeline pipeline = Pipeline.builder().actorData(actorDir).build();
            try (KnowledgeStore ks = KnowledgeStore.open(store.loc)) {
                Ingestor.Report r = ingest(pipeline, ks, paths, threads, batch, err);
                out.println("stored " + r.stored() + " article(s) in " + store.loc
                        + (r.ok() ? "" : "; rejected " + r.rejected().size() + " (see above)"));
                if (compact) {
                    long[] size = ks.compact();
                    out.printf("compacted %s: %.1f MB -> %.1f MB (file lengths)%n", store.loc, size[0] / 1e6, size[1] / 1e6);
                }
                return r.ok() ? 0 : 2;
            }
        }
        if (compact) {
            throw new EntenteException("--compact compacts the local store; it does not go with --target URL");
        }
        RemoteStore.Builder rb = RemoteStore.builder().endpoint(target)
                .retry(new RemoteStore.Retry(retries, Duration.ofMillis(retryBackoff),
                        Duration.ofMillis(Math.max(retryBackoff, retryMaxBackoff))))
                .actorsMethod(actorsMethod())
                .log(line -> {
                    err.println(line);
                    err.flush();
                });
        if (authFile != null) {
            rb.credentials(RemoteStore.readAuthFile(authFile));
        }
        Pipeline pipeline = Pipeline.builder().actorData(actorDir).build();
        try (RemoteStore rs = rb.build()) {
            Ingestor.Report r = ingest(pipeline, rs, paths, threads, batch, err);
            rs.flush();
            out.println("stored " + r.stored() + " article(s) in " + rs.describe()
                    + (rs.retries() == 0 ? "" : " (" + rs.retries() + " request(s) retried)")
                    + (r.ok() ? "" : "; rejected " + r.rejected().size() + " (see above)"));
            return r.ok() ? 0 : 2;
        }
    }

    private RemoteStore.ActorsMethod actorsMethod() {
        return switch (actorsMethod.toLowerCase(Locale.ROOT)) {
            case "post" -> RemoteStore.ActorsMethod.POST;
            case "put" -> RemoteStore.ActorsMethod.PUT;
            default -> throw new EntenteException("--actors-method must be post or put, not '" + actorsMethod + "'");
        };
    }

    /** Shared with {@code serve}: ingest paths into an open store, printing each rejection. */
    static Ingestor.Report ingest(Pipeline pipeline, KnowledgeStore ks, List<Path> paths, int threads, Integer batch,
                                  PrintWriter err) {
        return ingest(pipeline, GraphSink.of(ks), paths, threads, batch, err);
    }

    /** Ingest paths into any sink: the dictionary's actors first, then the articles batch by batch. */
    static Ingestor.Report ingest(Pipeline pipeline, GraphSink sink, List<Path> paths, int threads, Integer batch,
                                  PrintWriter err) {
        sink.writeActors(pipeline.dictionary().actors());
        return Ingestor.builder().pipeline(pipeline).threads(threads).batchSize(batch).sink(sink::write)
                .onReject(r -> err.println("entente: rejected " + r)).build().run(paths);
    }
}
