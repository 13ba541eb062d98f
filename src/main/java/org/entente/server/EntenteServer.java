package org.entente.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.EntenteException;

/**
 * The SPARQL endpoint: embedded Apache Jena Fuseki serving the store read-only as {@code /kg}
 * ({@code /kg/sparql}, {@code /kg/query}, {@code /kg/get}), with {@code /$/ping}, {@code /$/stats},
 * CORS for browser tools, a query timeout, and the web page at {@code /}.
 *
 * <pre>{@code
 * EntenteServer server = EntenteServer.create().dataset(store.datasetGraph()).port(3030).build().start();
 * server.join();
 * }</pre>
 */
public final class EntenteServer {
    public static final String DATASET = "/kg";

    private final FusekiServer fuseki;

    private EntenteServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    public EntenteServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            throw new EntenteException("cannot start the server on port " + fuseki.getHttpPort() + ": " + c.getMessage()
                    + " (is another server using it? choose another with --port)", e);
        }
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    /** Settings of the server. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private boolean localhost = true;
        private long timeoutMillis = 30_000;
        private boolean web = true;

        public Builder dataset(DatasetGraph dsg) {
            this.dataset = dsg;
            return this;
        }

        /** Port to listen on; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new EntenteException("--port must be between 0 and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** Listen on 127.0.0.1 only (default), or on every interface. */
        public Builder localhost(boolean localhost) {
            this.localhost = localhost;
            return this;
        }

        /** Queries running longer are cancelled (default 30 s). */
        public Builder timeoutMillis(long ms) {
            if (ms <= 0) {
                throw new EntenteException("--timeout must be positive");
            }
            this.timeoutMillis = ms;
            return this;
        }

        /** Serve the web page at / (default true). */
        public Builder web(boolean web) {
            this.web = web;
            return this;
        }

        public EntenteServer build() {
            if (dataset == null) {
                throw new IllegalStateException("EntenteServer needs a dataset");
            }
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(localhost)
                    .add(DATASET, dataset, false)
                    .enableCors(true, null)
                    .enablePing(true)
                    .enableStats(true);
            if (web) {
                b.addServlet("/*", new StaticResources("/web"));
            }
            return new EntenteServer(b.build());
        }
    }
}
