package org.entente.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One edge of the exported graph: every event of one relation between two actors, merged. A symmetric
 * relation (talkedWith, metWith…) gives one undirected edge per pair of actors, whichever way round the
 * events named them; its source is then the lexically smaller IRI.
 *
 * @param id        edge id, {@code e0}, {@code e1}… in output order
 * @param source    IRI of the agent
 * @param target    IRI of the target
 * @param relation  local name of the dip: relation ({@code talkedWith})
 * @param directed  false for symmetric relations
 * @param count     number of events behind the edge (for an edge that only a custom query gave, with no
 *                  event behind it: the number of result rows that gave it)
 * @param firstDate earliest event date, or null when no event has a date
 * @param lastDate  latest event date, or null
 * @param articles  ids of the articles the events come from, sorted, without duplicates
 */
public record GraphEdge(String id, String source, String target, String relation, boolean directed, int count,
                        LocalDate firstDate, LocalDate lastDate, List<String> articles) {
    public GraphEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        articles = List.copyOf(articles);
    }

    /** The article ids joined with {@code ;}, as the exports write them. */
    public String articleIds() {
        return String.join(";", articles);
    }
}
