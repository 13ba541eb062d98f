package org.entente.nlp;

/**
 * A token with its character span in the article text, its universal POS tag (UD: NOUN, PROPN, VERB,
 * ADP…) and its lemma (lower case).
 */
public record Token(String text, int start, int end, String pos, String lemma) {
    public boolean isPos(String tag) {
        return tag.equals(pos);
    }

    /** Lower-cased surface form. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
