package org.entente.store;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A plain Fuseki server for the remote-store tests, run as a separate process: a TDB2 dataset at
 * {@code /ds} (query, update, Graph Store Protocol read-write at {@code /ds/data}), the union of all
 * graphs as the default graph, HTTP basic authentication required for everything.
 *
 * <pre>java -cp TEST_CLASSPATH org.entente.store.RemoteFusekiMain PORT STORE_DIR PASSWORD_FILE</pre>
 *
 * Prints {@code READY port} on standard output once it listens.
 */
public final class RemoteFusekiMain {
    private RemoteFusekiMain() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        DatasetGraph dsg = TDB2Factory.connectDataset(args[1]).asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(true)
                .add("/ds", dsg, true)
                .passwordFile(args[2])
                .auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.ANY_USER)
                .build()
                .start();
        System.out.println("READY " + server.getHttpPort());
        System.out.flush();
        server.join();
    }
}
