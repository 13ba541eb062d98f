package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.entente.EntenteException;
import org.entente.Ingestor;
import org.entente.Pipeline;
import org.entente.rdf.Dip;
import org.entente.store.KnowledgeStore;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Graph exports from a real TDB2 store: a fixture of event nodes written in the mapper's shape (stable,
 * exact counts and dates), and articles run through the real pipeline and ingestor.
 */
class GraphExportTest {
    private static final String ID = Dip.ID;
    private static final String PUTIN = ID + "person/vladimir-putin";
    private static final String MACRON = ID + "person/emmanuel-macron";
    private static final String RUSSIA = ID + "country/russia";
    private static final String FRANCE = ID + "country/france";
    private static final String ROMANIA = ID + "country/romania";
    private static final String GERMANY = ID + "country/germany";
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://www.gexf.net/1.2draft";

    /**
     * Four articles: Putin and Macron talk twice (once each way round, so one undirected edge of two
     * events), Putin leads Russia (no date), France deploys to Romania, Germany sanctions Russia twice.
     */
    private static final String FIXTURE = """
            @prefix dip: <https://w3id.org/entente/diplomacy#> .
            @prefix ent: <https://w3id.org/entente/id/> .
            @prefix art: <https://w3id.org/entente/article/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix schema: <http://schema.org/> .
            @prefix wd: <http://www.wikidata.org/entity/> .

            <https://w3id.org/entente/graph/actors> {
              ent:country\\/russia a dip:Country ; rdfs:label "Russia"@en, "Russie"@fr ; owl:sameAs wd:Q159 .
              ent:country\\/france a dip:Country ; rdfs:label "France"@en, "France"@fr ; owl:sameAs wd:Q142 .
              ent:country\\/romania a dip:Country ; rdfs:label "Romania"@en, "Roumanie"@fr ; owl:sameAs wd:Q218 .
              ent:country\\/germany a dip:Country ; rdfs:label "Germany"@en, "Allemagne"@fr ; owl:sameAs wd:Q183 .
              ent:person\\/vladimir-putin a dip:Person ; rdfs:label "Vladimir Putin"@en, "Vladimir Poutine"@fr ;
                  owl:sameAs wd:Q7747 .
              ent:person\\/emmanuel-macron a dip:Person ; rdfs:label "Emmanuel Macron"@en, "Emmanuel Macron"@fr ;
                  owl:sameAs wd:Q3052772 .
              ent:country\\/italy a dip:Country ; rdfs:label "Italy"@en, "Italie"@fr ; owl:sameAs wd:Q38 .
            }
            art:a1 {
              art:a1 a schema:NewsArticle ; dcterms:identifier "a1" ; schema:datePublished "2022-02-14"^^xsd:date ;
                  dip:mentions ent:person\\/vladimir-putin, ent:person\\/emmanuel-macron, ent:country\\/russia .
              <https://w3id.org/entente/article/a1#e1> a dip:Talks, dip:Event ; dip:relation dip:talkedWith ;
                  dip:agent ent:person\\/vladimir-putin ; dip:target ent:person\\/emmanuel-macron ;
                  dip:date "2022-02-14"^^xsd:date ; prov:wasDerivedFrom art:a1 .
              <https://w3id.org/entente/article/a1#e2> a dip:Leadership, dip:Affiliation ; dip:relation dip:leaderOf ;
                  dip:agent ent:person\\/vladimir-putin ; dip:target ent:country\\/russia ; prov:wasDerivedFrom art:a1 .
              ent:person\\/vladimir-putin dip:talkedWith ent:person\\/emmanuel-macron ; dip:leaderOf ent:country\\/russia .
              ent:person\\/emmanuel-macron dip:talkedWith ent:person\\/vladimir-putin .
            }
            art:a2 {
              art:a2 a schema:NewsArticle ; dcterms:identifier "a2" ;
                  dip:mentions ent:person\\/vladimir-putin, ent:person\\/emmanuel-macron .
              <https://w3id.org/entente/article/a2#e1> a dip:Talks, dip:Event ; dip:relation dip:talkedWith ;
                  dip:agent ent:person\\/emmanuel-macron ; dip:target ent:person\\/vladimir-putin ;
                  dip:date "2022-02-20"^^xsd:date ; prov:wasDerivedFrom art:a2 .
              ent:person\\/vladimir-putin dip:talkedWith ent:person\\/emmanuel-macron .
              ent:person\\/emmanuel-macron dip:talkedWith ent:person\\/vladimir-putin .
            }
            art:a3 {
              art:a3 a schema:NewsArticle ; dcterms:identifier "a3" ;
                  dip:mentions ent:country\\/france, ent:country\\/romania, ent:country\\/germany, ent:country\\/russia .
              <https://w3id.org/entente/article/a3#e1> a dip:Deployment, dip:Event ; dip:relation dip:deploys ;
                  dip:agent ent:country\\/france ; dip:target ent:country\\/romania ;
                  dip:date "2022-03-01"^^xsd:date ; prov:wasDerivedFrom art:a3 .
              <https://w3id.org/entente/article/a3#e2> a dip:Sanction, dip:Event ; dip:relation dip:sanctioned ;
                  dip:agent ent:country\\/germany ; dip:target ent:country\\/russia ;
                  dip:date "2022-03-02"^^xsd:date ; prov:wasDerivedFrom art:a3 .
              ent:country\\/france dip:deploys ent:country\\/romania .
              ent:country\\/germany dip:sanctioned ent:country\\/russia .
            }
            art:a4 {
              art:a4 a schema:NewsArticle ; dcterms:identifier "a4" ; dip:mentions ent:country\\/germany .
              <https://w3id.org/entente/article/a4#e1> a dip:Sanction, dip:Event ; dip:relation dip:sanctioned ;
                  dip:agent ent:country\\/germany ; dip:target ent:country\\/russia ;
                  dip:date "2022-05-10"^^xsd:date ; prov:wasDerivedFrom art:a4 .
              ent:country\\/germany dip:sanctioned ent:country\\/russia .
            }
            """;

