package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.EntenteException;
import org.entente.Ingestor;
import org.entente.Pipeline;
import org.entente.article.ArticleReader;
import org.entente.article.Rejected;

/**
 * Ingests the article files that appear in a directory (recursively) into a store that is being served:
 * each file once, and again when it changes (its articles then replace their previous graphs). Polls
 * every interval; a file is taken once its size and modification time have stayed the same for one
 * poll, so a file still being copied is not read half-way (writing it under another name and renaming
 * it into the directory is safest). Writes go through {@link KnowledgeStore#write}, one transaction per
 * batch, so queries see an article's old graph or its new one, never a mix. Deleting a file does not
 * delete its articles.
 *
 * <pre>{@code
 * try (Watcher w = Watcher.start(dir, pipeline, store, Duration.ofSeconds(2), msg -> out.println(msg), err::println)) {
 *     server.join();
 * }
 * }</pre>
 */
public final class Watcher implements AutoCloseable {
    /** What a poll did with one file. */
    public record Ingested(Path file, Ingestor.Report report) {
    }

    private record Stamp(long modified, long size) {
    }

    private final Path dir;
    private final Pipeline pipeline;
    private final KnowledgeStore store;
    private final int threads;
    private final Integer batch;
    private final Consumer<String> log;
    private final Consumer<Rejected> onReject;
    private final Map<Path, Stamp> done = new HashMap<>();
    private final Map<Path, Stamp> pending = new HashMap<>();
    private ScheduledExecutorService timer;

    /** {@code batch}: articles per write transaction, or null for the {@link Ingestor}'s default. */
    public Watcher(Path dir, Pipeline pipeline, KnowledgeStore store, int threads, Integer batch, Consumer<String> log,
                   Consumer<Rejected> onReject) {
        if (!Files.isDirectory(dir)) {
            throw new EntenteException("--watch " + dir + ": not a directory (create it first)");
        }
        this.dir = dir;
        this.pipeline = pipeline;
        this.store = store;
        this.threads = threads;
        this.batch = batch;
        this.log = log;
        this.onReject = onReject;
    }

    /** Polls in a background thread every {@code interval} until {@link #close()}. */
    public Watcher start(Duration interval) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "entente-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                log.accept("watch " + dir + ": " + e.getMessage());
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * One look at the directory: ingests the files that are new or changed and have been stable since the
     * previous poll. Returns what it ingested (for tests and logs).
     */
    public synchronized List<Ingested> poll() {
        List<Ingested> out = new ArrayList<>();
        Map<Path, Stamp> now = scan();
        for (Map.Entry<Path, Stamp> e : now.entrySet()) {
            Path f = e.getKey();
            Stamp s = e.getValue();
            if (s.equals(done.get(f))) {
                continue;
            }
            if (!s.equals(pending.put(f, s))) {
                continue; // new or still changing: take it at the next poll if it stays the same
            }
            pending.remove(f);
            done.put(f, s);
            Ingestor.Report r;
            try {
                r = Ingestor.builder().pipeline(pipeline).threads(threads).batchSize(batch).sink(store::write)
                        .onReject(onReject).build().run(List.of(f));
            } catch (EntenteException ex) {
                Rejected rej = new Rejected(f.toString(), ex.getMessage());
                onReject.accept(rej);
                r = new Ingestor.Report(0, List.of(rej));
            }
            log.accept("watch: stored " + r.stored() + " article(s) from " + f
                    + (r.ok() ? "" : "; rejected " + r.rejected().size()));
            out.add(new Ingested(f, r));
        }
        pending.keySet().retainAll(now.keySet());
        return out;
    }

    private Map<Path, Stamp> scan() {
        Map<Path, Stamp> m = new HashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gold.jsonl"))
                    .sorted().toList()) {
                try {
                    m.put(f, new Stamp(Files.getLastModifiedTime(f).toMillis(), Files.size(f)));
                } catch (IOException e) {
                    // Gone between listing and looking: ignore until it is back.
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new EntenteException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return m;
    }

    /** Stops polling; waits for an ingest in progress to finish its batch. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
