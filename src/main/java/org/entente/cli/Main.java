package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import org.entente.EntenteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code entente} command line: {@code ingest}, {@code serve}, {@code extract}, {@code query},
 * {@code export}, {@code validate}, {@code stats}, {@code eval}. Errors print one line and exit
 * non-zero; {@code --verbose} adds logs and stack traces.
 *
 * <pre>{@code
 * entente serve data/          # ingest data/ into ./store and serve it at http://localhost:3030/
 * entente query -e 'SELECT * { ?a dip:talkedWith ?b } LIMIT 5'
 * }</pre>
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = "Diplomacy news (French and English) to an RDF knowledge graph in Jena TDB2, served over SPARQL.",
        subcommands = {IngestCommand.class, ServeCommand.class, ExtractCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, StatsCommand.class, EvalCommand.class, BenchCommand.class,
                CompactCommand.class})
public final class Main implements Runnable {
    static boolean verbose;

    @CommandLine.Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log progress and show stack traces.")
    void setVerbose(boolean v) {
        verbose = v;
        if (v) {
            verboseLogging();
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * slf4j-simple reads its levels once, when the first logger is made: set before any logging. A run in a
     * process that has already logged (tests) keeps the level it had.
     */
    private static void verboseLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }

    public static void main(String[] args) {
        warmUp(args);
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose")) {
                verboseLogging();
            }
            if (a.equals("--")) {
                break;
            }
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Start-up is mostly class loading and static initialisation, on one thread. On a machine with more
     * than one core, two daemon threads do part of it while the main thread parses the command line and
     * opens the store: Jena's subsystems (which every command needs), and for {@code serve} the HTTP server's
     * classes, which do not depend on Jena. A class a warm-up thread is initialising makes the main thread
     * wait for it, never do it twice; a failure here only means no head start.
     */
    private static void warmUp(String[] args) {
        if (Runtime.getRuntime().availableProcessors() < 2 || args.length == 0 || args[0].startsWith("-")) {
            return;
        }
        boolean serve = args[0].equals("serve");
        daemon("entente-warm-up-jena", () -> {
            org.apache.jena.sys.JenaSystem.init();
            if (serve) {
                load(FUSEKI_CLASSES);
            }
        });
        if (serve) {
            daemon("entente-warm-up-server", () -> load(SERVER_CLASSES));
        }
    }

    private static void load(List<String> classes) {
        for (String c : classes) {
            try {
                Class.forName(c, true, Main.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return;
            }
        }
    }

    /** Fuseki's server and its query path (they need Jena initialised). */
    private static final List<String> FUSEKI_CLASSES = List.of(
            "org.apache.jena.fuseki.main.FusekiServer", "org.apache.jena.fuseki.server.OperationRegistry",
            "org.apache.jena.fuseki.servlets.SPARQL_QueryDataset", "org.apache.jena.fuseki.servlets.ResponseResultSet",
            "org.apache.jena.sparql.resultset.ResultsWriter", "org.apache.jena.riot.rowset.rw.RowSetWriterJSON");

    /** Entry points of the HTTP server that load most of its classes; none of them initialises Jena. */
    private static final List<String> SERVER_CLASSES = List.of(
            "org.eclipse.jetty.server.Server", "org.eclipse.jetty.server.ServerConnector",
            "org.eclipse.jetty.server.HttpConnectionFactory", "org.eclipse.jetty.ee10.servlet.ServletContextHandler",
            "org.eclipse.jetty.ee10.servlet.ServletHandler", "org.eclipse.jetty.ee10.servlet.ServletHolder",
            "org.eclipse.jetty.ee10.servlet.FilterHolder", "org.eclipse.jetty.http.HttpParser",
            "org.eclipse.jetty.http.HttpGenerator", "org.eclipse.jetty.http.MimeTypes",
            "org.eclipse.jetty.util.thread.QueuedThreadPool", "org.eclipse.jetty.io.ManagedSelector");

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (RuntimeException | LinkageError e) {
                // A head start only: the main thread does the same work when it gets there.
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    /** Runs a command line and returns its exit code; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        verbose = false;
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof EntenteException) {
                err.println("entente: " + e.getMessage());
            } else {
                err.println("entente: unexpected error: " + e);
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof EntenteException ? 1 : 70;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
