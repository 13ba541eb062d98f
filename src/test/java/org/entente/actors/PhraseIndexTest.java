package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Normalisation, with its ASCII fast path and its cache, gives what the phrase index matches on. */
class PhraseIndexTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "États-Unis|etats unis",
        "Etats-Unis|etats unis",
        "l’Élysée|l elysee",
        "U.S.|us",
        "O.N.U.|onu",
        "St. Petersburg|st. petersburg",
        "Kyiv|kyiv",
        "NATO|nato",
        "Moscou|moscou",
        "Türkiye|turkiye",
        "Erdoğan|erdogan",
        "  Boris   Johnson |boris johnson",
        "dix-huit|dix huit",
    })
    void normalisesAccentsCaseHyphensApostrophesAndAcronymDots(String text, String expected) {
        assertEquals(expected, PhraseIndex.normalise(text));
        // Second call: from the cache.
        assertEquals(expected, PhraseIndex.normalise(text));
    }

    @org.junit.jupiter.api.Test
    void longTextIsNotCachedButNormalisedAlike() {
        String s = "Le président de la République française, Emmanuel Macron, a reçu à l'Élysée son homologue";
        assertEquals("le president de la republique francaise, emmanuel macron, a recu a l elysee son homologue",
                PhraseIndex.normalise(s));
    }
}
