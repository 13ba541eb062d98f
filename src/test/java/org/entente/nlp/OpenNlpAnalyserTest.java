package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.EntenteException;
import org.entente.article.Article;
import org.junit.jupiter.api.Test;

class OpenNlpAnalyserTest {
    static final Analyser NLP = new OpenNlpAnalyser(NlpModels.get());

    static Article article(String text, String lang) {
        return new Article("t", text, lang, null, null, null, null, null);
    }

    @Test
    void englishSentencesTokensTagsLemmasAndOffsets() {
        String text = "The ministers met in Paris on Monday.\n\nThey signed two agreements.";
        AnalysedArticle a = NLP.analyse(article(text, "en"));
        assertEquals(2, a.sentences().size());
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
        Token met = a.sentences().get(0).tokens().get(2);
        assertEquals("met", met.text());
        assertEquals("VERB", met.pos());
        assertEquals("meet", met.lemma());
        assertEquals("agreement", a.sentences().get(1).tokens().get(3).lemma());
    }

    @Test
    void frenchElisionsAndLemmas() {
        String text = "Les présidents se sont entretenus avec l’Ukraine. Moscou dément.";
        AnalysedArticle a = NLP.analyse(article(text, "fr"));
        assertEquals(2, a.sentences().size());
        List<String> lemmas = a.sentences().get(0).tokens().stream().map(Token::lemma).toList();
        assertTrue(lemmas.contains("entretenir"), lemmas.toString());
        Token elided = a.sentences().get(0).tokens().stream().filter(t -> t.text().equals("l’")).findFirst().orElseThrow();
        assertEquals("DET", elided.pos());
        assertEquals("démentir", a.sentences().get(1).tokens().get(1).lemma());
    }

    @Test
    void languageIsDetectedWhenNotGivenAndOthersAreRefused() {
        assertEquals("fr", NLP.analyse(article("La France et l'Allemagne ont signé un accord de coopération militaire hier soir.", null)).lang());
        assertEquals("en", NLP.analyse(article("France and Germany signed a military cooperation agreement last night.", null)).lang());
        EntenteException e = assertThrows(EntenteException.class, () -> NLP.analyse(
                article("Deutschland und Frankreich haben gestern ein Abkommen über militärische Zusammenarbeit unterzeichnet.", null)));
        assertTrue(e.getMessage().contains("French and English only"), e.getMessage());
    }
}
