package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.TestPipelines;
import org.entente.article.Article;

/** Assertions on extracted events, by relation local name and the ends of actor slugs ("putin", "russia"). */
final class EventAssertions {
    private EventAssertions() {
    }

    /** The events the shared pipeline extracts from {@code text}, as an article of 1 June 2022. */
    static List<Event> events(String lang, String text) {
        return TestPipelines.get().extract(new Article("t", text, lang, LocalDate.of(2022, 6, 1), null, null, null, null))
                .events();
    }

    static boolean has(List<Event> es, String rel, String agent, String target) {
        return es.stream().anyMatch(e -> e.relation().localName().equals(rel) && e.agent().slug().endsWith(agent)
                && e.target().slug().endsWith(target));
    }

    static String show(List<Event> es) {
        return es.stream().map(e -> e.relation().localName() + " " + e.agent().slug() + " " + e.target().slug())
                .collect(Collectors.joining("; "));
    }

    static void assertHas(List<Event> es, String rel, String agent, String target) {
        assertTrue(has(es, rel, agent, target), rel + " " + agent + " " + target + " expected in: " + show(es));
    }

    static void assertHasNot(List<Event> es, String rel, String agent, String target) {
        assertFalse(has(es, rel, agent, target), rel + " " + agent + " " + target + " not expected in: " + show(es));
    }

    static void assertNone(List<Event> es, String rel) {
        assertFalse(es.stream().anyMatch(e -> e.relation().localName().equals(rel)), rel + " not expected in: " + show(es));
    }
}
