package org.entente.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.entente.EntenteException;
import org.entente.extract.RelationType;
import org.entente.rdf.Dip;

/**
 * The actor graph of a store, exported for graph tools: GraphML (yEd, Cytoscape), GEXF (Gephi), DOT
 * (Graphviz) and Cytoscape.js JSON. One node per actor that some edge touches (label in the chosen
 * language, type, Wikidata id, number of articles); one edge per (actor, relation, actor) merging the
 * event nodes behind it (relation, number of events, first and last date, article ids); symmetric relations
 * give one undirected edge per pair. The graph is read from the event nodes, so counts and dates are those
 * of the events, not of the deduplicated direct triples.
 *
 * <pre>{@code
 * GraphExport.create().dataset(store.dataset()).lang("fr")
 *         .relations(Set.of("talkedWith", "metWith")).from(LocalDate.of(2022, 1, 1))
 *         .build().write(GraphFormat.GEXF, out);
 * }</pre>
 *
 * An export reads the dataset in its own read transaction (or in the caller's, if one is active) and
 * may be written in several formats; the graph is read once. Not thread-safe.
 */
public final class GraphExport {

    private final Dataset dataset;
    private final GraphReader.Settings settings;
    private ActorGraph graph;

    private GraphExport(Dataset dataset, GraphReader.Settings settings) {
        this.dataset = dataset;
        this.settings = settings;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The graph, read from the dataset on first use. */
    public ActorGraph graph() {
        if (graph == null) {
            GraphReader reader = new GraphReader(dataset, settings);
            graph = dataset.isInTransaction() ? reader.read() : Txn.calculateRead(dataset, reader::read);
        }
        return graph;
    }

    /** Writes the graph in UTF-8 to {@code out}, which is flushed, not closed. */
    public void write(GraphFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        GraphWriters.write(graph(), format, out);
    }

    /** The graph as a JGraphT graph: vertices are actor IRIs, edges weighted by their event count. */
    public org.jgrapht.Graph<String, GraphEdge> toJGraphT() {
        return GraphWriters.jgrapht(graph());
    }

    /** Settings of an export; only the dataset is required. */
    public static final class Builder {
        private Dataset dataset;
        private String lang = "en";
        private final Set<RelationType> relations = EnumSet.noneOf(RelationType.class);
        private LocalDate from;
        private LocalDate to;
        private final Set<String> actors = new LinkedHashSet<>();
        private String query;

        private Builder() {
        }

        /** The store's dataset (a TDB2 dataset whose default graph is the union), or any dataset. */
        public Builder dataset(Dataset ds) {
            this.dataset = ds;
            return this;
        }

        /** Language of the node labels: {@code en} (default) or {@code fr}. */
        public Builder lang(String lang) {
            String l = lang == null ? "" : lang.trim().toLowerCase(Locale.ROOT);
            if (!l.equals("en") && !l.equals("fr")) {
                throw new EntenteException("unknown label language '" + lang + "': use en or fr");
            }
            this.lang = l;
            return this;
        }

        /** Keeps only these relations, by local name ({@code talkedWith}, case-insensitive); empty = all 20. */
        public Builder relations(Set<String> names) {
            relations.clear();
            if (names != null) {
                for (String n : names) {
                    if (n != null && !n.isBlank()) {
                        relations.add(RelationType.of(n.trim().startsWith("dip:") ? n.trim().substring(4) : n));
                    }
                }
            }
            return this;
        }

        /**
         * Keeps only events dated on or after this day. With a date range, events without a date are
         * dropped, and so are the edges of a custom query that no event stands behind.
         */
        public Builder from(LocalDate day) {
            this.from = day;
            return this;
        }

        /** Keeps only events dated on or before this day. */
        public Builder to(LocalDate day) {
            this.to = day;
            return this;
        }

        /**
         * Keeps only edges touching one of these actors, each given by IRI (or {@code ent:country/russia}), Wikidata
         * id ({@code Q159}) or label in any language ({@code russia}, {@code Russie}), case-insensitive.
         * A value matching no actor is an error when the export is read.
         */
        public Builder actors(Set<String> names) {
            actors.clear();
            if (names != null) {
                names.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).forEach(actors::add);
            }
            return this;
        }

        /**
         * Chooses the edges with SPARQL (standard prefixes dip:, ent:, rdfs:, owl:, wd:… may be used
         * undeclared): a CONSTRUCT, whose triples with a dip: relation as predicate are edges, or a SELECT
         * binding {@code ?source ?relation ?target} (relation as IRI or local name); other triples and rows
         * are ignored. Edges keep the counts, dates and articles of the events behind them; the other
         * filters still apply.
         */
        public Builder query(String sparql) {
            this.query = sparql == null || sparql.isBlank() ? null : sparql;
            return this;
        }

        public GraphExport build() {
            if (dataset == null) {
                throw new EntenteException("a graph export needs a dataset");
            }
            if (from != null && to != null && from.isAfter(to)) {
                throw new EntenteException("--from " + from + " is after --to " + to);
            }
            Query q = query == null ? null : parse(query);
            return new GraphExport(dataset, new GraphReader.Settings(lang, Set.copyOf(relations), from, to,
                    Set.copyOf(actors), q));
        }

        private static Query parse(String sparql) {
            Query q = new Query();
            q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(org.entente.rdf.Prefixes.STANDARD));
            try {
                QueryFactory.parse(q, sparql, null, Syntax.syntaxARQ);
            } catch (QueryParseException e) {
                throw new EntenteException("the --query is not valid SPARQL: " + e.getMessage(), e);
            }
            if (!q.isSelectType() && !q.isConstructType()) {
                throw new EntenteException("the --query must be a CONSTRUCT or a SELECT ?source ?relation ?target");
            }
            if (q.isSelectType() && !q.isQueryResultStar()
                    && !q.getResultVars().containsAll(java.util.List.of("source", "relation", "target"))) {
                throw new EntenteException("the --query SELECT must bind ?source ?relation ?target, not "
                        + String.join(" ", q.getResultVars().stream().map(v -> "?" + v).toList()));
            }
            return q;
        }
    }
}
