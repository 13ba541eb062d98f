package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Ingestor;
import org.entente.Pipeline;
import org.entente.server.EntenteServer;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente serve [PATH…]}: ingest the paths, then serve the store until Ctrl-C. */
@Command(name = "serve", description = "Ingest the given paths (if any), then serve the store over SPARQL at "
        + "http://localhost:PORT/kg/sparql with the web page at /.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles to ingest before serving.")
    List<Path> paths = List.of();

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--localhost", negatable = true, defaultValue = "true",
            description = "Listen on 127.0.0.1 only (default). --no-localhost or --host listens on every interface.")
    boolean localhost = true;

    @Option(names = "--host", description = "Listen on every interface (same as --no-localhost).")
    boolean anyHost;

    @Option(names = "--timeout", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeout = 30;

    @Option(names = "--threads", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeStore ks = KnowledgeStore.open(store.loc);
        int code = 0;
        if (!paths.isEmpty()) {
            Ingestor.Report r = IngestCommand.ingest(Pipeline.builder().build(), ks, paths, threads, 200, err);
            out.println("stored " + r.stored() + " article(s) in " + store.loc
                    + (r.ok() ? "" : "; rejected " + r.rejected().size() + " (see above)"));
            code = r.ok() ? 0 : 2;
        }
        EntenteServer server = EntenteServer.create().dataset(ks.datasetGraph()).port(port)
                .localhost(localhost && !anyHost).timeoutMillis(timeout * 1000L).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            ks.close();
        }, "entente-shutdown"));
        out.println("serving " + store.loc + " at " + server.url() + "  (SPARQL: " + server.url() + "kg/sparql; Ctrl-C to stop)");
        out.flush();
        server.join();
        return code;
    }
}
