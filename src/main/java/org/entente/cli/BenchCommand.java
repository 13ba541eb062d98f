package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente bench --articles N}: speed and memory of every stage; figures for the README. */
@Command(name = "bench", description = "Measure each stage, the whole pipeline, TDB2 writes against Jena's bulk "
        + "loader, peak heap, store size and query latency on a corpus of N articles built from data/.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles = 1000;

    @Option(names = "--threads", description = "Threads for the end-to-end run (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--work", description = "Scratch directory (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target/bench");

    @Option(names = "--samples", description = "Articles to build the corpus from (default: ${DEFAULT-VALUE}).")
    Path samples = Path.of("data");

    @Option(names = "--query-runs", description = "Runs per query for latency percentiles (default: ${DEFAULT-VALUE}).")
    int queryRuns = 20;

    @Option(names = "--query-warmup", paramLabel = "SECONDS", description = "Warm-up before the queries are timed, "
            + "at least 2 rounds (default: ${DEFAULT-VALUE} s); the first run of each query is reported as well.")
    int queryWarmup = 15;

    @Option(names = "--jar", description = "Also time 'java -jar JAR serve' to its first answered query "
            + "(default: target/entente.jar when it exists).")
    Path jar;

    @Option(names = "--ingest-only", description = "Only time 'entente ingest' on the corpus (streamed from a file, "
            + "not held in memory) and report peak heap and heap after GC as it goes, then the queries: for large N.")
    boolean ingestOnly;

    @Option(names = "--store", paramLabel = "DIR", description = "Measure only the queries (and the start-up time) on "
            + "this existing store, e.g. the one an earlier --ingest-only run left in WORK/store.")
    Path store;

    @Option(names = "--no-event-queries", negatable = false,
            description = "Time only queries/*.rq, not the event-level versions in queries/events/ (seconds each on a large store).")
    boolean noEventQueries;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path j = jar != null ? jar : Files.exists(Path.of("target/entente.jar")) ? Path.of("target/entente.jar") : null;
        Bench.builder().articles(articles).threads(threads).work(work).samples(samples).queryRuns(queryRuns)
                .queryWarmup(queryWarmup).jar(j)
                .ingestOnly(ingestOnly).store(store).eventQueries(!noEventQueries)
                .build().run(spec.commandLine().getOut());
        return 0;
    }
}
