package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.TestPipelines;
import org.entente.article.Article;
import org.entente.cli.Corpus;
import org.entente.rdf.RdfMapper;
import org.entente.store.KnowledgeStore;
import org.entente.store.Watcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that takes new articles ({@link Watcher}) while 8 clients query it: every query answers, an
 * article being replaced is seen whole (its old graph or its new one, never a mix), each watched file is
 * ingested once and again when it changes. Prints the queries per second (a figure, not an assertion).
 */
class WatchUnderLoadTest {
    static final int CLIENTS = 8;
    static final int QUERIES_PER_CLIENT = 150;
    static final int CORPUS = 300;
    static final String FLIP_A = "{\"id\":\"flip\",\"lang\":\"en\",\"date\":\"2023-03-06\",\"text\":\"Russian President Vladimir "
            + "Putin spoke by phone with French President Emmanuel Macron on Monday.\"}\n";
    static final String FLIP_B = "{\"id\":\"flip\",\"lang\":\"fr\",\"date\":\"2022-02-03\",\"text\":\"La France, qui veut "
            + "déployer des soldats en Roumanie, a été critiquée par Moscou. Berlin a salué l'accord.\"}\n";

    @TempDir
    Path tmp;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static long size(String jsonLine, Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("size-" + jsonLine.hashCode() + ".jsonl"), jsonLine);
        Article a = org.entente.store.StoreChecks.read(List.of(f)).get("flip");
        return TestPipelines.get().process(a).graph().size();
    }

    static void put(Path dir, String name, String content, Path tmp) throws Exception {
        Path part = Files.writeString(tmp.resolve(name + ".part"), content, StandardCharsets.UTF_8);
        Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    String select(EntenteServer server, String sparql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    long count(EntenteServer server, String sparql) throws Exception {
        return new ObjectMapper().readTree(select(server, sparql)).path("results").path("bindings").get(0).path("n")
                .path("value").asLong();
    }

    @Test
    void eightClientsQueryWhileTheServerIngestsWatchedFiles() throws Exception {
        long sizeA = size(FLIP_A, tmp);
        long sizeB = size(FLIP_B, tmp);
        assertTrue(sizeA != sizeB);
        String flipGraph = RdfMapper.articleIri("flip");
        String flipCount = "SELECT (COUNT(*) AS ?n) { GRAPH <" + flipGraph + "> { ?s ?p ?o } }";
        Path watch = Files.createDirectories(tmp.resolve("watch"));
        Path corpus = Corpus.write(tmp.resolve("corpus.jsonl"), "load", CORPUS, 11);
        List<String> log = new CopyOnWriteArrayList<>();
        List<String> rejected = new CopyOnWriteArrayList<>();
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
            store.writeActors(TestPipelines.get().dictionary().actors());
            EntenteServer server = EntenteServer.create().dataset(store.datasetGraph()).port(0).web(false).build().start();
            try (Watcher watcher = new Watcher(watch, TestPipelines.get(), store, 2, 25, log::add,
                    r -> rejected.add(r.toString())).start(Duration.ofMillis(100))) {
                put(watch, "flip.jsonl", FLIP_A, tmp);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (count(server, flipCount) != sizeA) {
                    assertTrue(System.nanoTime() < deadline, "flip.jsonl not ingested: " + log);
                    Thread.sleep(50);
                }
                put(watch, "corpus.jsonl", Files.readString(corpus), tmp);

                // A writer keeps replacing the flip article while 8 clients query.
                AtomicBoolean done = new AtomicBoolean();
                AtomicInteger flips = new AtomicInteger();
                Thread flipper = new Thread(() -> {
                    try {
                        while (!done.get()) {
                            put(watch, "flip.jsonl", flips.incrementAndGet() % 2 == 1 ? FLIP_B : FLIP_A, tmp);
                            Thread.sleep(300);
                        }
                    } catch (Exception e) {
                        rejected.add("flipper: " + e);
                    }
                }, "flipper");
                flipper.start();
                List<String> errors = Collections.synchronizedList(new ArrayList<>());
                Set<Long> seen = ConcurrentHashMap.newKeySet();
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                long start = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    futures.add(clients.submit(() -> {
                        for (int q = 0; q < QUERIES_PER_CLIENT; q++) {
                            try {
                                switch ((client + q) % 3) {
                                    case 0 -> {
                                        long n = count(server, flipCount);
                                        seen.add(n);
                                        if (n != sizeA && n != sizeB) {
                                            errors.add("flip article seen with " + n + " triples, not " + sizeA + " or " + sizeB);
                                        }
                                    }
                                    case 1 -> count(server, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <http://schema.org/NewsArticle> }");
                                    default -> select(server, "PREFIX dip: <https://w3id.org/entente/diplomacy#> "
                                            + "SELECT ?a ?b (COUNT(*) AS ?n) { ?e dip:agent ?a ; dip:target ?b } GROUP BY ?a ?b ORDER BY DESC(?n) LIMIT 20");
                                }
                            } catch (Exception e) {
                                errors.add(e.toString());
                            }
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(10, TimeUnit.MINUTES);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                clients.shutdown();
                done.set(true);
                flipper.join();
                int total = CLIENTS * QUERIES_PER_CLIENT;
                System.out.printf("LOAD: %d SPARQL queries from %d clients in %.1f s = %.0f queries/s, while ingesting "
                        + "(%d flips of one article)%n", total, CLIENTS, seconds, total / seconds, flips.get());
                assertEquals(List.of(), errors.subList(0, Math.min(10, errors.size())), errors.size() + " errors");
                assertEquals(List.of(), rejected);

                // The whole corpus arrives; corpus.jsonl was ingested once, flip.jsonl once per change it saw.
                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
                while (count(server, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <http://schema.org/NewsArticle> }") != CORPUS + 1) {
                    assertTrue(System.nanoTime() < deadline, "corpus not ingested: " + log);
                    Thread.sleep(200);
                }
                Thread.sleep(500);
                assertEquals(1, log.stream().filter(l -> l.contains("corpus.jsonl")).count(), log.toString());
                assertTrue(log.stream().filter(l -> l.contains("flip.jsonl")).count() >= 2, log.toString());
                assertTrue(log.stream().filter(l -> l.contains("flip.jsonl")).count() <= flips.get() + 1, log.toString());
                // An unchanged directory ingests nothing more.
                assertEquals(List.of(), watcher.poll());
                assertEquals(List.of(), watcher.poll());
            } finally {
                server.stop();
            }
        }
    }
}
