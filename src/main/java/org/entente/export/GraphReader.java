package org.entente.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.EntenteException;
import org.entente.extract.RelationType;
import org.entente.rdf.Dip;

/**
 * Reads the actor graph from a dataset with SPARQL, inside the caller's read transaction: events (with
 * their dates and articles), then the description of the actors on the edges. Works on a TDB2 store whose
 * default graph is the union of its graphs ({@code TDB2.symUnionDefaultGraph}, as {@code KnowledgeStore}
 * opens it) and on any other dataset, where each pattern is matched in the default graph and in every
 * named graph and duplicates removed.
 */
final class GraphReader {
    private static final String PREFIXES = """
            PREFIX dip: <%s>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """.formatted(Dip.NS);
    private static final Pattern QID = Pattern.compile("(?i)(?:wd:)?(Q[1-9][0-9]*)");
    /** Actor classes in the order a node's type is chosen when it has several. */
    private static final List<String> ACTOR_CLASSES = List.of("Country", "Organisation", "Format", "Person", "Place");
    private static final int VALUES_CHUNK = 500;
    private static final Pattern BAD_IRI = Pattern.compile("[<>\"{}|^`\\\\\\s]");

    private static final Map<String, RelationType> BY_IRI = new HashMap<>();

    static {
        for (RelationType r : RelationType.values()) {
            BY_IRI.put(Dip.NS + r.localName(), r);
        }
    }

    /** What to read. */
    record Settings(String lang, Set<RelationType> relations, LocalDate from, LocalDate to, Set<String> actors,
                    Query query) {
    }

    /** An edge before aggregation: for a symmetric relation, source is the smaller IRI. */
    private record Key(String source, RelationType relation, String target) {
        static Key of(String agent, RelationType r, String target) {
            if (r.symmetric() && agent.compareTo(target) > 0) {
                return new Key(target, r, agent);
            }
            return new Key(agent, r, target);
        }
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::source)
            .thenComparing(k -> k.relation().localName()).thenComparing(Key::target);

    private final Dataset ds;
    private final Settings settings;

    private final boolean unionDefaultGraph;

    GraphReader(Dataset ds, Settings settings) {
        this.ds = ds;
        this.settings = settings;
        this.unionDefaultGraph = ds.getContext().isTrue(TDB2.symUnionDefaultGraph)
                || ds.asDatasetGraph().getContext().isTrue(TDB2.symUnionDefaultGraph);
    }

    /** Reads the graph; call inside a read transaction. */
    ActorGraph read() {
        Set<String> actorFilter = settings.actors().isEmpty() ? null : resolveActors(settings.actors());
        Map<Key, Integer> selection = settings.query() == null ? null : runQuery(settings.query());

        // Events are aggregated into edges as they stream from the store, never held as a list: a 100 000-article
        // store has over 500 000 of them, and holding them (with a DISTINCT over the rows) ran out of a 2 GB heap.
        boolean dateRange = settings.from() != null || settings.to() != null;
        Map<Key, Agg> edges = new TreeMap<>(KEY_ORDER);
        readEvents((key, event, date, article) -> {
            if (selection != null && !selection.containsKey(key)
                    || !keepRelation(key.relation()) || !keepActors(key.source(), key.target(), actorFilter)) {
                return;
            }
            if (dateRange && (date == null
                    || settings.from() != null && date.isBefore(settings.from())
                    || settings.to() != null && date.isAfter(settings.to()))) {
                return;
            }
            edges.computeIfAbsent(key, k -> new Agg()).add(event, date, article);
        });
        if (selection != null && !dateRange) {
            // Edges the query gave that no event stands behind (a derived relation, a store of bare triples).
            selection.forEach((k, rows) -> {
                if (!edges.containsKey(k) && keepRelation(k.relation()) && keepActors(k.source(), k.target(), actorFilter)) {
                    edges.computeIfAbsent(k, x -> new Agg()).rows += rows;
                }
            });
        }

        Set<String> iris = new TreeSet<>();
        edges.keySet().forEach(k -> {
            iris.add(k.source());
            iris.add(k.target());
        });
        List<GraphNode> nodes = describe(iris);

        List<GraphEdge> out = new ArrayList<>(edges.size());
        int n = 0;
        for (Map.Entry<Key, Agg> en : edges.entrySet()) {
            Key k = en.getKey();
            Agg a = en.getValue();
            int count = a.events.isEmpty() ? a.rows : a.events.size();
            out.add(new GraphEdge("e" + (n++), k.source(), k.target(), k.relation().localName(),
                    !k.relation().symmetric(), count, a.first(), a.last(), new ArrayList<>(a.articles)));
        }
        return new ActorGraph(nodes, out);
    }

