package org.entente.store;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.entente.rdf.Dip;
import org.entente.rdf.RdfMapper;

/**
 * The summary graph ({@link Dip#SUMMARY_GRAPH}): one {@code dip:RelationSummary} node per (agent, relation,
 * target, month) of the events ({@code a dip:Event}; affiliations are not events) of every article graph,
 * with the number of events and of articles, the number and sum of their Goldstein weights, and their
 * first and last date. The month is that of the event's {@code dip:date}, else of the article's
 * publication date; an event with neither is counted in a node without {@code dip:month}.
 *
 * <p>{@link KnowledgeStore} keeps it in step inside the write transaction that adds or removes article
 * graphs: the contribution of a replaced or removed article is subtracted and that of the new graph
 * added, so readers never see a summary that disagrees with the events, and a crash loses both or
 * neither. Counts and sums are updated by arithmetic; the first or last date of a node that lost the
 * event holding it is recomputed from the events of that agent in the store.
 */
final class Summary {
    static final Node GRAPH = NodeFactory.createURI(Dip.SUMMARY_GRAPH);
    static final String NODE_BASE = "https://w3id.org/entente/summary/";

    private static final Node TYPE = RDF.type.asNode();
    private static final Node EVENT = Dip.Event.asNode();
    private static final Node RELATION = Dip.relation.asNode();
    private static final Node AGENT = Dip.agent.asNode();
    private static final Node TARGET = Dip.target.asNode();
    private static final Node DATE = Dip.date.asNode();
    private static final Node GOLDSTEIN = Dip.goldstein.asNode();
    private static final Node MODALITY = Dip.modality.asNode();
    private static final Node AFFILIATION = Dip.Affiliation.asNode();
    private static final Node DERIVED = NodeFactory.createURI(RdfMapper.PROV + "wasDerivedFrom");
    private static final Node PUBLISHED = NodeFactory.createURI(RdfMapper.SCHEMA + "datePublished");
    private static final Node EVIDENCE = Dip.evidence.asNode();
    static final Node MONTH_SUMMARY = Dip.resource("MonthSummary").asNode();
    static final Node LAST_EVIDENCE = Dip.property("lastEvidence").asNode();
    static final Node SCORED_PAIRS = Dip.property("scoredPairCount").asNode();
    static final Node LATER_SCORED_PAIRS = Dip.property("laterScoredPairCount").asNode();
    static final Node MENTIONS = Dip.mentions.asNode();
    static final Node MENTION_SUMMARY = Dip.resource("MentionSummary").asNode();
    static final Node MENTIONED_ACTOR = Dip.property("mentionedActor").asNode();
    static final Node MENTIONED_IN = Dip.property("mentionedIn").asNode();
    /** The predicates of a mention node other than its article links. */
    private static final List<Node> MENTION_FIGURES = List.of(TYPE, MENTIONED_ACTOR, Dip.month.asNode(), Dip.articleCount.asNode());

    private Summary() {
    }

    /**
     * What a summary node groups. A full key ({@code dip:RelationSummary}) has all four parts; a roll-up
     * leaves some out: (relation, month) is a {@code dip:RelationMonthSummary}, (agent, target, month) a
     * {@code dip:PairMonthSummary}, (month) a {@code dip:MonthSummary}. Month is "" for events without any date.
     */
    record Key(Node agent, Node relation, Node target, String month) {
        /** The month of an assertion key: all of them. */
        static final String ALL = "*";

        boolean full() {
            return agent != null && relation != null && target != null && !assertion();
        }

        /**
         * A mention key (agent = the actor, relation = dip:mentions, no target): the articles published in a
         * month (of schema:datePublished; "" without one) that mention the actor.
         */
        static Key mention(Node actor, String month) {
            return new Key(actor, MENTIONS, null, month);
        }

        boolean mention() {
            return MENTIONS.equals(relation) && target == null;
        }

        boolean assertion() {
            return ALL.equals(month);
        }

        /** A month roll-up: every event of one month. */
        boolean monthOnly() {
            return agent == null && relation == null && target == null && !assertion();
        }

        /** A pair-month roll-up. */
        boolean pair() {
            return agent != null && relation == null && !assertion();
        }