    @TempDir
    static Path tmp;
    private static KnowledgeStore store;
    private static Dataset ds;

    @BeforeAll
    static void load() {
        store = KnowledgeStore.open(tmp.resolve("store"));
        ds = store.dataset();
        Txn.executeWrite(ds, () -> RDFParser.fromString(FIXTURE, Lang.TRIG).parse(ds.asDatasetGraph()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static GraphExport.Builder export() {
        return GraphExport.create().dataset(ds);
    }

    private static byte[] bytes(GraphExport e, GraphFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.write(f, out);
        return out.toByteArray();
    }

    private static Map<String, GraphEdge> byRelation(ActorGraph g) {
        return g.edges().stream().collect(Collectors.toMap(GraphEdge::relation, e -> e));
    }

    // ---- the graph read from the store

    @Test
    void readsOneEdgePerActorPairAndRelationWithEventCountsAndDates() {
        ActorGraph g = export().build().graph();
        assertEquals(List.of(FRANCE, GERMANY, ROMANIA, RUSSIA, MACRON, PUTIN),
                g.nodes().stream().map(GraphNode::iri).toList(), "only actors on edges, sorted by IRI");
        assertEquals(4, g.edges().size());
        Map<String, GraphEdge> e = byRelation(g);

        GraphEdge talk = e.get("talkedWith");
        assertFalse(talk.directed(), "symmetric: one undirected edge for both directions");
        assertEquals(MACRON, talk.source());
        assertEquals(PUTIN, talk.target());
        assertEquals(2, talk.count());
        assertEquals(LocalDate.of(2022, 2, 14), talk.firstDate());
        assertEquals(LocalDate.of(2022, 2, 20), talk.lastDate());
        assertEquals("a1;a2", talk.articleIds());

        GraphEdge lead = e.get("leaderOf");
        assertTrue(lead.directed());
        assertEquals(PUTIN, lead.source());
        assertEquals(RUSSIA, lead.target());
        assertEquals(1, lead.count());
        assertNull(lead.firstDate());

        GraphEdge sanction = e.get("sanctioned");
        assertEquals(2, sanction.count());
        assertEquals(List.of("a3", "a4"), sanction.articles());
        assertEquals(LocalDate.of(2022, 3, 2), sanction.firstDate());
        assertEquals(LocalDate.of(2022, 5, 10), sanction.lastDate());

        GraphNode russia = g.nodes().stream().filter(n -> n.iri().equals(RUSSIA)).findFirst().orElseThrow();
        assertEquals(new GraphNode(RUSSIA, "Russia", "Country", "Q159", 3), russia,
                "mentioned in a1 and a3, target of an event in a4");
        GraphNode putin = g.nodes().stream().filter(n -> n.iri().equals(PUTIN)).findFirst().orElseThrow();
        assertEquals(new GraphNode(PUTIN, "Vladimir Putin", "Person", "Q7747", 2), putin);
    }

    @Test
    void labelsInFrench() {
        ActorGraph g = export().lang("FR").build().graph();
        Map<String, String> labels = g.nodes().stream().collect(Collectors.toMap(GraphNode::iri, GraphNode::label));
        assertEquals("Russie", labels.get(RUSSIA));
        assertEquals("Roumanie", labels.get(ROMANIA));
        assertEquals("Vladimir Poutine", labels.get(PUTIN));
        assertThrows(EntenteException.class, () -> export().lang("de"));
    }

    @Test
    void sameGraphFromAPlainInMemoryDatasetWithoutUnionDefaultGraph() {
        Dataset mem = DatasetFactory.createTxnMem();
        Txn.executeWrite(mem, () -> RDFParser.fromString(FIXTURE, Lang.TRIG).parse(mem.asDatasetGraph()));
        assertEquals(export().build().graph(), GraphExport.create().dataset(mem).build().graph());
    }

    @Test
    void anEventReadTwiceCountsOnceAtItsEarliestDate() {
        // The same event node in the default graph and in a named graph, with two dates: one event, not two.
        String event = """
                <https://w3id.org/entente/article/x#e1> <https://w3id.org/entente/diplomacy#relation>
                    <https://w3id.org/entente/diplomacy#sanctioned> ;
                  <https://w3id.org/entente/diplomacy#agent> <https://w3id.org/entente/id/country/germany> ;
                  <https://w3id.org/entente/diplomacy#target> <https://w3id.org/entente/id/country/russia> ;
                  <https://w3id.org/entente/diplomacy#date> "%s"^^<http://www.w3.org/2001/XMLSchema#date> .
                """;
        Dataset mem = DatasetFactory.createTxnMem();
        Txn.executeWrite(mem, () -> RDFParser.fromString(event.formatted("2022-05-10")
                + "<https://w3id.org/entente/article/x> { " + event.formatted("2022-03-02") + " }", Lang.TRIG)
                .parse(mem.asDatasetGraph()));
        List<GraphEdge> edges = GraphExport.create().dataset(mem).build().graph().edges();
        assertEquals(1, edges.size(), edges::toString);
        assertEquals(1, edges.get(0).count());
        assertEquals(LocalDate.of(2022, 3, 2), edges.get(0).firstDate());
        assertEquals(LocalDate.of(2022, 3, 2), edges.get(0).lastDate());
    }

    // ---- filters

    @Test
    void relationFilterKeepsOnlyThoseRelations() {
        ActorGraph g = export().relations(Set.of("talkedWith", "dip:DEPLOYS")).build().graph();
        assertEquals(Set.of("talkedWith", "deploys"), byRelation(g).keySet());
        assertEquals(4, g.nodes().size());
        EntenteException x = assertThrows(EntenteException.class, () -> export().relations(Set.of("hugged")));
        assertTrue(x.getMessage().contains("talkedWith"), x.getMessage());
    }

    @Test
    void dateRangeKeepsDatedEventsInsideItOnly() {
        ActorGraph g = export().from(LocalDate.of(2022, 2, 15)).to(LocalDate.of(2022, 3, 31)).build().graph();
        Map<String, GraphEdge> e = byRelation(g);
        assertEquals(Set.of("talkedWith", "deploys", "sanctioned"), e.keySet(), "leaderOf has no date: dropped");
        assertEquals(1, e.get("talkedWith").count());
        assertEquals("a2", e.get("talkedWith").articleIds());
        assertEquals(LocalDate.of(2022, 2, 20), e.get("talkedWith").firstDate());
        assertEquals(1, e.get("sanctioned").count());

        assertEquals(Set.of("sanctioned"), byRelation(export().from(LocalDate.of(2022, 4, 1)).build().graph()).keySet());
        assertEquals(Set.of("talkedWith"), byRelation(export().to(LocalDate.of(2022, 2, 28)).build().graph()).keySet());
        assertThrows(EntenteException.class,
                () -> export().from(LocalDate.of(2022, 5, 1)).to(LocalDate.of(2022, 4, 1)).build());
    }

    @Test
    void actorFilterByWikidataIdLabelOrIri() {
        assertEquals(Set.of("leaderOf", "sanctioned"), byRelation(export().actors(Set.of("Q159")).build().graph()).keySet());
        assertEquals(Set.of("leaderOf", "sanctioned"), byRelation(export().actors(Set.of("russie")).build().graph()).keySet());
        assertEquals(Set.of("deploys"), byRelation(export().actors(Set.of("ROMANIA")).build().graph()).keySet());
        assertEquals(Set.of("talkedWith", "leaderOf"), byRelation(export().actors(Set.of(PUTIN)).build().graph()).keySet());
        assertEquals(Set.of("talkedWith", "deploys"),
                byRelation(export().actors(Set.of("emmanuel macron", "ent:country/france")).build().graph()).keySet());
        assertEquals(0, export().actors(Set.of("Italy")).build().graph().edges().size(), "known, but on no edge");
        EntenteException x = assertThrows(EntenteException.class,
                () -> export().actors(Set.of("Atlantis")).build().graph());
        assertTrue(x.getMessage().contains("Atlantis"), x.getMessage());
    }

    @Test
    void filtersCombine() {
        ActorGraph g = export().relations(Set.of("sanctioned", "leaderOf")).actors(Set.of("Q159"))
                .from(LocalDate.of(2022, 5, 1)).build().graph();
        assertEquals(1, g.edges().size());
        assertEquals("a4", g.edges().get(0).articleIds());
        assertEquals(2, g.nodes().size());
    }

    // ---- custom query

    @Test
    void selectQueryChoosesEdgesAndEventsGiveTheirCounts() {
        ActorGraph g = export().query("SELECT ?source ?relation ?target WHERE { ?source ?relation ?target "
                + "FILTER(?relation IN (dip:sanctioned, dip:talkedWith)) }").build().graph();
        Map<String, GraphEdge> e = byRelation(g);
        assertEquals(Set.of("sanctioned", "talkedWith"), e.keySet());
        assertEquals(2, e.get("sanctioned").count());
        assertEquals(2, e.get("talkedWith").count(), "both directions of the direct triple, one undirected edge");
        assertEquals("a1;a2", e.get("talkedWith").articleIds());
    }

    @Test
    void queryAndFiltersCombine() {
        ActorGraph g = export().relations(Set.of("sanctioned"))
                .query("SELECT * WHERE { ?source ?relation ?target FILTER(?relation IN (dip:sanctioned, dip:talkedWith)) }")
                .build().graph();
        assertEquals(1, g.edges().size());
        assertEquals(2, g.edges().get(0).count());
    }

    @Test
    void dotEscapesQuotesAndBackslashesInLabels() {
        Dataset mem = DatasetFactory.createTxnMem();
        Txn.executeWrite(mem, () -> RDFParser.fromString("""
                @prefix dip: <https://w3id.org/entente/diplomacy#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <urn:x:a> a dip:Format ; rdfs:label "The \\"Quartet\\" \\\\ co"@en .
                <urn:x:b> a dip:Country ; rdfs:label "B"@en .
                <urn:x:e> dip:relation dip:praised ; dip:agent <urn:x:a> ; dip:target <urn:x:b> .
                """, Lang.TRIG).parse(mem.asDatasetGraph()));
        GraphExport e = GraphExport.create().dataset(mem).build();
        assertEquals("The \"Quartet\" \\ co", e.graph().nodes().get(0).label());
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        DOTImporter<String, DefaultEdge> in = new DOTImporter<>();
        in.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        in.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                labels.put(p.getFirst(), a.getValue());
            }
        });
        in.importGraph(g, new StringReader(new String(bytes(e, GraphFormat.DOT), StandardCharsets.UTF_8)));
        assertEquals(Set.of("urn:x:a", "urn:x:b"), g.vertexSet());
        assertTrue(labels.get("urn:x:a").contains("\"Quartet\""), labels.toString());
        assertEquals(1, g.edgeSet().size());
    }

