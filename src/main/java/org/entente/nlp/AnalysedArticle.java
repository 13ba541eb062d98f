package org.entente.nlp;

import java.util.List;
import org.entente.article.Article;

/** An article split into sentences and tokens, with its (given or detected) language. */
public record AnalysedArticle(Article article, String lang, List<Sentence> sentences) {
    public AnalysedArticle {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.text();
    }
}
