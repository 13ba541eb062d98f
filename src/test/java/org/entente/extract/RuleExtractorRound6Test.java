package org.entente.extract;

import static org.entente.extract.EventAssertions.assertHas;
import static org.entente.extract.EventAssertions.assertNone;

import java.time.LocalDate;
import java.util.List;
import org.entente.Pipeline;
import org.entente.article.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sixth round of rules (French recall and precision), on sentences written for these tests, not taken from
 * any evaluation data. Each with must-give and near-miss cases.
 */
class RuleExtractorRound6Test {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.builder().build();
    }

    private static List<Event> events(String lang, String text) {
        return pipeline.extract(new Article("t", text, lang, LocalDate.of(2022, 6, 1), null, null, null, null)).events();
    }

    @Test
    void seRetrouverIsAMeetingOnlyInAMeetingFrame() {
        assertHas(events("fr", "Lavrov s'est retrouvé avec Blinken à Genève."), "metWith", "lavrov", "blinken");
        assertHas(events("fr", "Macron et Scholz se sont retrouvés à Berlin mardi."), "metWith", "macron", "scholz");
        assertHas(events("fr", "Lavrov et Blinken se sont retrouvés jeudi pour parler de l'Ukraine."), "metWith", "lavrov",
                "blinken");
        // Ending up in a situation is no meeting, whoever is named after it.
        assertNone(events("fr", "Les Kurdes irakiens se retrouvent sous la pression de l'Iran et de la Turquie."), "metWith");
        assertNone(events("fr", "La Russie et la Chine se retrouvent face à l'OTAN."), "metWith");
        assertNone(events("fr", "La Grèce et la Turquie se retrouvent dans une impasse."), "metWith");
        assertNone(events("fr", "L'Égypte et le Soudan se sont retrouvés isolés face à l'Éthiopie."), "metWith");
    }
}