    @Test
    void selectQueryWithRelationNamesAndEdgesWithoutEvents() {
        ActorGraph g = export().query("""
                SELECT ?source ?relation ?target WHERE {
                  VALUES (?source ?relation ?target) {
                    (ent:country/france "supports" ent:country/romania)
                    (ent:country/france "deploys" ent:country/romania)
                    (ent:country/france rdfs:label ent:country/romania)
                  }
                }""".replace("ent:country/france", "<" + FRANCE + ">").replace("ent:country/romania", "<" + ROMANIA + ">"))
                .build().graph();
        Map<String, GraphEdge> e = byRelation(g);
        assertEquals(Set.of("supports", "deploys"), e.keySet(), "rdfs:label is no relation: ignored");
        assertEquals(1, e.get("supports").count(), "no event: counted by result rows");
        assertTrue(e.get("supports").articles().isEmpty());
        assertEquals("a3", e.get("deploys").articleIds());
    }

    @Test
    void constructQueryTriplesWithRelationPredicatesBecomeEdges() {
        ActorGraph g = export().query("CONSTRUCT { ?a dip:talkedWith ?b . ?a rdfs:seeAlso ?b } "
                + "WHERE { ?a dip:talkedWith ?b }").build().graph();
        assertEquals(1, g.edges().size());
        GraphEdge talk = g.edges().get(0);
        assertEquals("talkedWith", talk.relation());
        assertFalse(talk.directed());
        assertEquals(2, talk.count());
    }

