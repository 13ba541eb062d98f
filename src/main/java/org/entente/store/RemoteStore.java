package org.entente.store;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.EntenteException;
import org.entente.actors.Actor;
import org.entente.rdf.ArticleGraph;
import org.entente.rdf.Dip;
import org.entente.rdf.RdfMapper;

/**
 * A remote store reached through the SPARQL 1.1 Graph Store Protocol (Jena's {@link GSP} client): each
 * article graph is PUT as the named graph of its IRI, so re-ingesting replaces it; actor descriptions
 * are POSTed (merged) into the actors graph, or the dictionary's actors PUT once when asked. Works with
 * any GSP endpoint (Fuseki {@code /ds/data}, GraphDB {@code /repositories/R/rdf-graphs/service}, Neptune
 * {@code /sparql/gsp/}, …); only Fuseki is tested.
 *
 * <p>Requests that fail with a 5xx status, 408, 429 or a connection error are retried with exponential
 * backoff ({@link Retry}); every write is idempotent (PUT replaces, POST of the same triples merges to
 * the same set: Entente writes no blank nodes), so a retry after a request that did reach the server
 * neither loses nor duplicates anything. Any other 4xx stops the ingest with one line naming the status
 * and the graph. Batches are sent by a writer thread while the next batch is extracted; call
 * {@link #flush()} before reporting success.
 *
 * <pre>{@code
 * try (RemoteStore rs = RemoteStore.builder().endpoint("http://localhost:3030/ds/data")
 *         .credentials(RemoteStore.readAuthFile(Path.of("auth.txt"))).build()) {
 *     rs.writeActors(pipeline.dictionary().actors());
 *     rs.write(graphs);
 *     rs.flush();     // waits for the writer thread; throws the first failure
 * }
 * }</pre>
 */
public final class RemoteStore implements GraphSink {
    /** How often and how patiently to retry: {@code attempts} tries in all, waits doubling from {@code initialBackoff} up to {@code maxBackoff}. */
    public record Retry(int attempts, Duration initialBackoff, Duration maxBackoff) {
        public static final Retry DEFAULT = new Retry(5, Duration.ofMillis(200), Duration.ofSeconds(10));

        public Retry {
            if (attempts < 1) {
                throw new EntenteException("--retries must be at least 1 (the first try), not " + attempts);
            }
            if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
                throw new EntenteException("retry backoff must be non-negative and at most the maximum backoff");
            }
        }

