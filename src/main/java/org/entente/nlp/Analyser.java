package org.entente.nlp;

import org.entente.article.Article;

/** Pipeline stage: language, sentences, tokens, POS tags and lemmas. Implementations are thread-safe. */
public interface Analyser {
    AnalysedArticle analyse(Article article);
}
