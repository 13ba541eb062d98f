package org.entente;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ArticleSink;
import org.entente.article.Rejected;
import org.entente.rdf.ArticleGraph;

/**
 * Reads articles, runs the pipeline on them in parallel and hands the graphs on in batches (to a
 * {@link org.entente.store.KnowledgeStore}, or to a writer). A bad article is reported and skipped;
 * the rest of its batch goes on.
 *
 * <p>The sink runs on its own thread, one batch at a time and in order, while the next batch is being
 * extracted: writing batch N overlaps extracting batch N+1, and at most one batch waits to be written
 * (memory stays bounded). An exception from the sink stops the run before any later batch is written,
 * and {@link #run} returns only once the last write has finished.
 *
 * <pre>{@code
 * Ingestor.Report r = Ingestor.builder().pipeline(p).threads(2)
 *         .sink(store::write).build().run(List.of(Path.of("data")));
 * }</pre>
 */
public final class Ingestor {
    /** What an ingest did: how many articles were stored, and which records were rejected and why. */
    public record Report(int stored, List<Rejected> rejected) {
        public boolean ok() {
            return rejected.isEmpty();
        }
    }

    private final Pipeline pipeline;
    private final int threads;
    /**
     * Default batch sizes: the first batch of an ingest holds 200 articles and each next one twice as many, up to
     * 1 600. Small ingests keep writing one batch while extracting the next; large ones commit less often, and
     * every TDB2 commit leaves copies of the B+tree blocks it touched in the files until a compaction (10 000
     * articles: 4.4 GB with batches of 200, 2.0 GB with batches of 1 000, which also ran 12% faster).
     */
    public static final int FIRST_BATCH = 200;
    public static final int MAX_BATCH = 1_600;

    private final int firstBatch;
    private final int maxBatch;
    private final Consumer<List<ArticleGraph>> sink;
    private final Consumer<Rejected> onReject;

    private Ingestor(Builder b) {
        this.pipeline = b.pipeline;
        this.threads = b.threads;
        this.firstBatch = b.firstBatch;
        this.maxBatch = b.maxBatch;
        this.sink = b.sink;
        this.onReject = b.onReject;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Report run(List<Path> paths) {
        List<Rejected> rejected = new ArrayList<>();
        int[] stored = {0};
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "entente-extract");
            t.setDaemon(true);
            return t;
        });
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "entente-write");
            t.setDaemon(true);
            return t;
        });
        Writes writes = new Writes(writer);
        boolean ok = false;
        try {
            List<Article> batch = new ArrayList<>(firstBatch);
            ArticleSink reader = new ArticleSink() {
                int size = firstBatch;

                @Override
                public void accept(Article a) {
                    batch.add(a);
                    if (batch.size() >= size) {
                        stored[0] += flush(batch, pool, rejected, writes);
                        batch.clear();
                        size = (int) Math.min(maxBatch, 2L * size);
                    }
                }

                @Override
                public void reject(Rejected r) {
                    rejected.add(r);
                    onReject.accept(r);
                }
            };
            ArticleReader.read(paths, reader);
            if (!batch.isEmpty()) {
                stored[0] += flush(batch, pool, rejected, writes);
            }
            writes.await();
            ok = true;
        } finally {
            pool.shutdownNow();
            if (!ok) {
                // Let a write in progress finish (or fail) before the caller closes its store.
                writes.awaitQuietly();
            }
            writer.shutdownNow();
        }
        return new Report(stored[0], List.copyOf(rejected));
    }

    /** The one batch being written, on the writer thread. */
    private final class Writes {
        private final ExecutorService writer;
        private Future<?> pending;

        Writes(ExecutorService writer) {
            this.writer = writer;
        }

        /** Waits for the previous batch, then starts writing this one. */
        void submit(List<ArticleGraph> graphs) {
            await();
            pending = writer.submit(() -> sink.accept(graphs));
        }

        /** Waits for the batch being written; rethrows what the sink threw. */
        void await() {
            Future<?> f = pending;
            pending = null;
            if (f == null) {
                return;
            }
            try {
                f.get();
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof Error err) {
                    throw err;
                }
                throw new EntenteException("writing a batch failed: " + c, c);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EntenteException("interrupted", e);
            }
        }

        void awaitQuietly() {
            try {
                await();
            } catch (RuntimeException | Error e) {
                // The run is already failing with another exception.
            }
        }
    }

    private int flush(List<Article> batch, ExecutorService pool, List<Rejected> rejected, Writes writes) {
        List<Future<ArticleGraph>> futures = new ArrayList<>(batch.size());
        for (Article a : batch) {
            futures.add(pool.submit(() -> pipeline.process(a)));
        }
        List<ArticleGraph> graphs = new ArrayList<>(batch.size());
        for (int i = 0; i < futures.size(); i++) {
            Article a = batch.get(i);
            try {
                graphs.add(futures.get(i).get());
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                Rejected r = new Rejected(a.origin(), c instanceof EntenteException ? c.getMessage()
                        : "extraction failed for article '" + a.id() + "': " + c);
                rejected.add(r);
                onReject.accept(r);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EntenteException("interrupted", e);
            }
        }
        if (!graphs.isEmpty()) {
            writes.submit(graphs);
        }
        return graphs.size();
    }

    /**
     * Settings: pipeline (required), threads (default: cores), batch size (default: {@value #FIRST_BATCH} doubling
     * to {@value #MAX_BATCH}), sink (required).
     */
    public static final class Builder {
        private Pipeline pipeline;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int firstBatch = FIRST_BATCH;
        private int maxBatch = MAX_BATCH;
        private Consumer<List<ArticleGraph>> sink;
        private Consumer<Rejected> onReject = r -> { };

        public Builder pipeline(Pipeline p) {
            this.pipeline = p;
            return this;
        }

        public Builder threads(int n) {
            if (n < 1) {
                throw new EntenteException("--threads must be at least 1, not " + n);
            }
            this.threads = n;
            return this;
        }

        /** Every batch holds {@code n} articles (the last one fewer). */
        public Builder batchSize(int n) {
            return batchSizes(n, n);
        }

        /** The first batch holds {@code first} articles, each next one twice as many, up to {@code max}. */
        public Builder batchSizes(int first, int max) {
            if (first < 1 || max < first) {
                throw new EntenteException("--batch must be at least 1, not " + first
                        + (max < first ? " (and at most " + max + ")" : ""));
            }
            this.firstBatch = first;
            this.maxBatch = max;
            return this;
        }

        /** A fixed batch size, or the default growing batches when {@code n} is null (an option not given). */
        public Builder batchSize(Integer n) {
            return n == null ? this : batchSize(n.intValue());
        }

        public Builder sink(Consumer<List<ArticleGraph>> s) {
            this.sink = s;
            return this;
        }

        /** Called for each rejected record as it happens (e.g. to print it). */
        public Builder onReject(Consumer<Rejected> c) {
            this.onReject = c;
            return this;
        }

        public Ingestor build() {
            if (pipeline == null || sink == null) {
                throw new IllegalStateException("Ingestor needs a pipeline and a sink");
            }
            return new Ingestor(this);
        }
    }
}
