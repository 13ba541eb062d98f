package org.entente.actors;

import java.util.List;
import org.entente.nlp.AnalysedArticle;

/** An analysed article with the actor mentions found in it, in text order. */
public record RecognisedArticle(AnalysedArticle analysed, List<Mention> mentions) {
    public RecognisedArticle {
        mentions = List.copyOf(mentions);
    }

    /** The mentions of one sentence, in order. */
    public List<Mention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
