package org.entente.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.EntenteException;

/**
 * The SPARQL endpoint: embedded Apache Jena Fuseki serving the store read-only as {@code /kg}
 * ({@code /kg/sparql}, {@code /kg/query}, {@code /kg/get}), with {@code /$/ping}, {@code /$/stats},
 * CORS for browser tools, a query timeout, and the web page at {@code /}.
 *
 * <p>Safety: read-only and bound to 127.0.0.1 unless asked otherwise. {@link Builder#update} adds
 * {@code /kg/update} (SPARQL Update) and {@code /kg/data} (Graph Store Protocol, read-write) only
 * together with {@link Builder#authFile} (HTTP basic authentication; reads stay open). Queries are
 * cancelled after the timeout; {@code /kg/sparql}, the page's endpoint, returns at most
 * {@link Builder#maxRows} rows; request bodies above {@link Builder#maxBodyBytes} get 413 and URIs above
 * {@link Builder#maxUriChars} get 414.
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
        private boolean update;
        private Path authFile;
        private long maxRows = 10_000;
        private long maxBodyBytes = 1024 * 1024;
        private int maxUriChars = 16 * 1024;

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

        /**
         * Queries running longer are cancelled (default 30 s). The timeout is set on the dataset's context,
         * so two servers over the same dataset share the last one set.
         */
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

        /** Enable SPARQL Update and Graph Store writes; needs {@link #authFile}. */
        public Builder update(boolean update) {
            this.update = update;
            return this;
        }

        /** Credentials for writes: a file of {@code user:password} lines (HTTP basic authentication). */
        public Builder authFile(Path file) {
            this.authFile = file;
            return this;
        }

        /** Most rows a query on {@code /kg/sparql} returns (default 10 000); 0 for no cap. */
        public Builder maxRows(long rows) {
            if (rows < 0) {
                throw new EntenteException("--max-rows must be 0 (no cap) or more, not " + rows);
            }
            this.maxRows = rows;
            return this;
        }

        /** Largest request body accepted, in bytes (default 1 MiB); larger ones get 413. */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1024) {
                throw new EntenteException("--max-body must be at least 1024 bytes, not " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** Longest request URI (path and query string) accepted, in characters (default 16 384); longer gets 414. */
        public Builder maxUriChars(int chars) {
            if (chars < 256) {
                throw new EntenteException("the URI limit must be at least 256 characters, not " + chars);
            }
            this.maxUriChars = chars;
            return this;
        }

        /**
         * Checks the settings that need no dataset (credentials for --update), so that a command can refuse
         * them before doing any work. {@link #build()} checks them again.
         */
        public Builder validate() {
            users();
            return this;
        }

        private List<String> users() {
            List<String> users = List.of();
            if (update) {
                if (authFile == null) {
                    throw new EntenteException("--update needs --auth-file FILE (lines 'user:password'): SPARQL Update "
                            + "and Graph Store writes are never enabled without credentials");
                }
                users = readUsers(authFile);
            } else if (authFile != null) {
                throw new EntenteException("--auth-file is only used with --update (reads need no credentials)");
            }
            return users;
        }

        public EntenteServer build() {
            if (dataset == null) {
                throw new IllegalStateException("EntenteServer needs a dataset");
            }
            List<String> users = users();
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(localhost)
                    .add(DATASET, dataset, false)
                    .enableCors(true, null)
                    .enablePing(true)
                    .enableStats(true);
            if (update) {
                AuthPolicy writers = Auth.policyAllowSpecific(users);
                b.passwordFile(authFile.toString()).auth(AuthScheme.BASIC).realm("entente");
                b.addEndpoint(DATASET, "update", Operation.Update, writers);
                b.addEndpoint(DATASET, "data", Operation.GSP_RW, writers);
            }
            b.addFilter("/*", new RequestLimitFilter(maxBodyBytes, maxUriChars));
            if (maxRows > 0) {
                b.addFilter(DATASET + "/sparql", new RowCapFilter(maxRows));
            }
            if (web) {
                b.addServlet("/*", new StaticResources("/web"));
            }
            return new EntenteServer(b.build());
        }

        /** The user names of a {@code user:password} file; refuses a missing or empty one. */
        static List<String> readUsers(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EntenteException("--auth-file " + file + ": cannot read it (" + e.getMessage() + ")", e);
            }
            List<String> users = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                if (colon <= 0 || l.substring(colon + 1).strip().isEmpty()) {
                    throw new EntenteException("--auth-file " + file + ":" + (i + 1) + ": expected 'user:password'");
                }
                users.add(l.substring(0, colon).strip());
            }
            if (users.isEmpty()) {
                throw new EntenteException("--auth-file " + file + ": no 'user:password' line");
            }
            return users;
        }
    }
}