    @Test
    void badQueriesAreClearErrors() {
        assertThrows(EntenteException.class, () -> export().query("SELECT WHERE {").build());
        assertThrows(EntenteException.class, () -> export().query("ASK { ?s ?p ?o }").build());
        EntenteException x = assertThrows(EntenteException.class,
                () -> export().query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").build());
        assertTrue(x.getMessage().contains("?source ?relation ?target"), x.getMessage());
    }

    // ---- formats

    @Test
    void formatNames() {
        assertEquals(GraphFormat.GRAPHML, GraphFormat.of("graphml"));
        assertEquals(GraphFormat.GEXF, GraphFormat.of(" GEXF "));
        assertEquals(GraphFormat.DOT, GraphFormat.of("dot"));
        assertEquals(GraphFormat.CYJS, GraphFormat.of("cyjs"));
        EntenteException x = assertThrows(EntenteException.class, () -> GraphFormat.of("svg"));
        assertTrue(x.getMessage().contains("svg") && x.getMessage().contains("graphml, gexf, dot, cyjs"), x.getMessage());
    }

    @Test
    void graphmlReadsBackWithJGraphTWithTypedAttributes() {
        byte[] xml = bytes(export().build(), GraphFormat.GRAPHML);
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> in = new GraphMLImporter<>();
        in.setSchemaValidation(true);
        in.setVertexFactory(id -> id);
        Map<String, Map<String, Attribute>> nodeAttrs = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edgeAttrs = new HashMap<>();
        in.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        in.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        in.importGraph(g, new StringReader(new String(xml, StandardCharsets.UTF_8)));

        assertEquals(6, g.vertexSet().size());
        assertEquals(4, g.edgeSet().size());
        assertTrue(g.containsVertex("country:russia"), g.vertexSet().toString());
        Map<String, Attribute> russia = nodeAttrs.get("country:russia");
        assertEquals(RUSSIA, russia.get("iri").getValue());
        assertEquals("Russia", russia.get("label").getValue());
        assertEquals("Country", russia.get("type").getValue());
        assertEquals("Q159", russia.get("wikidata").getValue());
        assertEquals("3", russia.get("articleCount").getValue());
        assertEquals("int", russia.get("articleCount").getType().toString());

        DefaultEdge talk = g.getAllEdges("person:emmanuel-macron", "person:vladimir-putin").iterator().next();
        Map<String, Attribute> t = edgeAttrs.get(talk);
        assertEquals("talkedWith", t.get("relation").getValue());
        assertEquals("false", t.get("directed").getValue());
        assertEquals("boolean", t.get("directed").getType().toString());
        assertEquals("2", t.get("count").getValue());
        assertEquals("2022-02-14", t.get("firstDate").getValue());
        assertEquals("2022-02-20", t.get("lastDate").getValue());
        assertEquals("a1;a2", t.get("articles").getValue());
    }

    @Test
    void graphmlIsSchemaValidWithKeysAndPerEdgeDirection() throws Exception {
        Document doc = parseAndValidate(bytes(export().build(), GraphFormat.GRAPHML), "/graphml.xsd");
        Element root = doc.getDocumentElement();
        assertEquals(GRAPHML_NS, root.getNamespaceURI());
        assertEquals("graphml", root.getLocalName());
        assertEquals(6, doc.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());
        NodeList edges = doc.getElementsByTagNameNS(GRAPHML_NS, "edge");
        assertEquals(4, edges.getLength());
        assertEquals(1, count(edges, e -> "false".equals(e.getAttribute("directed"))));
        assertEquals("directed", ((Element) doc.getElementsByTagNameNS(GRAPHML_NS, "graph").item(0)).getAttribute("edgedefault"));

        Map<String, String> keys = new HashMap<>();
        NodeList ks = doc.getElementsByTagNameNS(GRAPHML_NS, "key");
        for (int i = 0; i < ks.getLength(); i++) {
            Element k = (Element) ks.item(i);
            keys.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
        }
        assertEquals("string", keys.get("node:iri"));
        assertEquals("string", keys.get("all:label"));
        assertEquals("string", keys.get("node:type"));
        assertEquals("string", keys.get("node:wikidata"));
        assertEquals("int", keys.get("all:articleCount"));
        assertEquals("string", keys.get("edge:relation"));
        assertEquals("boolean", keys.get("edge:directed"));
        assertEquals("int", keys.get("edge:count"));
        assertEquals("double", keys.get("edge:weight"));
        // 6 nodes x (iri, label, type, wikidata, articleCount) + 4 edges x (label, relation, directed, count,
        // articleCount, articles) + 3 dated edges x (firstDate, lastDate) + 2 edges of weight 2.
        assertEquals(6 * 5 + 4 * 6 + 3 * 2 + 2, doc.getElementsByTagNameNS(GRAPHML_NS, "data").getLength());
    }

    @Test
    void gexfIsSchemaValidWithMixedEdgeTypes() throws Exception {
        Document doc = parseAndValidate(bytes(export().lang("fr").build(), GraphFormat.GEXF), "/gexf.xsd");
        assertEquals(GEXF_NS, doc.getDocumentElement().getNamespaceURI());
        assertEquals("1.2", doc.getDocumentElement().getAttribute("version"));
        NodeList nodes = doc.getElementsByTagNameNS(GEXF_NS, "node");
        assertEquals(6, nodes.getLength());
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            labels.put(n.getAttribute("id"), n.getAttribute("label"));
        }
        assertEquals("Russie", labels.get(RUSSIA), "GEXF ids are the IRIs");
        NodeList edges = doc.getElementsByTagNameNS(GEXF_NS, "edge");
        assertEquals(4, edges.getLength());
        assertEquals(1, count(edges, e -> "undirected".equals(e.getAttribute("type"))));
        assertEquals(1, count(edges, e -> "undirected".equals(e.getAttribute("type"))
                && "talkedWith".equals(e.getAttribute("label")) && "2.0".equals(e.getAttribute("weight"))));
        assertEquals("directed", ((Element) doc.getElementsByTagNameNS(GEXF_NS, "graph").item(0)).getAttribute("defaultedgetype"));
        NodeList declared = doc.getElementsByTagNameNS(GEXF_NS, "attribute");
        assertEquals(4 + 7, declared.getLength(), "node: iri type wikidata articleCount; edge: 7");
        // Node values: 6 x 4; edge values: 4 x (relation, directed, count, articleCount, articles) + 3 x 2 dates.
        assertEquals(6 * 4 + 4 * 5 + 3 * 2, doc.getElementsByTagNameNS(GEXF_NS, "attvalue").getLength());
    }

