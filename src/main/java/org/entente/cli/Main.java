package org.entente.cli;

import java.io.PrintWriter;
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
