package org.entente.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
@Command(name = "entente", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "entente 0.1.0",
        description = "Diplomacy news (French and English) to an RDF knowledge graph in Jena TDB2, served over SPARQL.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order the usage lists them. They are added here rather than in
     * {@code @Command(subcommands = …)} so that a run builds the picocli model (annotation reflection, option
     * defaults) of the one command it runs, not of all ten.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("ingest", IngestCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("extract", ExtractCommand::new);
        m.put("query", QueryCommand::new);
        m.put("export", ExportCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("stats", StatsCommand::new);
        m.put("eval", EvalCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("compact", CompactCommand::new);
        return Collections.unmodifiableMap(m);
    }

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
        if (preloads(args)) {
            StartupPreloader.start(); // reads serve's classes from the jar on the second core
        }
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
     * Whether {@link #main} starts the class preloader: only for {@code serve}, whose start-up its list was made
     * from. Other commands read Fuseki's and Jetty's classes for nothing: with it, ingesting the 10 sample
     * articles took 5.48 s against 4.98 s, and a query 1.16 s against 1.05 s (medians of 5 and 6 runs).
     */
    static boolean preloads(String[] args) {
        return "serve".equals(commandName(args));
    }

    /**
     * The subcommand a command line runs, or null when it asks for the top-level help or version or names no
     * known command: then every command is added, for the usage and for picocli's "did you mean".
     */
    static String commandName(String[] args) {
        for (String a : args) {
            if (a.equals("--") || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return null;
            }
            if (!a.startsWith("-")) {
                return COMMANDS.containsKey(a) ? a : null;
            }
        }
        return null;
    }

    /** Runs a command line and returns its exit code; for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        verbose = false;
        CommandLine cl = new CommandLine(new Main());
        String chosen = commandName(args);
        COMMANDS.forEach((name, command) -> {
            if (chosen == null || chosen.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
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
