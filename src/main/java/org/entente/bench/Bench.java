package org.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.entente.EntenteException;
import org.entente.Pipeline;
import org.entente.actors.RecognisedArticle;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ArticleSink;
import org.entente.article.Rejected;
import org.entente.extract.Extraction;
import org.entente.nlp.AnalysedArticle;
import org.entente.nlp.FrenchTokenizer;
import org.entente.rdf.ArticleGraph;
import org.entente.server.EntenteServer;
import org.entente.store.KnowledgeStore;

/**
 * The benchmark behind {@code entente bench}: builds a corpus of N articles by repeating and varying
 * the sample articles, then measures each stage (read, NLP, actors, relations, RDF mapping, TDB2
 * write) and the whole pipeline on all cores, bare OpenNLP tokenise+POS on the same text as the
 * reference, TDB2 writes against Jena's bulk loader on the same quads, peak heap, store size, the
 * latency of every query in {@code queries/} (in process, in steady state, and through the server), and,
 * given the jar, the time from {@code java -jar} to the first answered query. Prints a report; asserts
 * nothing.
 *
 * <pre>{@code
 * Bench.builder().articles(1000).threads(2).work(Path.of("target/bench")).build().run(out);
 * }</pre>
 */
public final class Bench {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Rounds of the write comparison (ours, then the loader's, each round). */
    private static final int WRITE_ROUNDS = 3;

    private final int n;
    private final int threads;
    private final Path work;
    private final Path seeds;
    private final int queryRuns;
    private final int queryWarmup;
    private final Path jar;
    private final boolean ingestOnly;
    private final Path store;
    private final boolean eventQueries;

    private Bench(Builder b) {
        this.n = b.n;
        this.threads = b.threads;
        this.work = b.work;
        this.seeds = b.seeds;
        this.queryRuns = b.queryRuns;
        this.queryWarmup = b.queryWarmup;
        this.jar = b.jar;
        this.ingestOnly = b.ingestOnly;
        this.store = b.store;
        this.eventQueries = b.eventQueries;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs every measurement and prints the report. */
    public void run(PrintWriter out) {
        if (store != null) {
            try {
                if (!Files.isDirectory(store)) {
                    throw new EntenteException("--store " + store + ": no such store directory");
                }
                storeSize(out, store, articleCount(store));
                queries(out, store);
                if (jar != null) {
                    Files.createDirectories(work);
                    startup(out, store);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (ingestOnly) {
            ingestOnly(out);
            return;
        }
        try {
            Files.createDirectories(work);
            Path jsonl = work.resolve("corpus.jsonl");
            long tokens = writeCorpus(jsonl);
            out.printf("Entente bench: %d articles, %d words (%.0f words/article), %d thread(s), %d cores, Java %s%n",
                    n, tokens, (double) tokens / n, threads, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            HeapPeak.reset();

            // Read
            long t0 = System.nanoTime();
            List<Article> read = new ArrayList<>();
            ArticleReader.read(List.of(jsonl), sink(read));
            double readS = secs(t0);
            row(out, "read (JSONL)", n, tokens, readS);

            Pipeline p = Pipeline.builder().build();
            BareOpenNlp reference = new BareOpenNlp();
            // Warm up the JIT and the lemma cache on a slice, as a long ingest would be.
            read.subList(0, Math.min(200, read.size())).forEach(a -> {
                p.process(a);
                reference.run(a);
            });

            // Stages, one thread: CPU cost of each. The reference, bare OpenNLP tokenise + POS on the same
            // text, runs article by article in between, so that a change of load on a shared machine weighs
            // on both alike.
            long bareNs = 0;
            long nlp = 0;
            long actors = 0;
            long rel = 0;
            long rdf = 0;
            List<ArticleGraph> graphs = new ArrayList<>(read.size());
            for (Article a : read) {
                long b0 = System.nanoTime();
                reference.run(a);
                bareNs += System.nanoTime() - b0;
                long s0 = System.nanoTime();
                AnalysedArticle an = p.analyser().analyse(a);
                long s1 = System.nanoTime();
                RecognisedArticle r = p.recogniser().recognise(an);
                long s2 = System.nanoTime();
                Extraction x = p.extractor().extract(r);
                long s3 = System.nanoTime();
                graphs.add(p.mapper().map(x));
                long s4 = System.nanoTime();
                nlp += s1 - s0;
                actors += s2 - s1;
                rel += s3 - s2;
                rdf += s4 - s3;
            }
            row(out, "NLP (1 thread)", n, tokens, nlp / 1e9);
            row(out, "actors (1 thread)", n, tokens, actors / 1e9);
            row(out, "relations (1 thread)", n, tokens, rel / 1e9);
            row(out, "RDF mapping (1 thread)", n, tokens, rdf / 1e9);
            double pipeline1 = (nlp + actors + rel + rdf) / 1e9;
            row(out, "pipeline (1 thread)", n, tokens, pipeline1);

            double bare = bareNs / 1e9;
            row(out, "bare OpenNLP tok+POS", n, tokens, bare);
            out.printf("  pipeline / bare OpenNLP = %.2f%n", pipeline1 / bare);

            // TDB2 write: our batches (with the summary graph they maintain) vs Jena's bulk loader on the
            // quads they left in the store. Interleaved rounds, because the load of a shared machine drifts
            // within seconds: each ratio compares two runs made back to back, and the median is reported. A
            // first round warms up the JIT for both and is not counted, as the pipeline's warm-up above.
            Path storeDir = work.resolve("store");
            Path nq = work.resolve("corpus.nq");
            Path loaderDir = work.resolve("loader-store");
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round <= WRITE_ROUNDS; round++) {
                deleteTree(storeDir);
                t0 = System.nanoTime();
                try (KnowledgeStore ks = KnowledgeStore.open(storeDir)) {
                    for (int i = 0; i < graphs.size(); i += 500) {
                        ks.write(graphs.subList(i, Math.min(graphs.size(), i + 500)));
                    }
                }
                double writeS = secs(t0);
                long quads = exportQuads(storeDir, nq);
                deleteTree(loaderDir);
                t0 = System.nanoTime();
                Dataset lds = TDB2Factory.connectDataset(loaderDir.toString());
                DataLoader loader = LoaderFactory.createLoader(lds.asDatasetGraph(), (fmt, args) -> { });
                loader.startBulk();
                loader.load(nq.toString());
                loader.finishBulk();
                double loaderS = secs(t0);
                org.apache.jena.tdb2.sys.TDBInternal.expel(lds.asDatasetGraph());
                double ratio = loaderS / writeS;
                if (round > 0) {
                    ratios.add(ratio);
                }
                out.printf("%-26s %8.0f quads/s  (%d quads with the summary graph, %.1f s; %s)%n", "TDB2 write (Entente)",
                        quads / writeS, quads, writeS, round == 0 ? "warm-up, not counted" : "round " + round);
                out.printf("%-26s %8.0f quads/s  (%.1f s)  Entente / loader = %.2f%n", "TDB2 bulk loader (Jena)",
                        quads / loaderS, loaderS, ratio);
            }
            java.util.Collections.sort(ratios);
            out.printf("  Entente / loader = %.2f (median of %d interleaved rounds; %.2f–%.2f)%n", ratios.get(ratios.size() / 2),
                    ratios.size(), ratios.get(0), ratios.get(ratios.size() - 1));
            storeSize(out, storeDir, n);

            // End to end on all cores: read + extract + write, as `entente ingest` does.
            deleteTree(storeDir);
            t0 = System.nanoTime();
            try (KnowledgeStore ks = KnowledgeStore.open(storeDir)) {
                ks.writeActors(p.dictionary().actors());
                org.entente.Ingestor.builder().pipeline(p).threads(threads).sink(ks::write).build()
                        .run(List.of(jsonl));
            }
            double e2e = secs(t0);
            row(out, "end to end (" + threads + " threads)", n, tokens, e2e);
            out.printf("peak heap: %.0f MB (max %d MB; this mode holds the corpus and all graphs: see --ingest-only)%n",
                    HeapPeak.get() / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);

            queries(out, storeDir);
            if (jar != null) {
                startup(out, storeDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The memory check for large ingests: writes the corpus to a file (streaming), then runs only what
     * {@code entente ingest} runs (read, extract on all cores, write in its default batches), and prints
     * the throughput, the peak heap, and the heap still used after each garbage collection as the
     * ingest goes on: flat means memory does not grow with the number of articles.
     */
    void ingestOnly(PrintWriter out) {
        try {
            Files.createDirectories(work);
            Path jsonl = work.resolve("corpus.jsonl");
            long tokens = writeCorpus(jsonl);
            out.printf("Entente bench --ingest-only: %d articles, %d words (%.0f words/article), %d thread(s), %d cores, "
                    + "Java %s, max heap %d MB%n", n, tokens, (double) tokens / n, threads,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() / 1_000_000);
            out.flush();
            Path storeDir = work.resolve("store");
            deleteTree(storeDir);
            Pipeline p = Pipeline.builder().build();
            System.gc();
            HeapPeak.reset();
            long[] done = {0};
            List<String> trend = new ArrayList<>();
            long t0 = System.nanoTime();
            try (KnowledgeStore ks = KnowledgeStore.open(storeDir)) {
                ks.writeActors(p.dictionary().actors());
                int every = Math.max(1, n / 10);
                org.entente.Ingestor.builder().pipeline(p).threads(threads).sink(batch -> {
                    ks.write(batch);
                    long before = done[0];
                    done[0] += batch.size();
                    if (done[0] / every != before / every || done[0] == n) {
                        String line = String.format("  %7d articles  %6.1f s  %6.1f articles/s  heap after last GC %5.0f MB"
                                + "  peak %5.0f MB", done[0], secs(t0), done[0] / secs(t0), liveHeap() / 1e6, HeapPeak.get() / 1e6);
                        trend.add(line);
                        out.println(line);
                        out.flush();
                    }
                }).build().run(List.of(jsonl));
            }
            double e2e = secs(t0);
            row(out, "end to end (" + threads + " threads)", n, tokens, e2e);
            out.printf("peak heap during the ingest: %.0f MB (max %d MB)%n", HeapPeak.get() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1_000_000);
            storeSize(out, storeDir, n);
            queries(out, storeDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Heap in use just after the last collection of each pool (0 for a pool not yet collected). */
    private static long liveHeap() {
        long sum = 0;
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
            if (m.getType() == MemoryType.HEAP && m.getCollectionUsage() != null) {
                sum += m.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }

    private static void row(PrintWriter out, String stage, int n, long tokens, double s) {
        out.printf("%-26s %8.1f articles/s %10.0f words/s  (%.2f s)%n", stage, n / s, tokens / s, s);
        out.flush();
    }

    /** Writes the store's quads to {@code nq} (the loader's input) and returns how many there are. */
    private static long exportQuads(Path storeDir, Path nq) {
        try (KnowledgeStore ks = KnowledgeStore.open(storeDir)) {
            return Txn.calculateRead(ks.dataset(), () -> {
                try (var o = Files.newOutputStream(nq)) {
                    RDFDataMgr.write(o, ks.datasetGraph(), Lang.NQUADS);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return ks.datasetGraph().stream().count();
            });
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Writes N articles built from the samples (ids and dates varied, paragraphs of each article shuffled)
     * to a JSON Lines file, one at a time: the corpus is never held in memory. Returns the word count.
     */
    long writeCorpus(Path file) throws IOException {
        List<Article> base = new ArrayList<>();
        try (Stream<Path> s = Files.walk(seeds)) {
            List<Path> files = s.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile)
                    .filter(f -> !f.toString().endsWith(".gold.jsonl") && !f.getFileName().toString().equals("README.md"))
                    .sorted().toList();
            ArticleReader.read(files, sink(base));
        }
        if (base.isEmpty()) {
            throw new EntenteException(seeds + ": no sample articles to build the bench corpus from");
        }
        Random rnd = new Random(42);
        long words = 0;
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Article b = base.get(i % base.size());
                String text = b.text();
                if (i >= base.size()) {
                    List<String> paras = new ArrayList<>(Arrays.asList(text.split("\n\n")));
                    java.util.Collections.shuffle(paras, rnd);
                    text = String.join("\n\n", paras);
                }
                LocalDate d = (b.date() == null ? LocalDate.of(2020, 1, 1) : b.date()).plusDays(rnd.nextInt(2000) - 1000);
                words += text.split("\\s+").length;
                var o = JSON.createObjectNode().put("id", b.id() + "-" + i).put("lang", b.lang())
                        .put("date", d.toString()).put("text", text);
                w.write(o.toString());
                w.write('\n');
            }
        }
        return words;
    }

    private static ArticleSink sink(List<Article> to) {
        return new ArticleSink() {
            @Override
            public void accept(Article a) {
                to.add(a);
            }

            @Override
            public void reject(Rejected r) {
                throw new EntenteException("bench input rejected: " + r);
            }
        };
    }

    /** OpenNLP alone: the English tokenizer (French: Entente's rule tokenizer) and the POS tagger. */
    /** The reference: OpenNLP's own tokenizer (English; the French rule tokenizer) and POS tagger, paragraph by paragraph. */
    private static final class BareOpenNlp {
        private final TokenizerME tok;
        private final POSTaggerME posEn;
        private final POSTaggerME posFr;

        BareOpenNlp() throws IOException {
            try (var a = Bench.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
                 var b = Bench.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
                 var c = Bench.class.getResourceAsStream("/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin")) {
                tok = new TokenizerME(new TokenizerModel(a));
                posEn = new POSTaggerME(new POSModel(b));
                posFr = new POSTaggerME(new POSModel(c));
            }
        }

        void run(Article a) {
            for (String para : a.text().split("\n\n")) {
                if ("fr".equals(a.lang())) {
                    String[] w = FrenchTokenizer.INSTANCE.tokenize(para).stream()
                            .map(s -> para.substring(s.getStart(), s.getEnd())).toArray(String[]::new);
                    posFr.tag(w);
                } else {
                    posEn.tag(tok.tokenize(para));
                }
            }
        }
    }

    /**
     * p50 and p95 latency of each query in queries/ on the bench store, then of the event-level queries
     * of queries/events/ (the versions of the summary queries that read every event). Each group is timed
     * in steady state, after a warm-up of at least {@code queryWarmup} seconds and 2 rounds: a server answers
     * many queries, and the JIT needs some 50 runs of the summary queries before their time settles
     * (cooperation-conflict on a 100 000-article store: 54 ms p50 over its first 60 runs, 25 ms over the next
     * 60). The first run of each query in this JVM is reported beside them. Last, the queries of queries/
     * once more through an {@link EntenteServer} on the same store, over loopback HTTP.
     */
    private void queries(PrintWriter out, Path storeDir) throws IOException {
        Path dir = Path.of("queries");
        if (!Files.isDirectory(dir)) {
            return;
        }
        long articles = articleCount(storeDir);
        try (KnowledgeStore ks = KnowledgeStore.open(storeDir)) {
            for (Path d : eventQueries ? List.of(dir, dir.resolve("events")) : List.of(dir)) {
                List<Path> files = queryFiles(d);
                if (!files.isEmpty()) {
                    timeQueries(out, "", dir, files, articles, text -> countRows(ks, text));
                }
            }
            // What a client of `entente serve` sees: the same queries through Fuseki over loopback HTTP, the
            // whole JSON result received and parsed.
            List<Path> files = queryFiles(dir);
            if (!files.isEmpty()) {
                EntenteServer server = EntenteServer.create().port(0).localhost(true).dataset(ks.datasetGraph()).build()
                        .start();
                try {
                    // HTTP/1.1: the client's default, HTTP/2, would ask a cleartext server to upgrade first.
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    String endpoint = "http://127.0.0.1:" + server.port() + "/kg/sparql";
                    timeQueries(out, " over HTTP (Fuseki, JSON results)", dir, files, articles,
                            text -> httpRows(http, endpoint, text));
                } finally {
                    server.stop();
                }
            }
        }
    }

    private static List<Path> queryFiles(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private void timeQueries(PrintWriter out, String how, Path dir, List<Path> files, long articles,
            ToIntFunction<String> run) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path q : files) {
            texts.add(Files.readString(q, StandardCharsets.UTF_8));
        }
        long[] first = new long[files.size()];
        int[] rows = new int[files.size()];
        for (int k = 0; k < files.size(); k++) {
            long t0 = System.nanoTime();
            rows[k] = run.applyAsInt(texts.get(k));
            first[k] = (System.nanoTime() - t0) / 1000;
        }
        // Round-robin: every round times each query once, so that the load of a shared machine weighs on all
        // the queries alike.
        int warmups = 0;
        long warmStart = System.nanoTime();
        while (warmups < 2 || System.nanoTime() - warmStart < queryWarmup * 1_000_000_000L) {
            texts.forEach(run::applyAsInt);
            warmups++;
        }
        long[][] us = new long[files.size()][queryRuns];
        for (int round = 0; round < queryRuns; round++) {
            for (int k = 0; k < files.size(); k++) {
                long t0 = System.nanoTime();
                rows[k] = run.applyAsInt(texts.get(k));
                us[k][round] = (System.nanoTime() - t0) / 1000;
            }
        }
        out.printf("latency of %s/*.rq%s on %d articles (%d rounds over these queries, after %d warm-up rounds in %.0f s; "
                + "and the first run):%n", files.get(0).getParent(), how, articles, queryRuns, warmups,
                (System.nanoTime() - warmStart) / 1e9);
        for (int k = 0; k < files.size(); k++) {
            long[] ms = us[k];
            Arrays.sort(ms);
            out.printf("  %-35s p50 %7.1f ms  p95 %7.1f ms  first %7.1f ms  %6d rows%n", dir.relativize(files.get(k)),
                    ms[queryRuns / 2] / 1000.0, ms[Math.min(queryRuns - 1, (int) Math.ceil(queryRuns * 0.95) - 1)] / 1000.0,
                    first[k] / 1000.0, rows[k]);
        }
        out.flush();
    }

    /** Rows of a SELECT sent to a SPARQL endpoint, from the whole JSON response. */
    private static int httpRows(HttpClient http, String endpoint, String text) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new EntenteException(endpoint + " answered " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            return JSON.readTree(r.body()).path("results").path("bindings").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EntenteException("interrupted while querying " + endpoint);
        }
    }

    private static int countRows(KnowledgeStore ks, String text) {
        return Txn.calculateRead(ks.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(text).build()) {
                int c = 0;
                for (var it = qe.execSelect(); it.hasNext(); it.next()) {
                    c++;
                }
                return c;
            }
        });
    }

    /** Start-up runs of each kind; the median is reported, since one start varies by ±0.3 s on a shared machine. */
    private static final int STARTS = 7;

    /**
     * Time from {@code java -jar} to the first answered query, on the bench store: plain, plain without the
     * start-up class preloader ({@code -Dentente.preload=false}), and with an AppCDS archive made as the
     * {@code ./entente} launcher makes it ({@code serve --cds-training} under {@code -XX:ArchiveClassesAtExit}).
     * The kinds take turns, so that a change of load on the machine hits them alike.
     */
    private void startup(PrintWriter out, Path storeDir) throws IOException {
        Path jsa = work.resolve("entente.jsa").toAbsolutePath();
        Path cdsStore = work.resolve("cds-store");
        deleteTree(cdsStore);
        Files.deleteIfExists(jsa);
        boolean cds = false;
        try {
            Process train = new ProcessBuilder("java", "-XX:ArchiveClassesAtExit=" + jsa, "-jar", jar.toString(), "serve",
                    "--loc", cdsStore.toString(), "--port", "0", "--cds-training").redirectErrorStream(true)
                    .redirectOutput(work.resolve("cds.log").toFile()).start();
            cds = train.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) && Files.exists(jsa);
            if (!cds) {
                train.destroyForcibly();
                out.println("  (could not make an AppCDS archive; see " + work.resolve("cds.log") + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            deleteTree(cdsStore);
        }
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("java -jar … serve", List.of());
        kinds.put("java -jar … serve, without the class preloader", List.of("-Dentente.preload=false"));
        if (cds) {
            kinds.put("with the launcher's AppCDS archive", List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        kinds.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int i = 0; i < STARTS; i++) {
            for (Map.Entry<String, List<String>> k : kinds.entrySet()) {
                times.get(k.getKey()).add(startupOnce(storeDir, k.getValue()));
            }
        }
        out.printf("start to first answered query, median of %d interleaved starts (range):%n", STARTS);
        times.forEach((kind, t) -> {
            List<Double> sorted = t.stream().sorted().toList();
            out.printf("  %-50s %s%n", kind, sorted.get(0) < 0 ? "no answer within 30 s in some run"
                    : String.format("%.2f s (%.2f–%.2f)", sorted.get(sorted.size() / 2), sorted.get(0),
                            sorted.get(sorted.size() - 1)));
        });
    }

    /** Seconds from starting {@code java [opts] -jar JAR serve} to its first answered query, or -1. */
    private double startupOnce(Path storeDir, List<String> jvmOptions) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString(), "serve", "--loc", storeDir.toString(), "--port", Integer.toString(port)));
        long t0 = System.nanoTime();
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("serve.log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        String q = "query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        try {
            for (int i = 0; i < 600 && proc.isAlive(); i++) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/kg/sparql?" + q)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return secs(t0);
                    }
                } catch (IOException e) {
                    Thread.sleep(50);
                }
            }
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            proc.destroy();
            try {
                proc.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The most heap in use at once since {@link #reset}: the heap just before each collection, when it is fullest,
     * and now. (Adding up each pool's own peak overstates it: the pools peak at different times; that sum showed
     * 2.9 GB under -Xmx2g.)
     */
    private static final class HeapPeak implements NotificationListener {
        private static final HeapPeak INSTANCE = new HeapPeak();
        private final AtomicLong peak = new AtomicLong();
        private final Set<String> heapPools = new HashSet<>();

        private HeapPeak() {
            for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
                if (m.getType() == MemoryType.HEAP) {
                    heapPools.add(m.getName());
                }
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(this, null, null);
                }
            }
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                Map<String, MemoryUsage> before = GarbageCollectionNotificationInfo
                        .from((CompositeData) n.getUserData()).getGcInfo().getMemoryUsageBeforeGc();
                long used = before.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                peak.accumulateAndGet(used, Math::max);
            }
        }

        static void reset() {
            INSTANCE.peak.set(0);
        }

        static long get() {
            return Math.max(INSTANCE.peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }

    /** Prints the store's size: blocks allocated ({@code du -sk}) when du exists, and the file lengths. */
    private static long articleCount(Path storeDir) {
        try (KnowledgeStore ks = KnowledgeStore.open(storeDir)) {
            return Txn.calculateRead(ks.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(
                        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a a <http://schema.org/NewsArticle> } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    private static void storeSize(PrintWriter out, Path dir, long n) throws IOException {
        long lengths = fileLengths(dir);
        long du = du(dir);
        if (du >= 0) {
            out.printf("store size on disk: %.1f MB allocated (du -sk), %.1f kB per article; file lengths %.1f MB "
                    + "(include TDB2's preallocated, still empty blocks)%n", du / 1e6, du / 1e3 / n, lengths / 1e6);
        } else {
            out.printf("store size: %.1f MB of file lengths (du not available; includes TDB2's preallocated blocks), "
                    + "%.1f kB per article%n", lengths / 1e6, lengths / 1e3 / n);
        }
    }

    private static long fileLengths(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Bytes allocated to a directory according to {@code du -sk}, or -1 if du cannot be run. */
    private static long du(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                return -1;
            }
            return Long.parseLong(outText.split("\\s+")[0]) * 1024;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Settings: articles (default 1000), threads (cores), work directory, sample directory, query runs, jar. */
    public static final class Builder {
        private int n = 1000;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path work = Path.of("target/bench");
        private Path seeds = Path.of("data");
        private int queryRuns = 20;
        private int queryWarmup = 15;
        private Path jar;
        private boolean ingestOnly;
        private Path store;
        private boolean eventQueries = true;

        /** Whether to time the event-level queries of queries/events/ too (seconds each on a large store). */
        public Builder eventQueries(boolean b) {
            this.eventQueries = b;
            return this;
        }

        /** Only the query latencies (and the start-up time, with a jar) on an existing store. */
        public Builder store(Path dir) {
            this.store = dir;
            return this;
        }

        /** Only the ingest (and the queries), with the corpus streamed from a file: the memory check. */
        public Builder ingestOnly(boolean b) {
            this.ingestOnly = b;
            return this;
        }

        public Builder articles(int n) {
            if (n < 1) {
                throw new EntenteException("--articles must be at least 1");
            }
            this.n = n;
            return this;
        }

        public Builder threads(int t) {
            this.threads = Math.max(1, t);
            return this;
        }

        public Builder work(Path dir) {
            this.work = dir;
            return this;
        }

        public Builder samples(Path dir) {
            this.seeds = dir;
            return this;
        }

        /** Seconds of warm-up before each group of queries is timed (at least 2 rounds whatever it is). */
        public Builder queryWarmup(int seconds) {
            if (seconds < 0) {
                throw new EntenteException("--query-warmup must be 0 or more seconds");
            }
            this.queryWarmup = seconds;
            return this;
        }

        public Builder queryRuns(int r) {
            this.queryRuns = Math.max(1, r);
            return this;
        }

        /** Also time {@code java -jar JAR serve} to its first answered query. */
        public Builder jar(Path jar) {
            if (jar != null && !Files.isRegularFile(jar)) {
                throw new EntenteException("--jar " + jar + ": no such file (build it with 'mvn package', or leave --jar out)");
            }
            this.jar = jar;
            return this;
        }

        public Bench build() {
            return new Bench(this);
        }
    }
}