        /** The wait before try {@code attempt + 1} after {@code attempt} failed (1-based). */
        public Duration backoff(int attempt) {
            long ms = initialBackoff.toMillis();
            for (int i = 1; i < attempt && ms < maxBackoff.toMillis(); i++) {
                ms *= 2;
            }
            return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
        }
    }

    /** User name and password for HTTP basic (or digest) authentication. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    /** How the dictionary's actors reach the actors graph: merged (POST, default) or replacing it (PUT). */
    public enum ActorsMethod { POST, PUT }

    private final String endpoint;
    private final HttpClient http;
    private final Retry retry;
    private final ActorsMethod actorsMethod;
    private final Consumer<String> log;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private static final int IN_FLIGHT = 2;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "entente-remote-writer");
        t.setDaemon(true);
        return t;
    });
    private volatile RuntimeException failure;

    private RemoteStore(Builder b) {
        this.endpoint = b.endpoint;
        this.retry = b.retry;
        this.actorsMethod = b.actorsMethod;
        this.log = b.log;
        if (b.httpClient != null) {
            this.http = b.httpClient;
        } else {
            HttpClient.Builder hb = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NORMAL);
            if (b.credentials != null) {
                Credentials c = b.credentials;
                hb.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(c.user(), c.password().toCharArray());
                    }
                });
            }
            this.http = hb.build();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads {@code user:password} from the first non-empty line of a file (the password may hold ':'). */
    public static Credentials readAuthFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EntenteException("--auth-file " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
        String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new EntenteException("--auth-file " + file + ": expected one line 'user:password'");
        }
        return new Credentials(line.substring(0, colon), line.substring(colon + 1));
    }

    /** The HTTP client (with its authenticator), e.g. to query the same server. */
    public HttpClient httpClient() {
        return http;
    }

    public String endpoint() {
        return endpoint;
    }

    /** HTTP requests sent, counting retries. */
    public long requests() {
        return requests.get();
    }

    /** Requests that failed and were retried. */
    public long retries() {
        return retries.get();
    }

    @Override
    public String describe() {
        return endpoint;
    }

    @Override
    public void writeActors(Collection<Actor> actors) {
        Graph g = GraphFactory.createDefaultGraph();
        actors.forEach(a -> RdfMapper.describe(a, g));
        if (actorsMethod == ActorsMethod.PUT) {
            send("PUT", Dip.ACTORS_GRAPH, g);
        } else {
            send("POST", Dip.ACTORS_GRAPH, g);
        }
    }

    /**
     * Hands the batch to the writer thread and returns, so that the next batch is extracted while this
     * one is sent (at most one batch waits behind the one being sent). Batches are sent in order; a
     * failure is thrown by the next {@code write} or by {@link #flush()}, and later batches are dropped.
     */
    @Override
    public void write(Collection<ArticleGraph> batch) {
        rethrow();
        inFlight.acquireUninterruptibly();
        try {
            writer.execute(() -> {
                try {
                    if (failure == null) {
                        writeNow(batch);
                    }
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    /** Waits until every batch handed to {@link #write} is stored; throws the first failure. */
    public void flush() {
        inFlight.acquireUninterruptibly(IN_FLIGHT);
        inFlight.release(IN_FLIGHT);
        rethrow();
    }

    /** Waits for the batches already handed over, then stops the writer thread (failures: see {@link #flush()}). */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    /** PUTs each article's graph, then POSTs the batch's actor triples into the actors graph. */
    void writeNow(Collection<ArticleGraph> batch) {
        Graph actors = GraphFactory.createDefaultGraph();
        for (ArticleGraph a : batch) {
            send("PUT", a.name(), a.graph());
            a.actors().find().forEach(actors::add);
        }
        if (!actors.isEmpty()) {
            send("POST", Dip.ACTORS_GRAPH, actors);
        }
    }

    private void send(String method, String graphName, Graph g) {
        for (int attempt = 1; ; attempt++) {
            requests.incrementAndGet();
            try {
                GSP gsp = GSP.service(endpoint).httpClient(http).graphName(graphName).contentType(RDFFormat.NTRIPLES);
                if (method.equals("PUT")) {
                    gsp.PUT(g);
                } else {
                    gsp.POST(g);
                }
                return;
            } catch (RuntimeException e) {
                int status = e instanceof HttpException he ? he.getStatusCode() : -1;
                String reason = reason(e, status);
                if (!retryable(e, status)) {
                    throw new EntenteException("remote store " + endpoint + " refused " + method + " of graph <"
                            + graphName + ">: " + reason, e);
                }
                if (attempt >= retry.attempts()) {
                    throw new EntenteException("remote store " + endpoint + ": " + method + " of graph <" + graphName
                            + "> failed " + attempt + " time(s), giving up: " + reason
                            + " (more patience: --retries, --retry-backoff)", e);
                }
                Duration wait = retry.backoff(attempt);
                retries.incrementAndGet();
                log.accept("entente: " + method + " of graph <" + graphName + "> failed (" + reason + "); try "
                        + (attempt + 1) + " of " + retry.attempts() + " in " + wait.toMillis() + " ms");
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new EntenteException("interrupted while waiting to retry " + method + " of <" + graphName + ">", ie);
                }
            }
        }
    }

    /** 5xx, 408, 429, and failures without an HTTP status (connection refused or reset, timeouts). */
    static boolean retryable(RuntimeException e, int status) {
        if (status >= 500 || status == 408 || status == 429) {
            return true;
        }
        if (status > 0) {
            return false;
        }
        return e instanceof HttpException || hasIoCause(e);
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException || t instanceof java.io.UncheckedIOException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(RuntimeException e, int status) {
        if (status > 0) {
            String msg = e instanceof HttpException he && he.getStatusLine() != null ? he.getStatusLine() : "";
            msg = msg.replaceAll("\\s+", " ").strip();
            String body = e instanceof HttpException he && he.getResponse() != null ? he.getResponse().replaceAll("\\s+", " ").strip() : "";
            if (body.startsWith("<") || body.equals(msg)) {
                body = "";   // an HTML error page, or the status line again
            }
            return "HTTP " + status + (msg.isEmpty() || msg.equals(Integer.toString(status)) ? "" : " " + msg)
                    + (body.isEmpty() ? "" : " (" + (body.length() > 200 ? body.substring(0, 200) + "…" : body) + ")");
        }
        // The first I/O exception says most (ConnectException rather than the ClosedChannelException under it).
        Throwable root = e;
        while (!(root instanceof IOException) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return msg.replaceAll("\\s+", " ").strip();
    }

    /** Settings: endpoint (required), credentials, retry policy, actors method, where retry messages go. */
    public static final class Builder {
        private String endpoint;
        private Credentials credentials;
        private Retry retry = Retry.DEFAULT;
        private ActorsMethod actorsMethod = ActorsMethod.POST;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private HttpClient httpClient;
        private Consumer<String> log = s -> { };

        /** The Graph Store Protocol endpoint, e.g. {@code http://localhost:3030/ds/data}. */
        public Builder endpoint(String url) {
            URI u;
            try {
                u = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new EntenteException("--target '" + url + "' is not a URL: " + e.getMessage(), e);
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw new EntenteException("--target '" + url + "' is not an http(s) URL of a Graph Store Protocol "
                        + "endpoint (e.g. http://localhost:3030/ds/data)");
            }
            this.endpoint = url;
            return this;
        }

        public Builder credentials(Credentials c) {
            this.credentials = c;
            return this;
        }

        public Builder retry(Retry r) {
            this.retry = r;
            return this;
        }

        public Builder actorsMethod(ActorsMethod m) {
            this.actorsMethod = m;
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        /** Use this client instead of building one (credentials are then the client's business). */
        public Builder httpClient(HttpClient c) {
            this.httpClient = c;
            return this;
        }

        /** Receives one line per retried request. */
        public Builder log(Consumer<String> log) {
            this.log = log;
            return this;
        }

        public RemoteStore build() {
            if (endpoint == null) {
                throw new IllegalStateException("RemoteStore needs an endpoint");
            }
            return new RemoteStore(this);
        }
    }
}
