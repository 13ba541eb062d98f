package org.entente.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from input, before any analysis.
 *
 * @param id     stable identifier, unique in the store (re-ingesting the same id replaces the article)
 * @param text   the body text
 * @param lang   ISO 639-1 code ("fr", "en"), or null when the language must be detected
 * @param date   publication date, or null when unknown (never defaulted to today)
 * @param title  title, or null
 * @param url    address of the original, or null
 * @param source publisher, or null
 * @param origin where it was read from ("file.jsonl:12"), for messages
 */
public record Article(String id, String text, String lang, LocalDate date, String title, String url,
                      String source, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        origin = origin == null ? id : origin;
    }

    /** The same article with its language set (after detection). */
    public Article withLang(String language) {
        return new Article(id, text, language, date, title, url, source, origin);
    }
}
