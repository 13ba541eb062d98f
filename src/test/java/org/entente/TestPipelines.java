package org.entente;

import java.nio.file.Path;
import java.util.List;
import org.entente.store.KnowledgeStore;

/** One pipeline per test JVM (models and dictionary load once), and stores built from data/. */
public final class TestPipelines {
    private static Pipeline pipeline;

    private TestPipelines() {
    }

    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = Pipeline.builder().build();
        }
        return pipeline;
    }

    /** A real TDB2 store in {@code dir} holding the sample articles of data/ (seed and news). */
    public static KnowledgeStore storeFromData(Path dir) {
        KnowledgeStore ks = KnowledgeStore.open(dir);
        ks.writeActors(get().dictionary().actors());
        Ingestor.Report r = Ingestor.builder().pipeline(get()).threads(2).batchSize(4).sink(ks::write).build()
                .run(List.of(Path.of("data")));
        if (!r.ok() || r.stored() < 10) {
            throw new IllegalStateException("data/ did not ingest cleanly: " + r);
        }
        return ks;
    }
}
