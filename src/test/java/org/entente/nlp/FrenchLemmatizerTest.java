package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchLemmatizerTest {
    private static FrenchLemmatizer lemmatizer;

    @BeforeAll
    static void load() {
        lemmatizer = FrenchLemmatizer.load();
    }

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            entretenus   | VERB  | entretenir
            déployer     | VERB  | déployer
            accusent     | VERB  | accuser
            dément       | VERB  | démentir
            rencontré    | VERB  | rencontrer
            reçu         | VERB  | recevoir
            sont         | AUX   | être
            étaient      | AUX   | être
            sommes       | AUX   | être
            ont          | AUX   | avoir
            été          | AUX   | être
            soldats      | NOUN  | soldat
            négociations | NOUN  | négociation
            sanctions    | NOUN  | sanction
            présidente   | NOUN  | président
            président    | NOUN  | président
            russes       | ADJ   | russe
            françaises   | ADJ   | français
            américaine   | ADJ   | américain
            étrangères   | ADJ   | étranger
            Négociations | NOUN  | négociation
            DÉCLARE      | VERB  | déclarer
            les          | DET   | le
            La           | DET   | le
            l'           | DET   | le
            l’           | DET   | le
            L'           | DET   | le
            d'           | ADP   | de
            d’           | DET   | de
            qu'          | SCONJ | que
            n'           | ADV   | ne
            s'           | PRON  | se
            c'           | PRON  | ce
            jusqu'       | ADP   | jusque
            lorsqu’      | SCONJ | lorsque
            -t-il        | PRON  | il
            -elle        | PRON  | elle
            au           | ADP+DET | à
            du           | ADP   | de
            M.           | NOUN  | monsieur
            Mme          | NOUN  | madame
            aujourd'hui  | ADV   | aujourd'hui
            aujourd’hui  | ADV   | aujourd'hui
            France       | PROPN | france
            Etats-Unis   | PROPN | états-unis
            Royaume-Uni  | PROPN | royaume-uni
            Zelensky     | PROPN | zelensky
            Kyiv         | PROPN | kyiv
            8,5          | NUM   | 8,5
            «            | PUNCT | «
            """)
    void lemmas(String word, String upos, String lemma) {
        assertEquals(lemma, lemmatizer.lemma(word, upos));
    }

    @Test
    void posPicksTheAnalysis() {
        assertEquals("dément", lemmatizer.lemma("dément", "ADJ"));
        assertEquals("démentir", lemmatizer.lemma("dément", "VERB"));
        assertEquals("reçu", lemmatizer.lemma("reçu", "NOUN"));
        assertEquals("recevoir", lemmatizer.lemma("reçu", "VERB"));
        assertEquals("affaire", lemmatizer.lemma("affaires", "NOUN"));
        // an unknown or missing tag falls back to the first analysis
        assertEquals("soldat", lemmatizer.lemma("soldats", "X"));
        assertEquals("soldat", lemmatizer.lemma("soldats", null));
        assertEquals("", lemmatizer.lemma("", "NOUN"));
    }

    @Test
    void isThreadSafe() throws Exception {
        String[][] cases = {{"accusent", "VERB", "accuser"}, {"soldats", "NOUN", "soldat"},
                {"françaises", "ADJ", "français"}, {"sont", "AUX", "être"}, {"dément", "VERB", "démentir"}};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        String[] c = cases[i % cases.length];
                        // a fresh word each time bypasses the cache and hits the dictionary
                        if (!lemmatizer.lemma(c[0], c[1]).equals(c[2])
                                || !lemmatizer.lemma("x" + i + Thread.currentThread().getId(), "NOUN").startsWith("x")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