    private boolean keepRelation(RelationType r) {
        return settings.relations().isEmpty() || settings.relations().contains(r);
    }

    private static boolean keepActors(String a, String b, Set<String> filter) {
        return filter == null || filter.contains(a) || filter.contains(b);
    }

    /** Events merged into one edge: each event once, with its earliest date (null when it has none). */
    private static final class Agg {
        final Map<String, LocalDate> events = new HashMap<>();
        final Set<String> articles = new TreeSet<>();
        int rows;

        void add(String event, LocalDate date, String article) {
            // An event read twice (default and named graph) or with two dates counts once, at its earliest date.
            LocalDate known = events.get(event);
            if (known == null && !events.containsKey(event) || date != null && (known == null || date.isBefore(known))) {
                events.put(event, date);
            }
            if (article != null) {
                articles.add(article);
            }
        }

        LocalDate first() {
            return events.values().stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        }

        LocalDate last() {
            return events.values().stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }
    }

    /** One row of the event query. */
    @FunctionalInterface
    private interface EventSink {
        void accept(Key key, String event, LocalDate date, String article);
    }

    // ---- events

    /** Streams every event row (relation, agent, target, date, article) to the sink. */
    private void readEvents(EventSink sink) {
        String pattern = """
                ?e dip:relation ?rel ; dip:agent ?a ; dip:target ?b .
                FILTER(isIRI(?a) && isIRI(?b))
                OPTIONAL { ?e dip:date ?date }
                OPTIONAL { ?e prov:wasDerivedFrom ?art . OPTIONAL { ?art dcterms:identifier ?id } }""";
        String rels = settings.relations().isEmpty() ? ""
                : settings.relations().stream().map(r -> "dip:" + r.localName())
                        .collect(Collectors.joining(" ", "VALUES ?rel { ", " } "));
        // No DISTINCT: the aggregation counts each event once, and a DISTINCT would hold every row in memory.
        String q = PREFIXES + "SELECT ?e ?rel ?a ?b ?date ?art ?id WHERE { " + rels + anyGraph(pattern) + " }";
        select(q, s -> {
            RelationType r = relationOf(s.get("rel"));
            if (r == null) {
                return;
            }
            String article = s.contains("id") ? s.get("id").asNode().getLiteralLexicalForm()
                    : s.contains("art") && s.get("art").isURIResource() ? s.getResource("art").getURI() : null;
            sink.accept(Key.of(s.getResource("a").getURI(), r, s.getResource("b").getURI()), nodeKey(s.get("e")),
                    date(s.get("date")), article);
        });
    }

    private static String nodeKey(RDFNode n) {
        return n.isAnon() ? "_:" + n.asNode().getBlankNodeLabel() : n.asNode().toString();
    }