        Node type() {
            return assertion() ? Dip.AssertionSummary.asNode() : full() ? Dip.RelationSummary.asNode()
                    : monthOnly() ? MONTH_SUMMARY : mention() ? MENTION_SUMMARY
                    : relation == null ? Dip.PairMonthSummary.asNode() : Dip.RelationMonthSummary.asNode();
        }

        Node node() {
            String m = month.isEmpty() ? "undated" : month;
            if (assertion()) {
                return NodeFactory.createURI(NODE_BASE + "assertion/" + enc(rel()) + "/" + enc(local(agent)) + "/"
                        + enc(local(target)));
            }
            if (full()) {
                return NodeFactory.createURI(NODE_BASE + enc(rel()) + "/" + m + "/" + enc(local(agent)) + "/" + enc(local(target)));
            }
            if (monthOnly()) {
                return NodeFactory.createURI(NODE_BASE + "month/" + m);
            }
            if (mention()) {
                return NodeFactory.createURI(NODE_BASE + "mention/" + m + "/" + enc(local(agent)));
            }
            if (relation == null) {
                return NodeFactory.createURI(NODE_BASE + "pair/" + m + "/" + enc(local(agent)) + "/" + enc(local(target)));
            }
            return NodeFactory.createURI(NODE_BASE + "relation/" + m + "/" + enc(rel()));
        }

        /** The keys an event with this full key counts in: itself and its three roll-ups. */
        List<Key> withRollups() {
            return List.of(this, new Key(null, relation, null, month), new Key(agent, null, target, month),
                    new Key(null, null, null, month));
        }

        /** The assertion keys of an event or affiliation: its triple, and the reverse one for a symmetric relation. */
        List<Key> assertions() {
            Key k = new Key(agent, relation, target, ALL);
            return symmetric(relation) && !agent.equals(target) ? List.of(k, new Key(target, relation, agent, ALL)) : List.of(k);
        }

        private String rel() {
            return relation.isURI() ? relation.getLocalName() : "relation";
        }

