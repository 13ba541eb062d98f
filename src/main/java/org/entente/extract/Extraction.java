package org.entente.extract;

import java.util.List;
import org.entente.actors.RecognisedArticle;

/** An article with its actor mentions and the events extracted from it. */
public record Extraction(RecognisedArticle recognised, List<Event> events) {
    public Extraction {
        events = List.copyOf(events);
    }
}
