package org.entente.extract;

import org.entente.actors.RecognisedArticle;

/** Pipeline stage: relations and events from an actor-annotated article. Implementations are thread-safe. */
public interface RelationExtractor {
    Extraction extract(RecognisedArticle article);
}