    @Test
    void dotReadsBackWithJGraphTAndSymmetricEdgesHaveNoArrow() {
        String dot = new String(bytes(export().build(), GraphFormat.DOT), StandardCharsets.UTF_8);
        assertTrue(dot.startsWith("digraph entente {"), dot);
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        DOTImporter<String, DefaultEdge> in = new DOTImporter<>();
        in.setVertexFactory(id -> id);
        Map<String, Map<String, Attribute>> nodeAttrs = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edgeAttrs = new HashMap<>();
        in.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        in.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        in.importGraph(g, new StringReader(dot));

        assertEquals(6, g.vertexSet().size());
        assertEquals(4, g.edgeSet().size());
        assertTrue(g.containsVertex(RUSSIA), g.vertexSet().toString());
        assertEquals("Russia", nodeAttrs.get(RUSSIA).get("label").getValue());
        assertEquals("box", nodeAttrs.get(RUSSIA).get("shape").getValue());
        List<Map<String, Attribute>> undirected = new ArrayList<>();
        for (DefaultEdge e : g.edgeSet()) {
            if (edgeAttrs.get(e).containsKey("dir")) {
                undirected.add(edgeAttrs.get(e));
                assertEquals("none", edgeAttrs.get(e).get("dir").getValue());
            }
        }
        assertEquals(1, undirected.size());
        assertEquals("talkedWith", undirected.get(0).get("label").getValue());
        assertEquals("2", undirected.get(0).get("count").getValue());
        DefaultEdge lead = g.getEdge(PUTIN, RUSSIA);
        assertNotNull(lead);
        assertEquals("leaderOf", edgeAttrs.get(lead).get("relation").getValue());
    }

