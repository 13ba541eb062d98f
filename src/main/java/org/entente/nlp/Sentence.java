package org.entente.nlp;

import java.util.List;

/** A sentence: its index in the article, character span, text and tokens. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Text from token {@code from} (inclusive) to token {@code to} (exclusive), as written. */
    public String span(String articleText, int from, int to) {
        return articleText.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
