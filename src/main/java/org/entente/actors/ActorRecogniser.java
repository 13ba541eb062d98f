package org.entente.actors;

import org.entente.nlp.AnalysedArticle;

/** Pipeline stage: finds and links the actors an article mentions. Implementations are thread-safe. */
public interface ActorRecogniser {
    RecognisedArticle recognise(AnalysedArticle article);
}