    private static LocalDate date(RDFNode n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        String s = n.asLiteral().getLexicalForm();
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static RelationType relationOf(RDFNode n) {
        if (n == null) {
            return null;
        }
        if (n.isURIResource()) {
            return BY_IRI.get(n.asResource().getURI());
        }
        if (n.isLiteral()) {
            String s = n.asLiteral().getLexicalForm().trim();
            if (s.startsWith("dip:")) {
                s = s.substring(4);
            }
            return BY_IRI.get(Dip.NS + s) != null ? BY_IRI.get(Dip.NS + s) : byNameIgnoringCase(s);
        }
        return null;
    }

    private static RelationType byNameIgnoringCase(String s) {
        for (RelationType r : RelationType.values()) {
            if (r.localName().equalsIgnoreCase(s)) {
                return r;
            }
        }
        return null;
    }

    // ---- custom query

    /** The (source, relation, target) triples the query gives, with how many result rows gave each. */
    private Map<Key, Integer> runQuery(Query query) {
        Map<Key, Integer> keys = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            if (query.isConstructType()) {
                Model m = qe.execConstruct();
                for (Statement st : m.listStatements().toList()) {
                    RelationType r = BY_IRI.get(st.getPredicate().getURI());
                    if (r != null && st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                        keys.merge(Key.of(st.getSubject().getURI(), r, st.getObject().asResource().getURI()), 1, Integer::sum);
                    }
                }
            } else {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                if (!vars.containsAll(List.of("source", "relation", "target"))) {
                    throw new EntenteException("the --query SELECT must bind ?source ?relation ?target, not "
                            + vars.stream().map(v -> "?" + v).collect(Collectors.joining(" ")));
                }
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    RDFNode a = s.get("source");
                    RDFNode b = s.get("target");
                    RelationType r = relationOf(s.get("relation"));
                    if (r != null && a != null && b != null && a.isURIResource() && b.isURIResource()) {
                        keys.merge(Key.of(a.asResource().getURI(), r, b.asResource().getURI()), 1, Integer::sum);
                    }
                }
            }
        } catch (EntenteException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EntenteException("the --query failed: " + e.getMessage(), e);
        }
        return keys;
    }

    // ---- actors

    /** The IRIs the --actors values name: IRIs as given, Wikidata ids and labels looked up. */
    private Set<String> resolveActors(Set<String> specs) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        Map<String, Set<String>> byQid = new HashMap<>();
        String q = PREFIXES + "SELECT DISTINCT ?a ?p ?o WHERE { VALUES ?p { rdfs:label skos:altLabel owl:sameAs } "
                + anyGraph("?a ?p ?o . FILTER(isIRI(?a))") + " }";
        select(q, s -> {
            String a = s.getResource("a").getURI();
            String p = s.getResource("p").getURI();
            RDFNode o = s.get("o");
            if (p.equals(OWL.sameAs.getURI())) {
                if (o.isURIResource() && o.asResource().getURI().startsWith(Dip.WIKIDATA)) {
                    String qid = o.asResource().getURI().substring(Dip.WIKIDATA.length()).toUpperCase(Locale.ROOT);
                    byQid.computeIfAbsent(qid, x -> new TreeSet<>()).add(a);
                }
            } else if (o.isLiteral()) {
                byLabel.computeIfAbsent(fold(o.asLiteral().getLexicalForm()), x -> new TreeSet<>()).add(a);
            }
        });
        Set<String> iris = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String spec : specs) {
            String s = spec.trim();
            if (s.startsWith("<") && s.endsWith(">")) {
                s = s.substring(1, s.length() - 1);
            }
            if (s.startsWith(Dip.WIKIDATA)) {
                s = s.substring(Dip.WIKIDATA.length());
            }
            var qid = QID.matcher(s);
            Set<String> found;
            if (qid.matches()) {
                found = byQid.get(qid.group(1).toUpperCase(Locale.ROOT));
            } else if (s.matches("(?i)(https?|urn):.*")) {
                found = Set.of(s);
            } else if (s.startsWith("ent:")) {
                found = Set.of(Dip.ID + s.substring(4));
            } else {
                found = byLabel.get(fold(s));
            }
            if (found == null || found.isEmpty()) {
                unknown.add(spec);
            } else {
                iris.addAll(found);
            }
        }
        if (!unknown.isEmpty()) {
            throw new EntenteException("no actor in the store matches --actors " + String.join(", ", unknown)
                    + ": give an actor IRI, a Wikidata id (Q159) or a label (Russia, Russie, Emmanuel Macron)");
        }
        return iris;
    }

    private static String fold(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Label, type, Wikidata id and article count of each actor. */
    private List<GraphNode> describe(Collection<String> iris) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        Map<String, Set<String>> types = new HashMap<>();
        Map<String, String> qids = new HashMap<>();
        Map<String, Integer> articles = new HashMap<>();
        // IRIs that cannot be written in a query (from a custom query's odd results) keep the defaults.
        List<String> all = iris.stream().filter(i -> !BAD_IRI.matcher(i).find()).toList();
        for (int i = 0; i < all.size(); i += VALUES_CHUNK) {
            String values = values("a", all.subList(i, Math.min(all.size(), i + VALUES_CHUNK)));
            String q = PREFIXES + "SELECT DISTINCT ?a ?p ?o WHERE { " + values
                    + " VALUES ?p { rdf:type rdfs:label owl:sameAs } " + anyGraph("?a ?p ?o") + " }";
            select(q, s -> {
                String a = s.getResource("a").getURI();
                String p = s.getResource("p").getURI();
                RDFNode o = s.get("o");
                if (p.equals(RDF.type.getURI()) && o.isURIResource()) {
                    types.computeIfAbsent(a, x -> new HashSet<>()).add(o.asResource().getURI());
                } else if (p.equals(RDFS.label.getURI()) && o.isLiteral()) {
                    Literal l = o.asLiteral();
                    labels.computeIfAbsent(a, x -> new TreeMap<>())
                            .putIfAbsent(l.getLanguage().toLowerCase(Locale.ROOT).split("-")[0], l.getLexicalForm());
                } else if (p.equals(OWL.sameAs.getURI()) && o.isURIResource()
                        && o.asResource().getURI().startsWith(Dip.WIKIDATA)) {
                    String qid = o.asResource().getURI().substring(Dip.WIKIDATA.length());
                    qids.merge(a, qid, (x, y) -> x.compareTo(y) <= 0 ? x : y);
                }
            });
            String counts = PREFIXES + "SELECT ?a (COUNT(DISTINCT ?art) AS ?n) WHERE { " + values
                    + anyGraph("{ ?art dip:mentions ?a } UNION { ?e dip:agent ?a . ?e prov:wasDerivedFrom ?art } "
                            + "UNION { ?e dip:target ?a . ?e prov:wasDerivedFrom ?art }")
                    + " } GROUP BY ?a";
            select(counts, s -> articles.put(s.getResource("a").getURI(), s.getLiteral("n").getInt()));
        }
        List<GraphNode> nodes = new ArrayList<>(iris.size());
        for (String iri : iris) {
            nodes.add(new GraphNode(iri, label(iri, labels.getOrDefault(iri, Map.of())), type(types.get(iri)),
                    qids.get(iri), articles.getOrDefault(iri, 0)));
        }
        return nodes;
    }

    private String label(String iri, Map<String, String> byLang) {
        for (String lang : List.of(settings.lang(), "en", "fr", "")) {
            String l = byLang.get(lang);
            if (l != null) {
                return l;
            }
        }
        if (!byLang.isEmpty()) {
            return byLang.values().iterator().next();
        }
        String local = iri.replaceAll("[/#]+$", "");
        return local.substring(Math.max(local.lastIndexOf('/'), local.lastIndexOf('#')) + 1);
    }

    private static String type(Set<String> classes) {
        if (classes == null) {
            return null;
        }
        for (String c : ACTOR_CLASSES) {
            if (classes.contains(Dip.NS + c)) {
                return c;
            }
        }
        return null;
    }

    // ---- helpers

    /**
     * The pattern matched in the default graph when it is the union of all graphs (a TDB2 store), else in
     * the default graph and in every named graph.
     */
    private String anyGraph(String pattern) {
        if (unionDefaultGraph) {
            return "{ " + pattern + " }";
        }
        return "{ " + pattern + " } UNION { GRAPH ?graph_ { " + pattern + " } }";
    }

    private static String values(String var, List<String> iris) {
        StringBuilder b = new StringBuilder("VALUES ?").append(var).append(" {");
        for (String iri : iris) {
            b.append(" <").append(iri).append('>');
        }
        return b.append(" } ").toString();
    }

    private void select(String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }
}