        private static String local(Node n) {
            String s = n.isURI() ? n.getURI() : n.toString();
            return s.startsWith(Dip.ID) ? s.substring(Dip.ID.length()) : s;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /** The figures of one summary node, or a change to them. */
    static final class Value {
        long events;
        long articles;
        long goldsteinCount;
        BigDecimal goldsteinSum = BigDecimal.ZERO;
        /** Articles with an actual, a planned event (assertion nodes only). */
        long actual;
        long planned;
        /** ISO dates ("2022-01-31"), or null. */
        String first;
        String last;
        /** The article IRI of the event on the last date (the greatest IRI if several); full keys only. */
        String lastArticle;
        /**
         * The evidence of an event on the last date in {@link #lastArticle} (the greatest string if several);
         * full keys only.
         */
        String lastEvidence;
        /** Month keys only: how many pair-month nodes of the month have a Goldstein weight (goldsteinCount > 0). */
        long scoredPairs;
        /** Dated month keys only: the scored pair-months of all later months. */
        long laterScoredPairs;
        /**
         * Mention keys only: the IRIs of the articles, in a contribution or the whole summary (not in the
         * change of a write, which keeps them apart).
         */
        java.util.SortedSet<String> links;

        void add(Value v, int sign) {
            events += sign * v.events;
            articles += sign * v.articles;
            goldsteinCount += sign * v.goldsteinCount;
            goldsteinSum = sign > 0 ? goldsteinSum.add(v.goldsteinSum) : goldsteinSum.subtract(v.goldsteinSum);
            actual += sign * v.actual;
            planned += sign * v.planned;
            scoredPairs += sign * v.scoredPairs;
            laterScoredPairs += sign * v.laterScoredPairs;
            if (sign > 0 && v.links != null) {
                if (links == null) {
                    links = new java.util.TreeSet<>();
                }
                links.addAll(v.links);
            }
            if (sign > 0) {
                first = min(first, v.first);
                // The latest (date, article, evidence): the same whatever the order of the adds.
                if (v.last != null && compareLatest(v, this) > 0) {
                    last = v.last;
                    lastArticle = v.lastArticle;
                    lastEvidence = v.lastEvidence;
                }
            }
        }

        /** Orders two values by their latest (date, article, evidence), nulls first. */
        static int compareLatest(Value a, Value b) {
            int c = compare(a.last, b.last);
            if (c == 0) {
                c = compare(a.lastArticle, b.lastArticle);
            }
            return c != 0 ? c : compare(a.lastEvidence, b.lastEvidence);
        }

        private static int compare(String a, String b) {
            return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
        }

        /** Adds another event of the same article: the article counts once. */
        void addSameArticle(Value v) {
            long a = articles;
            long act = actual;
            long pl = planned;
            add(v, 1);
            articles = a;
            actual = Math.max(act, v.actual);
            planned = Math.max(pl, v.planned);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Value v && events == v.events && articles == v.articles
                    && goldsteinCount == v.goldsteinCount && goldsteinSum.compareTo(v.goldsteinSum) == 0
                    && actual == v.actual && planned == v.planned
                    && Objects.equals(first, v.first) && Objects.equals(last, v.last)
                    && Objects.equals(lastArticle, v.lastArticle) && Objects.equals(lastEvidence, v.lastEvidence)
                    && scoredPairs == v.scoredPairs && laterScoredPairs == v.laterScoredPairs
                    && Objects.equals(links, v.links);
        }

        @Override
        public int hashCode() {
            return Objects.hash(events, articles, goldsteinCount, goldsteinSum.stripTrailingZeros(), first, last);
        }

        @Override
        public String toString() {
            return events + " events, " + articles + " articles (" + actual + " actual, " + planned + " planned), goldstein "
                    + goldsteinCount + "/" + goldsteinSum + ", " + first + ".." + last + " " + lastArticle + " '" + lastEvidence
                    + "', " + scoredPairs + " scored pairs, " + laterScoredPairs + " later" + (links == null ? "" : ", links " + links);
        }
    }

    /** Reads one value of (subject, predicate) in some graph, or null. */
    @FunctionalInterface
    interface Lookup {
        Node one(Node s, Node p);
    }

    static Lookup lookup(Graph g) {
        return (s, p) -> {
            Iterator<Triple> it = g.find(s, p, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        };
    }

    static Lookup lookup(DatasetGraph dsg, Node graph) {
        return (s, p) -> {
            Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        };
    }

    /** One event's key and figures (articles = 1), or null if it is not a complete event. */
    private static Map.Entry<Key, Value> event(Node e, Lookup in) {
        Node rel = in.one(e, RELATION);
        Node a = in.one(e, AGENT);
        Node b = in.one(e, TARGET);
        if (rel == null || a == null || b == null) {
            return null;
        }
        Node article = in.one(e, DERIVED);
        Node d = in.one(e, DATE);
        if (d == null) {
            d = article == null ? null : in.one(article, PUBLISHED);
        }
        String date = d != null && d.isLiteral() ? d.getLiteralLexicalForm() : null;
        String month = date != null && date.length() >= 7 ? date.substring(0, 7) : "";
        Value v = new Value();
        v.events = 1;
        v.articles = 1;
        v.first = date;
        v.last = date;
        v.lastArticle = date != null && article != null && article.isURI() ? article.getURI() : null;
        Node ev = date != null ? in.one(e, EVIDENCE) : null;
        v.lastEvidence = ev != null && ev.isLiteral() ? ev.getLiteralLexicalForm() : null;
        Node mod = in.one(e, MODALITY);
        v.actual = Dip.Actual.asNode().equals(mod) ? 1 : 0;
        v.planned = Dip.Planned.asNode().equals(mod) ? 1 : 0;
        Node gs = in.one(e, GOLDSTEIN);
        if (gs != null && gs.isLiteral()) {
            v.goldsteinCount = 1;
            v.goldsteinSum = new BigDecimal(gs.getLiteralLexicalForm().strip());
        }
        return Map.entry(new Key(a, rel, b, month), v);
    }

    /**
     * Adds an event to an article's contributions, under its full key, its roll-ups and its assertion keys
     * (an affiliation: only the assertion keys): an article counts once per key. Only full keys keep the
     * first and last date, only assertion keys the actual and planned article counts.
     */
    private static void merge(Map<Key, Value> into, Map.Entry<Key, Value> ev, boolean affiliation) {
        Key full = ev.getKey();
        List<Key> keys = new ArrayList<>(5);
        if (!affiliation) {
            keys.addAll(full.withRollups());
        }
        keys.addAll(full.assertions());
        for (Key k : keys) {
            Value e = new Value();
            e.add(ev.getValue(), 1);
            if (!k.full()) {
                e.first = null;
                e.last = null;
                e.lastArticle = null;
                e.lastEvidence = null;
            }
            if (!k.assertion()) {
                e.actual = 0;
                e.planned = 0;
            }
            Value v = into.get(k);
            if (v == null) {
                into.put(k, e);
            } else {
                v.addSameArticle(e);
            }
        }
    }

    private static boolean symmetric(Node relation) {
        if (!relation.isURI() || !relation.getURI().startsWith(Dip.NS)) {
            return false;
        }
        try {
            return org.entente.extract.RelationType.of(relation.getLocalName()).symmetric();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Adds the mention keys of one article graph: each (actor, publication month) once, with the article. */
    private static void mentions(java.util.Iterator<Triple> mentions, Lookup in, Map<Key, Value> out) {
        Map<Node, String> months = new HashMap<>(2); // article -> month of publication: one lookup per article
        mentions.forEachRemaining(t -> {
            Node article = t.getSubject();
            if (!article.isURI()) {
                return;
            }
            String month = months.computeIfAbsent(article, a -> {
                Node d = in.one(a, PUBLISHED);
                String date = d != null && d.isLiteral() ? d.getLiteralLexicalForm() : null;
                return date != null && date.length() >= 7 ? date.substring(0, 7) : "";
            });
            Key k = Key.mention(t.getObject(), month);
            Value v = out.get(k);
            if (v == null) {
                v = new Value();
                v.links = new java.util.TreeSet<>();
                out.put(k, v);
            }
            if (v.links.add(article.getURI())) {
                v.articles++;
            }
        });
    }

    /** The contribution of one article graph to the summary. */
    static Map<Key, Value> of(Graph g) {
        Map<Key, Value> out = new LinkedHashMap<>();
        Lookup in = lookup(g);
        mentions(g.find(Node.ANY, MENTIONS, Node.ANY), in, out);
        for (Node type : List.of(EVENT, AFFILIATION)) {
            g.find(Node.ANY, TYPE, type).forEachRemaining(t -> {
                Map.Entry<Key, Value> ev = event(t.getSubject(), in);
                if (ev != null) {
                    merge(out, ev, type == AFFILIATION);
                }
            });
        }
        return out;
    }

    /** The contribution of one stored article graph. */
    static Map<Key, Value> of(DatasetGraph dsg, Node graph) {
        Map<Key, Value> out = new LinkedHashMap<>();
        Lookup in = lookup(dsg, graph);
        Iterator<Quad> quads = dsg.find(graph, Node.ANY, MENTIONS, Node.ANY);
        mentions(new Iterator<>() {
            public boolean hasNext() {
                return quads.hasNext();
            }

            public Triple next() {
                return quads.next().asTriple();
            }
        }, in, out);
        for (Node type : List.of(EVENT, AFFILIATION)) {
            dsg.find(graph, Node.ANY, TYPE, type).forEachRemaining(q -> {
                Map.Entry<Key, Value> ev = event(q.getSubject(), in);
                if (ev != null) {
                    merge(out, ev, type == AFFILIATION);
                }
            });
        }
        return out;
    }

    /** The summary computed from every event stored (for a rebuild and for checks). */
    static Map<Key, Value> fromEvents(DatasetGraph dsg) {
        Map<Key, Value> total = new HashMap<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!g.equals(GRAPH)) {
                of(dsg, g).forEach((k, v) -> total.computeIfAbsent(k, x -> new Value()).add(v, 1));
            }
        }
        total.forEach((k, v) -> {
            if (k.pair() && v.goldsteinCount > 0) {
                total.get(new Key(null, null, null, k.month())).scoredPairs++;
            }
        });
        java.util.TreeMap<String, Long> perMonth = new java.util.TreeMap<>();
        total.forEach((k, v) -> {
            if (k.monthOnly() && !k.month().isEmpty()) {
                perMonth.put(k.month(), v.scoredPairs);
            }
        });
        laterCounts(perMonth).forEach((m, l) -> total.get(new Key(null, null, null, m)).laterScoredPairs = l);
        return total;
    }

    /** The figures of one key recomputed from the events stored (after a removal took its first or last date). */
    private static Value recompute(DatasetGraph dsg, Key key) {
        Map<Node, Value> byGraph = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, AGENT, key.agent()).forEachRemaining(q -> {
            Node g = q.getGraph();
            if (q.isDefaultGraph() || g.equals(GRAPH) || !dsg.contains(g, q.getSubject(), TYPE, EVENT)) {
                return;
            }
            Map.Entry<Key, Value> ev = event(q.getSubject(), lookup(dsg, g));
            if (ev != null && ev.getKey().equals(key)) { // key is a full key
                Value v = byGraph.get(g);
                if (v == null) {
                    byGraph.put(g, ev.getValue());
                } else {
                    v.addSameArticle(ev.getValue());
                }
            }
        });
        Value total = new Value();
        byGraph.values().forEach(v -> total.add(v, 1));
        total.actual = 0;
        total.planned = 0;
        return total;
    }

    /** The figures stored for a key (without the article links of a mention node), or null. */
    static Value stored(DatasetGraph dsg, Node node) {
        return stored(dsg, node, false);
    }

    /** The quads of a summary node: of a mention node, only its figures unless links are wanted. */
    private static Iterator<Quad> nodeQuads(DatasetGraph dsg, Node node, boolean links) {
        if (links || !dsg.contains(GRAPH, node, TYPE, MENTION_SUMMARY)) {
            return dsg.find(GRAPH, node, Node.ANY, Node.ANY);
        }
        List<Quad> out = new ArrayList<>();
        for (Node p : MENTION_FIGURES) {
            dsg.find(GRAPH, node, p, Node.ANY).forEachRemaining(out::add);
        }
        return out.iterator();
    }

    static Value stored(DatasetGraph dsg, Node node, boolean links) {
        Value v = null;
        for (Iterator<Quad> it = nodeQuads(dsg, node, links); it.hasNext(); ) {
            Quad q = it.next();
            if (v == null) {
                v = new Value();
            }
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (p.equals(Dip.eventCount.asNode())) {
                v.events = Long.parseLong(o.getLiteralLexicalForm());
            } else if (p.equals(Dip.articleCount.asNode())) {
                v.articles = Long.parseLong(o.getLiteralLexicalForm());
            } else if (p.equals(Dip.goldsteinCount.asNode())) {
                v.goldsteinCount = Long.parseLong(o.getLiteralLexicalForm());
            } else if (p.equals(Dip.goldsteinSum.asNode())) {
                v.goldsteinSum = new BigDecimal(o.getLiteralLexicalForm());
            } else if (p.equals(Dip.firstDate.asNode())) {
                v.first = o.getLiteralLexicalForm();
            } else if (p.equals(Dip.lastDate.asNode())) {
                v.last = o.getLiteralLexicalForm();
            } else if (p.equals(Dip.lastArticle.asNode())) {
                v.lastArticle = o.getURI();
            } else if (p.equals(LAST_EVIDENCE)) {
                v.lastEvidence = o.getLiteralLexicalForm();
            } else if (p.equals(SCORED_PAIRS)) {
                v.scoredPairs = Long.parseLong(o.getLiteralLexicalForm());
            } else if (p.equals(LATER_SCORED_PAIRS)) {
                v.laterScoredPairs = Long.parseLong(o.getLiteralLexicalForm());
            } else if (p.equals(MENTIONED_IN)) {
                if (v.links == null) {
                    v.links = new java.util.TreeSet<>();
                }
                v.links.add(o.getURI());
            } else if (p.equals(Dip.actualArticleCount.asNode())) {
                v.actual = Long.parseLong(o.getLiteralLexicalForm());
            } else if (p.equals(Dip.plannedArticleCount.asNode())) {
                v.planned = Long.parseLong(o.getLiteralLexicalForm());
            }
        }
        return v;
    }

    /** Every stored summary node's figures, by key (for checks). */
    static Map<Key, Value> stored(DatasetGraph dsg) {
        Map<Key, Value> out = new HashMap<>();
        Lookup in = lookup(dsg, GRAPH);
        for (Node type : List.of(Dip.RelationSummary.asNode(), Dip.RelationMonthSummary.asNode(), Dip.PairMonthSummary.asNode(),
                Dip.AssertionSummary.asNode(), MONTH_SUMMARY, MENTION_SUMMARY)) {
            dsg.find(GRAPH, Node.ANY, TYPE, type).forEachRemaining(q -> {
                Node n = q.getSubject();
                Node month = in.one(n, Dip.month.asNode());
                String m = type.equals(Dip.AssertionSummary.asNode()) ? Key.ALL : month == null ? "" : month.getLiteralLexicalForm();
                Key k = type.equals(MENTION_SUMMARY) ? Key.mention(in.one(n, MENTIONED_ACTOR), m)
                        : new Key(in.one(n, Dip.summaryAgent.asNode()), in.one(n, Dip.summaryRelation.asNode()),
                        in.one(n, Dip.summaryTarget.asNode()), m);
                out.put(k, stored(dsg, n, true));
            });
        }
        return out;
    }

    /** The quads of one summary node. */
    static List<Quad> quads(Key k, Value v) {
        Node n = k.node();
        List<Quad> q = new ArrayList<>(13);
        q.add(Quad.create(GRAPH, n, TYPE, k.type()));
        if (k.mention()) {
            q.add(Quad.create(GRAPH, n, MENTIONED_ACTOR, k.agent()));
            if (!k.month().isEmpty()) {
                q.add(Quad.create(GRAPH, n, Dip.month.asNode(), NodeFactory.createLiteralDT(k.month(), XSDDatatype.XSDgYearMonth)));
            }
            q.add(Quad.create(GRAPH, n, Dip.articleCount.asNode(), integer(v.articles)));
            if (v.links != null) {
                v.links.forEach(a -> q.add(Quad.create(GRAPH, n, MENTIONED_IN, NodeFactory.createURI(a))));
            }
            return q;
        }
        if (k.agent() != null) {
            q.add(Quad.create(GRAPH, n, Dip.summaryAgent.asNode(), k.agent()));
        }
        if (k.relation() != null) {
            q.add(Quad.create(GRAPH, n, Dip.summaryRelation.asNode(), k.relation()));
        }
        if (k.target() != null) {
            q.add(Quad.create(GRAPH, n, Dip.summaryTarget.asNode(), k.target()));
        }
        if (!k.month().isEmpty() && !k.assertion()) {
            q.add(Quad.create(GRAPH, n, Dip.month.asNode(), NodeFactory.createLiteralDT(k.month(), XSDDatatype.XSDgYearMonth)));
        }
        q.add(Quad.create(GRAPH, n, Dip.eventCount.asNode(), integer(v.events)));
        q.add(Quad.create(GRAPH, n, Dip.articleCount.asNode(), integer(v.articles)));
        q.add(Quad.create(GRAPH, n, Dip.goldsteinCount.asNode(), integer(v.goldsteinCount)));
        q.add(Quad.create(GRAPH, n, Dip.goldsteinSum.asNode(), decimal(v.goldsteinSum)));
        if (v.first != null) {
            q.add(Quad.create(GRAPH, n, Dip.firstDate.asNode(), NodeFactory.createLiteralDT(v.first, XSDDatatype.XSDdate)));
            q.add(Quad.create(GRAPH, n, Dip.lastDate.asNode(), NodeFactory.createLiteralDT(v.last, XSDDatatype.XSDdate)));
        }
        if (v.lastArticle != null) {
            q.add(Quad.create(GRAPH, n, Dip.lastArticle.asNode(), NodeFactory.createURI(v.lastArticle)));
        }
        if (v.lastEvidence != null) {
            q.add(Quad.create(GRAPH, n, LAST_EVIDENCE, NodeFactory.createLiteralString(v.lastEvidence)));
        }
        if (k.monthOnly()) {
            q.add(Quad.create(GRAPH, n, SCORED_PAIRS, integer(v.scoredPairs)));
            if (!k.month().isEmpty()) {
                q.add(Quad.create(GRAPH, n, LATER_SCORED_PAIRS, integer(v.laterScoredPairs)));
            }
        }
        if (k.assertion()) {
            q.add(Quad.create(GRAPH, n, Dip.actualArticleCount.asNode(), integer(v.actual)));
            q.add(Quad.create(GRAPH, n, Dip.plannedArticleCount.asNode(), integer(v.planned)));
        }
        return q;
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    /** xsd:decimal with a decimal point, as Jena writes decimals back ("-2.0", not "-2"). */
    private static Node decimal(BigDecimal v) {
        String s = v.stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(s.contains(".") ? s : s + ".0", XSDDatatype.XSDdecimal);
    }

    /**
     * What a write changes in the summary: contributions added (new article graphs) and removed (the
     * graphs they replace, or removed articles). Apply it after the article graphs are written.
     */
    static final class Change {
        private final Map<Key, Value> delta = new HashMap<>();
        /**
         * Per key, the first date and the latest (date, article, evidence) of the events removed: when one of them
         * was the node's, the node may need recomputing.
         */
        private final Map<Key, Value> removedExtremes = new HashMap<>();

        /** Article links of mention nodes added and removed. */
        private final Map<Key, Set<String>> linksAdded = new HashMap<>();
        private final Map<Key, Set<String>> linksRemoved = new HashMap<>();

        void add(Map<Key, Value> contribution) {
            contribution.forEach((k, v) -> {
                delta.computeIfAbsent(k, x -> new Value()).add(withoutLinks(v), 1);
                if (v.links != null) {
                    linksAdded.computeIfAbsent(k, x -> new HashSet<>()).addAll(v.links);
                }
            });
        }

        private static Value withoutLinks(Value v) {
            if (v.links == null) {
                return v;
            }
            Value c = new Value();
            c.add(v, 1);
            c.links = null;
            return c;
        }

        void remove(Map<Key, Value> contribution) {
            contribution.forEach((k, v) -> {
                if (v.links != null) {
                    linksRemoved.computeIfAbsent(k, x -> new HashSet<>()).addAll(v.links);
                }
                delta.computeIfAbsent(k, x -> new Value()).add(withoutLinks(v), -1);
                removedExtremes.computeIfAbsent(k, x -> new Value()).add(withoutLinks(v), 1);
            });
        }

        boolean isEmpty() {
            return delta.isEmpty();
        }

        /** What {@link #apply} found to change: quads to delete (stored) and to add (absent from the store). */
        record Writes(List<Quad> delete, List<Quad> add) {
        }

        /**
         * Works out the changes to the stored summary nodes, without making them: the caller deletes and then
         * adds the quads of the result, each list in one sorted pass over the indexes. The month nodes
         * last: their count of scored pair-months follows from the pair-month nodes that gained or lost their
         * first Goldstein weight, and the count of the later months from those of all month nodes.
         */
        Writes apply(DatasetGraph dsg) {
            List<Quad> add = new ArrayList<>();
            List<Quad> delete = new ArrayList<>();
            Map<String, Long> scored = new HashMap<>();
            List<Map.Entry<Key, Value>> months = new ArrayList<>();
            for (Map.Entry<Key, Value> e : delta.entrySet()) {
                Key k = e.getKey();
                if (k.monthOnly()) {
                    months.add(e);
                    continue;
                }
                Value old = stored(dsg, k.node());
                Value now = next(dsg, k, old, e.getValue());
                write(dsg, k, now, delete, add);
                if (k.mention()) {
                    Node node = k.node();
                    Set<String> gone = linksRemoved.getOrDefault(k, Set.of());
                    Set<String> come = linksAdded.getOrDefault(k, Set.of());
                    for (String a : gone) {
                        if (!come.contains(a)) {
                            delete.add(Quad.create(GRAPH, node, MENTIONED_IN, NodeFactory.createURI(a)));
                        }
                    }
                    for (String a : come) {
                        if (!gone.contains(a)) {
                            add.add(Quad.create(GRAPH, node, MENTIONED_IN, NodeFactory.createURI(a)));
                        }
                    }
                }
                if (k.pair()) {
                    int before = old != null && old.goldsteinCount > 0 ? 1 : 0;
                    int after = now.events > 0 && now.goldsteinCount > 0 ? 1 : 0;
                    if (before != after) {
                        scored.merge(k.month(), (long) (after - before), Long::sum);
                    }
                }
            }
            // The month nodes: new figures for the months of this change, then the scored pair-months of the
            // later months for every dated month node.
            Map<String, Value> nowByMonth = new HashMap<>();
            for (Map.Entry<Key, Value> e : months) {
                Key k = e.getKey();
                Value now = next(dsg, k, stored(dsg, k.node()), e.getValue());
                now.scoredPairs += scored.getOrDefault(k.month(), 0L);
                nowByMonth.put(k.month(), now);
            }
            Map<String, Value> storedByMonth = new HashMap<>();
            Lookup in = lookup(dsg, GRAPH);
            dsg.find(GRAPH, Node.ANY, TYPE, MONTH_SUMMARY).forEachRemaining(q -> {
                Node m = in.one(q.getSubject(), Dip.month.asNode());
                if (m != null) {
                    storedByMonth.put(m.getLiteralLexicalForm(), stored(dsg, q.getSubject()));
                }
            });
            java.util.TreeMap<String, Long> perMonth = new java.util.TreeMap<>();
            storedByMonth.forEach((m, v) -> perMonth.put(m, v.scoredPairs));
            nowByMonth.forEach((m, v) -> {
                if (!m.isEmpty()) {
                    perMonth.put(m, v.events > 0 ? v.scoredPairs : 0L);
                }
            });
            Map<String, Long> later = laterCounts(perMonth);
            for (Map.Entry<Key, Value> e : months) {
                Key k = e.getKey();
                Value now = nowByMonth.get(k.month());
                now.laterScoredPairs = later.getOrDefault(k.month(), 0L);
                write(dsg, k, now, delete, add);
            }
            storedByMonth.forEach((m, v) -> {
                long l = later.getOrDefault(m, 0L);
                if (!nowByMonth.containsKey(m) && v.laterScoredPairs != l) {
                    Node node = new Key(null, null, null, m).node();
                    dsg.find(GRAPH, node, LATER_SCORED_PAIRS, Node.ANY).forEachRemaining(delete::add);
                    add.add(Quad.create(GRAPH, node, LATER_SCORED_PAIRS, integer(l)));
                }
            });
            return new Writes(delete, add);
        }

        /** A node's figures after this change. */
        private Value next(DatasetGraph dsg, Key k, Value old, Value change) {
            Value now = new Value();
            if (old != null) {
                now.add(old, 1);
            }
            now.add(change, 1); // counts may be negative in a delta: add keeps their sign
            Value gone = removedExtremes.get(k);
            // A removed event may have held the node's first date or its latest (date, article, evidence):
            // recompute from the agent's events, unless the events added hold one as early (as late), which is then
            // the node's whatever was removed. Recomputing every time a removed event merely shared the last date
            // made re-ingesting 10 unchanged articles into a 100 000-article store take 41–50 s.
            if (k.full() && now.events > 0 && gone != null && old != null
                    && (Objects.equals(gone.first, old.first) && !firstKept(old, change)
                        || Value.compareLatest(gone, old) == 0 && !lastKept(old, change))) {
                now = recompute(dsg, k);
            }
            return now;
        }

        /** Whether the events added have a first date no later than the stored one (or none was stored). */
        private static boolean firstKept(Value old, Value added) {
            return old.first == null || added.first != null && added.first.compareTo(old.first) <= 0;
        }

        /**
         * Whether the events added have a latest (date, article, evidence) no smaller than the stored one (or none
         * was stored).
         */
        private static boolean lastKept(Value old, Value added) {
            return old.last == null || Value.compareLatest(added, old) >= 0;
        }

        /**
         * Notes the quads of a node that differ from its new figures, to delete and to add (all of them to
         * delete if it counts no event).
         */
        private static void write(DatasetGraph dsg, Key k, Value now, List<Quad> delete, List<Quad> add) {
            Node node = k.node();
            // A mention node is kept while an article counts in it; its article links are written apart.
            List<Quad> want = (k.mention() ? now.articles > 0 : now.events > 0) ? quads(k, now) : List.of();
            Set<Quad> keep = new HashSet<>(want);
            List<Quad> have = new ArrayList<>();
            nodeQuads(dsg, node, false).forEachRemaining(have::add);
            Set<Quad> had = new HashSet<>();
            for (Quad q : have) {
                if (keep.contains(q)) {
                    had.add(q);
                } else {
                    delete.add(q);
                }
            }
            for (Quad q : want) {
                if (!had.contains(q)) {
                    add.add(q);
                }
            }
        }
    }

    /** For each dated month, the scored pair-months of the months after it. */
    static Map<String, Long> laterCounts(java.util.NavigableMap<String, Long> perMonth) {
        Map<String, Long> later = new HashMap<>();
        long sum = 0;
        for (Map.Entry<String, Long> e : perMonth.descendingMap().entrySet()) {
            later.put(e.getKey(), sum);
            sum += e.getValue();
        }
        return later;
    }


    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }
}