    @Test
    void cytoscapeJsonHasElementsWithNodeAndEdgeData() throws Exception {
        JsonNode root = new ObjectMapper().readTree(bytes(export().build(), GraphFormat.CYJS));
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertEquals(6, nodes.size());
        assertEquals(4, edges.size());
        JsonNode russia = null;
        for (JsonNode n : nodes) {
            if (n.path("data").path("id").asText().equals(RUSSIA)) {
                russia = n.path("data");
            }
        }
        assertNotNull(russia);
        assertEquals("Russia", russia.path("label").asText());
        assertEquals("Country", russia.path("type").asText());
        assertEquals("Q159", russia.path("wikidata").asText());
        assertEquals(3, russia.path("articleCount").asInt());
        int undirected = 0;
        for (JsonNode e : edges) {
            JsonNode d = e.path("data");
            assertTrue(d.hasNonNull("id") && d.hasNonNull("source") && d.hasNonNull("target"), d.toString());
            if (!d.path("directed").asBoolean()) {
                undirected++;
                assertEquals("talkedWith", d.path("relation").asText());
                assertEquals(2, d.path("count").asInt());
                assertEquals("a1;a2", d.path("articles").asText());
                assertEquals("2022-02-14", d.path("firstDate").asText());
            }
        }
        assertEquals(1, undirected);
    }

