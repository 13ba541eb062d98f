package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.entente.rdf.ShapesValidator;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente validate}: SHACL over every graph of the store. */
@Command(name = "validate", description = "Check every article graph of the store against the SHACL shapes "
        + "(ontology/shapes.ttl, bundled).")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Other shapes to use.")
    Path shapes;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(store.loc)) {
            throw new org.entente.EntenteException(store.loc + ": no store here (run 'entente ingest' first, or give --loc)");
        }
        ShapesValidator v = shapes == null ? ShapesValidator.bundled() : ShapesValidator.from(shapes);
        try (KnowledgeStore ks = KnowledgeStore.open(store.loc)) {
            ShapesValidator.Report r = Txn.calculateRead(ks.dataset(), () -> v.validate(ks.datasetGraph()));
            r.problems().forEach(out::println);
            out.println(r.graphs() + " graph(s) checked, " + r.problems().size() + " violation(s)");
            return r.problems().isEmpty() ? 0 : 1;
        }
    }
}
