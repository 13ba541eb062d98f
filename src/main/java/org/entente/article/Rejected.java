package org.entente.article;

/**
 * An input record that could not be read as an article.
 *
 * @param origin  file and line ("news.jsonl:3") or file alone
 * @param message what is wrong and which field, in words a user can act on
 */
public record Rejected(String origin, String message) {
    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