    @Test
    void emptyGraphsAreValidInEveryFormat() throws Exception {
        GraphExport e = export().relations(Set.of("attacked")).build();
        assertTrue(e.graph().edges().isEmpty());
        parseAndValidate(bytes(e, GraphFormat.GRAPHML), "/graphml.xsd");
        parseAndValidate(bytes(e, GraphFormat.GEXF), "/gexf.xsd");
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        DOTImporter<String, DefaultEdge> in = new DOTImporter<>();
        in.setVertexFactory(id -> id);
        in.importGraph(g, new StringReader(new String(bytes(e, GraphFormat.DOT), StandardCharsets.UTF_8)));
        assertEquals(0, g.vertexSet().size());
        assertEquals(0, new ObjectMapper().readTree(bytes(e, GraphFormat.CYJS)).path("elements").path("edges").size());
    }

    @Test
    void graphmlIdsAreNameTokens() {
        assertEquals("country:russia", GraphWriters.graphmlId(RUSSIA));
        assertEquals("http_3A_2F_2Fwww.wikidata.org_2Fentity_2FQ159", GraphWriters.graphmlId(Dip.WIKIDATA + "Q159"));
        assertEquals("person:jos_C3_A9", GraphWriters.graphmlId(ID + "person/josé"));
    }

    @Test
    void writeLeavesTheStreamOpenAndReadsOnce() {
        GraphExport e = export().build();
        ActorGraph g = e.graph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.write(GraphFormat.CYJS, out);
        e.write(GraphFormat.DOT, out);
        assertTrue(out.size() > 0);
        assertTrue(g == e.graph());
        assertEquals(4, e.toJGraphT().edgeSet().size());
    }

