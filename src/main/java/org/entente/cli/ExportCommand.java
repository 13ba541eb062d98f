package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente export --format ttl|trig|nq|jsonld [--output FILE]}. */
@Command(name = "export", description = "Write the whole store as RDF: trig, nq and jsonld keep the per-article "
        + "graphs; ttl and nt merge them.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "trig", description = "trig, nq, ttl, nt or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        RDFFormat f = RdfFormats.of(format);
        try (KnowledgeStore ks = KnowledgeStore.open(store.loc);
             OutputStream out = output == null ? new NonClosing(System.out) : Files.newOutputStream(output)) {
            Txn.executeRead(ks.dataset(), () -> {
                if (RdfFormats.hasGraphs(f)) {
                    RDFDataMgr.write(out, ks.datasetGraph(), f);
                } else {
                    RDFDataMgr.write(out, ks.datasetGraph().getUnionGraph(), f);
                }
            });
        }
        return 0;
    }

    /** Standard output must stay open after the export. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
