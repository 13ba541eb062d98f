package org.entente.store;

import java.util.Collection;
import org.entente.actors.Actor;
import org.entente.rdf.ArticleGraph;

/**
 * Where an ingest writes its graphs: the local TDB2 store ({@link #of(KnowledgeStore)}), a remote
 * SPARQL Graph Store Protocol endpoint ({@link RemoteStore}) or N-Quads shard files
 * ({@link NQuadsShards}). Each article graph replaces the article's previous graph; actor
 * descriptions are merged into the shared actors graph.
 *
 * <pre>{@code
 * try (GraphSink sink = RemoteStore.builder().endpoint("http://host:3030/ds/data").build()) {
 *     sink.writeActors(pipeline.dictionary().actors());
 *     Ingestor.builder().pipeline(pipeline).sink(sink::write).build().run(paths);
 * }
 * }</pre>
 */
public interface GraphSink extends AutoCloseable {
    /** Describes the actors in the actors graph (idempotent); once per run, before the articles. */
    void writeActors(Collection<Actor> actors);

    /** Writes a batch of article graphs, each replacing that article's previous graph. */
    void write(Collection<ArticleGraph> batch);

    /** Where the graphs go, for messages ("store DIR", an URL, a directory). */
    String describe();

    @Override
    default void close() {
    }

    /** The local TDB2 store as a sink; closing the sink leaves the store open (its owner closes it). */
    static GraphSink of(KnowledgeStore ks) {
        return new GraphSink() {
            @Override
            public void writeActors(Collection<Actor> actors) {
                ks.writeActors(actors);
            }

            @Override
            public void write(Collection<ArticleGraph> batch) {
                ks.write(batch);
            }

            @Override
            public String describe() {
                return ks.location().toString();
            }
        };
    }
}