    // ---- end to end: articles through the pipeline and the ingestor into TDB2

    @Test
    void articlesIngestedByThePipelineExport(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("news.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        lines.add(json.writeValueAsString(Map.of("id", "en-1", "lang", "en", "date", "2022-02-14", "text",
                "Russian President Vladimir Putin spoke by phone with French President Emmanuel Macron on Monday.")));
        lines.add(json.writeValueAsString(Map.of("id", "fr-1", "lang", "fr", "date", "2022-02-15", "text",
                "La France veut déployer des soldats en Roumanie.")));
        lines.add(json.writeValueAsString(Map.of("id", "fr-2", "lang", "fr", "date", "2022-02-16", "text",
                "Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine mardi.")));
        Files.write(jsonl, lines);
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"))) {
            Ingestor.Report r = Ingestor.builder().pipeline(Pipeline.builder().build()).threads(1)
                    .sink(ks::write).build().run(List.of(jsonl));
            assertEquals(3, r.stored(), r.rejected().toString());

            ActorGraph g = GraphExport.create().dataset(ks.dataset()).build().graph();
            Map<String, GraphEdge> edges = new HashMap<>();
            g.edges().forEach(e -> edges.put(e.source() + " " + e.relation() + " " + e.target(), e));
            GraphEdge talk = edges.get(MACRON + " talkedWith " + PUTIN);
            assertNotNull(talk, edges.keySet().toString());
            assertFalse(talk.directed());
            assertTrue(talk.articles().contains("fr-2"), talk.toString());
            assertNotNull(talk.firstDate());
            assertTrue(edges.containsKey(FRANCE + " deploys " + ROMANIA), edges.keySet().toString());
            assertTrue(edges.containsKey(PUTIN + " leaderOf " + RUSSIA), edges.keySet().toString());
            assertEquals(1, g.edges().stream().filter(e -> e.relation().equals("talkedWith")).count(),
                    "one undirected talkedWith edge, however many articles report it");

            GraphExport fr = GraphExport.create().dataset(ks.dataset()).lang("fr").actors(Set.of("Roumanie")).build();
            assertEquals(List.of("deploys"), fr.graph().edges().stream().map(GraphEdge::relation).toList());
            assertEquals(Set.of("France", "Roumanie"), fr.graph().nodes().stream().map(GraphNode::label).collect(Collectors.toSet()));
            parseAndValidate(bytes(fr, GraphFormat.GRAPHML), "/graphml.xsd");
            parseAndValidate(bytes(GraphExport.create().dataset(ks.dataset()).build(), GraphFormat.GEXF), "/gexf.xsd");
        }
    }

    // ---- helpers

    private static int count(NodeList list, java.util.function.Predicate<Element> p) {
        int n = 0;
        for (int i = 0; i < list.getLength(); i++) {
            if (p.test((Element) list.item(i))) {
                n++;
            }
        }
        return n;
    }

    /** Parses namespace-aware and validates against the XSD JGraphT bundles (no network). */
    private static Document parseAndValidate(byte[] xml, String xsd) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        URL schema = GraphMLImporter.class.getResource(xsd);
        assertNotNull(schema, xsd + " on the class path");
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.newSchema(schema).newValidator().validate(new DOMSource(doc));
        return doc;
    }
}
