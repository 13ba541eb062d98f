package org.entente.article;

/** Receives what a reader finds: articles, and records it could not read. */
public interface ArticleSink {
    void accept(Article article);

    void reject(Rejected rejected);
}
