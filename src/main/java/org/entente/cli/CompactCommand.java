package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente compact}: give back the space TDB2's copy-on-write transactions left behind. */
@Command(name = "compact", description = "Compact the store (TDB2 keeps old blocks after every write transaction; "
        + "a store written in many batches is about 2.5 times its live data). Optionally rebuild the summary graph "
        + "from the events first, after the article graphs were changed by SPARQL Update or a bulk load.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--rebuild-summary", description = "Rebuild the summary graph from the events before compacting.")
    boolean rebuildSummary;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore ks = KnowledgeStore.open(store.loc)) {
            if (rebuildSummary) {
                out.println("summary graph rebuilt: " + ks.rebuildSummary() + " node(s)");
            }
            long[] size = ks.compact();
            out.printf("compacted %s: %.1f MB -> %.1f MB (file lengths)%n", store.loc, size[0] / 1e6, size[1] / 1e6);
        }
        return 0;
    }
}
