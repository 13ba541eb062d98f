package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Ingestor;
import org.entente.Pipeline;
import org.entente.server.EntenteServer;
import org.entente.store.KnowledgeStore;
import org.entente.store.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente serve [PATH…]}: ingest the paths, then serve the store until Ctrl-C; with {@code --watch
 * DIR}, also ingest the files that appear in DIR while serving. The server is the store's one writer.
 */
@Command(name = "serve", description = "Ingest the given paths (if any), then serve the store over SPARQL at "
        + "http://localhost:PORT/kg/sparql with the web page at /. Read-only unless --update with --auth-file.")
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

    @Option(names = "--batch", description = IngestCommand.BATCH_HELP)
    Integer batch;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "While serving, ingest article files that appear in DIR (and again when they change).")
    Path watch;

    @Option(names = "--watch-interval", paramLabel = "MS",
            description = "How often --watch looks at DIR, in milliseconds (default: ${DEFAULT-VALUE}).")
    long watchInterval = 2000;

    @Option(names = "--update", description = "Enable SPARQL Update (/kg/update) and Graph Store writes (/kg/data); "
            + "needs --auth-file.")
    boolean update;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "Credentials for --update: lines 'user:password' (HTTP basic; use HTTPS in front of it).")
    Path authFile;

    @Option(names = "--max-rows", description = "Most rows a query on /kg/sparql returns; 0 = no cap "
            + "(default: ${DEFAULT-VALUE}).")
    long maxRows = 10_000;

    @Option(names = "--max-body", paramLabel = "SIZE", description = "Largest request body, e.g. 1M, 512K, 50M "
            + "(default: ${DEFAULT-VALUE}); larger requests get 413.")
    String maxBody = "1M";

    /** For the launcher's class-data-sharing archive: start, answer one query and the page, stop. */
    @Option(names = "--cds-training", hidden = true)
    boolean cdsTraining;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Refuse bad settings (e.g. --update without credentials) before touching the store.
        EntenteServer.Builder settings = EntenteServer.create().port(port).localhost(localhost && !anyHost)
                .timeoutMillis(timeout * 1000L).update(update).authFile(authFile).maxRows(maxRows)
                .maxBodyBytes(parseSize(maxBody)).validate();
        if (watchInterval < 50) {
            throw new org.entente.EntenteException("--watch-interval must be at least 50 ms");
        }
        KnowledgeStore ks = KnowledgeStore.open(store.loc);
        Watcher watcher = null;
        EntenteServer server;
        int code = 0;
        try {
            Pipeline pipeline = paths.isEmpty() && watch == null ? null : Pipeline.builder().build();
            if (watch != null) {
                watcher = new Watcher(watch, pipeline, ks, threads, batch, msg -> {
                    out.println(msg);
                    out.flush();
                }, r -> {
                    err.println("entente: rejected " + r);
                    err.flush();
                });
            }
            if (!paths.isEmpty()) {
                Ingestor.Report r = IngestCommand.ingest(pipeline, ks, paths, threads, batch, err);
                out.println("stored " + r.stored() + " article(s) in " + store.loc
                        + (r.ok() ? "" : "; rejected " + r.rejected().size() + " (see above)"));
                code = r.ok() ? 0 : 2;
            } else if (watch != null) {
                ks.writeActors(pipeline.dictionary().actors());
            }
            server = settings.dataset(ks.datasetGraph()).build().start();
        } catch (RuntimeException e) {
            ks.close();
            throw e;
        }
        if (cdsTraining) {
            try {
                train(server);
            } finally {
                server.stop();
                ks.close();
            }
            return code;
        }
        Watcher w = watcher;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (w != null) {
                w.close();
            }
            server.stop();
            ks.close();
        }, "entente-shutdown"));
        out.println("serving " + store.loc + " at " + server.url() + "  (SPARQL: " + server.url() + "kg/sparql"
                + (update ? "; updates: " + server.url() + "kg/update with credentials" : "; read-only")
                + (watch != null ? "; watching " + watch : "") + "; Ctrl-C to stop)");
        out.flush();
        if (watcher != null) {
            watcher.start(Duration.ofMillis(watchInterval));
        }
        server.join();
        return code;
    }

    /**
     * Loads the classes a first query loads (Fuseki's query path, result writers, the page), so that the
     * launcher's AppCDS archive ({@code -XX:ArchiveClassesAtExit}) holds them.
     */
    private static void train(EntenteServer server) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port();
        String q = java.net.URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 1", java.nio.charset.StandardCharsets.UTF_8);
        for (String path : List.of("/kg/sparql?query=" + q, "/kg/query?query=" + q, "/", "/$/ping")) {
            try {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                // Training only: a failed request means a smaller archive, nothing more.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** "1M", "512k", "2G", "1048576" to bytes. */
    static long parseSize(String s) {
        String t = s.strip().toUpperCase(java.util.Locale.ROOT);
        long unit = 1;
        if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("K")) {
            unit = 1024;
        } else if (t.endsWith("M")) {
            unit = 1024 * 1024;
        } else if (t.endsWith("G")) {
            unit = 1024L * 1024 * 1024;
        }
        if (unit > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Math.multiplyExact(Long.parseLong(t.strip()), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new org.entente.EntenteException("--max-body: '" + s + "' is not a size (e.g. 1M, 512K, 1048576)");
        }
    }
}
