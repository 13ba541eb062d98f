package org.entente.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.entente.EntenteException;
import org.entente.rdf.Dip;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes an {@link ActorGraph} with JGraphT's exporters (GraphML, GEXF, DOT) or Jackson (Cytoscape.js JSON).
 * The graph is a directed multigraph weighted by event count; symmetric relations are marked undirected
 * edge by edge ({@code directed=false} data, plus the format's own marker where it has one).
 */
final class GraphWriters {
    private static final String CREATOR = "Entente";
    private static final Map<String, String> DOT_SHAPES = Map.of("Country", "box", "Organisation", "hexagon",
            "Format", "octagon", "Person", "ellipse", "Place", "diamond");

    private GraphWriters() {
    }

    static void write(ActorGraph graph, GraphFormat format, OutputStream out) {
        try {
            switch (format) {
                case GRAPHML -> graphml(graph, out);
                case GEXF -> gexf(graph, out);
                case DOT -> dot(graph, out);
                case CYJS -> cyjs(graph, out);
                default -> throw new IllegalArgumentException(format.toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new EntenteException("cannot write the " + format.formatName() + " export: " + e.getMessage(), e);
        }
    }

    /** The JGraphT graph: vertices are actor IRIs, edges the {@link GraphEdge}s, weight the event count. */
    static Graph<String, GraphEdge> jgrapht(ActorGraph graph) {
        Graph<String, GraphEdge> g = new DirectedWeightedPseudograph<>(null, null);
        graph.nodes().forEach(n -> g.addVertex(n.iri()));
        for (GraphEdge e : graph.edges()) {
            g.addEdge(e.source(), e.target(), e);
            g.setEdgeWeight(e, e.count());
        }
        return g;
    }

    // ---- GraphML (yEd, Cytoscape, Gephi, networkx)

    private static void graphml(ActorGraph graph, OutputStream out) throws IOException {
        Map<String, GraphNode> nodes = byIri(graph);
        GraphMLExporter<String, GraphEdge> x = new GraphMLExporter<>(GraphWriters::graphmlId);
        x.setEdgeIdProvider(GraphEdge::id);
        x.setExportEdgeWeights(true);
        x.registerAttribute("iri", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        x.registerAttribute("label", GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
        x.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        x.registerAttribute("wikidata", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        x.registerAttribute("articleCount", GraphMLExporter.AttributeCategory.ALL, AttributeType.INT);
        x.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        x.registerAttribute("directed", GraphMLExporter.AttributeCategory.EDGE, AttributeType.BOOLEAN);
        x.registerAttribute("count", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        x.registerAttribute("firstDate", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        x.registerAttribute("lastDate", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        x.registerAttribute("articles", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        x.setVertexAttributeProvider(v -> nodeAttributes(nodes.get(v), true));
        x.setEdgeAttributeProvider(GraphWriters::edgeAttributes);
        StringWriter w = new StringWriter();
        x.exportGraph(jgrapht(graph), w);
        // GraphML's own per-edge direction, which JGraphT's exporter does not write.
        markUndirected(w.toString(), graph, "directed", "false", out);
    }

    /**
     * A GraphML id for an IRI: GraphML ids are XML name tokens, which IRIs are not. Entente actors give
     * their path ({@code country:russia} for {@code …/id/country/russia}); other IRIs are escaped whole. The
     * {@code iri} attribute keeps the IRI.
     */
    static String graphmlId(String iri) {
        boolean entente = iri.startsWith(Dip.ID);
        String s = entente ? iri.substring(Dip.ID.length()) : iri;
        StringBuilder b = new StringBuilder();
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (by & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.')) {
                b.append(c);
            } else if (c == '/' && entente) {
                b.append(':');
            } else {
                b.append('_').append(String.format("%02X", by & 0xff));
            }
        }
        return b.toString();
    }

    // ---- GEXF (Gephi)

    private static void gexf(ActorGraph graph, OutputStream out) throws IOException {
        Map<String, GraphNode> nodes = byIri(graph);
        GEXFExporter<String, GraphEdge> x = new GEXFExporter<>(v -> v, GraphEdge::id);
        x.setCreator(CREATOR);
        x.setDescription("Actors and diplomatic relations" + (graph.edges().isEmpty() ? "" : ", "
                + graph.nodes().size() + " actors, " + graph.edges().size() + " edges"));
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        x.registerAttribute("iri", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.ANYURI);
        x.registerAttribute("type", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        x.registerAttribute("wikidata", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        x.registerAttribute("articleCount", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        x.registerAttribute("relation", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        x.registerAttribute("directed", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.BOOLEAN);
        x.registerAttribute("count", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
        x.registerAttribute("articleCount", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
        x.registerAttribute("firstDate", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        x.registerAttribute("lastDate", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        x.registerAttribute("articles", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        x.setVertexAttributeProvider(v -> nodeAttributes(nodes.get(v), true));
        x.setEdgeAttributeProvider(GraphWriters::edgeAttributes);
        StringWriter w = new StringWriter();
        x.exportGraph(jgrapht(graph), w);
        // GEXF 1.2 has a per-edge type; JGraphT writes the graph's only (mixed graphs unsupported there).
        markUndirected(w.toString(), graph, "type", "undirected", out);
    }

    // ---- DOT (Graphviz)

    private static void dot(ActorGraph graph, OutputStream out) throws IOException {
        Map<String, GraphNode> nodes = byIri(graph);
        DOTExporter<String, GraphEdge> x = new DOTExporter<>(v -> '"' + v.replace("\"", "\\\"") + '"');
        x.setGraphIdProvider(() -> "entente");
        x.setGraphAttributeProvider(() -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("rankdir", DefaultAttribute.createAttribute("LR"));
            m.put("overlap", DefaultAttribute.createAttribute("false"));
            return m;
        });
        x.setVertexAttributeProvider(v -> {
            GraphNode n = nodes.get(v);
            Map<String, Attribute> m = nodeAttributes(n, false);
            if (n.type() != null && DOT_SHAPES.containsKey(n.type())) {
                m.put("shape", DefaultAttribute.createAttribute(DOT_SHAPES.get(n.type())));
            }
            return dotSafe(m);
        });
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = edgeAttributes(e);
            m.put("weight", DefaultAttribute.createAttribute(e.count()));
            if (!e.directed()) {
                m.put("dir", DefaultAttribute.createAttribute("none"));
            }
            return dotSafe(m);
        });
        Writer w = writer(out);
        x.exportGraph(jgrapht(graph), w);
        w.flush();
    }

    /** DOT quoted strings: backslashes escaped (the exporter escapes quotes), one line. */
    private static Map<String, Attribute> dotSafe(Map<String, Attribute> m) {
        Map<String, Attribute> safe = new LinkedHashMap<>();
        m.forEach((k, a) -> safe.put(k, a.getType() == AttributeType.STRING
                ? DefaultAttribute.createAttribute(a.getValue().replace("\\", "\\\\").replaceAll("[\\r\\n]+", " "))
                : a));
        return safe;
    }

    // ---- Cytoscape.js JSON (Cytoscape desktop's .cyjs, cytoscape.js)

    private static void cyjs(ActorGraph graph, OutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = json.createObjectNode();
        root.put("format_version", "1.0");
        root.put("generated_by", CREATOR);
        root.put("target_cytoscapejs_version", "~3");
        root.putObject("data").put("name", "Entente actor graph");
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (GraphNode n : graph.nodes()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", n.iri());
            d.put("name", n.label());
            d.put("label", n.label());
            d.put("iri", n.iri());
            putIf(d, "type", n.type());
            putIf(d, "wikidata", n.wikidata());
            d.put("articleCount", n.articleCount());
        }
        ArrayNode edges = elements.putArray("edges");
        for (GraphEdge e : graph.edges()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("relation", e.relation());
            d.put("interaction", e.relation());
            d.put("label", e.relation());
            d.put("directed", e.directed());
            d.put("count", e.count());
            d.put("articleCount", e.articles().size());
            putIf(d, "firstDate", e.firstDate() == null ? null : e.firstDate().toString());
            putIf(d, "lastDate", e.lastDate() == null ? null : e.lastDate().toString());
            d.put("articles", e.articleIds());
        }
        json.writeValue(out, root);
    }

    private static void putIf(ObjectNode o, String k, String v) {
        if (v != null) {
            o.put(k, v);
        }
    }

    // ---- attributes

    private static Map<String, Attribute> nodeAttributes(GraphNode n, boolean withIri) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("label", DefaultAttribute.createAttribute(n.label()));
        if (withIri) {
            m.put("iri", DefaultAttribute.createAttribute(n.iri()));
        }
        if (n.type() != null) {
            m.put("type", DefaultAttribute.createAttribute(n.type()));
        }
        if (n.wikidata() != null) {
            m.put("wikidata", DefaultAttribute.createAttribute(n.wikidata()));
        }
        m.put("articleCount", DefaultAttribute.createAttribute(n.articleCount()));
        return m;
    }

    private static Map<String, Attribute> edgeAttributes(GraphEdge e) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put("label", DefaultAttribute.createAttribute(e.relation()));
        m.put("relation", DefaultAttribute.createAttribute(e.relation()));
        m.put("directed", DefaultAttribute.createAttribute(e.directed()));
        m.put("count", DefaultAttribute.createAttribute(e.count()));
        m.put("articleCount", DefaultAttribute.createAttribute(e.articles().size()));
        putDate(m, "firstDate", e.firstDate());
        putDate(m, "lastDate", e.lastDate());
        m.put("articles", DefaultAttribute.createAttribute(e.articleIds()));
        return m;
    }

    private static void putDate(Map<String, Attribute> m, String k, LocalDate d) {
        if (d != null) {
            m.put(k, DefaultAttribute.createAttribute(d.toString()));
        }
    }

    private static Map<String, GraphNode> byIri(ActorGraph graph) {
        Map<String, GraphNode> m = new HashMap<>();
        graph.nodes().forEach(n -> m.put(n.iri(), n));
        return m;
    }

    // ---- XML post-processing: per-edge direction

    /**
     * Copies the exporter's XML to {@code out} event by event, adding {@code name="value"} to the edges of
     * symmetric relations (streaming: no document tree of a large graph).
     */
    private static void markUndirected(String xml, ActorGraph graph, String name, String value, OutputStream out) {
        Set<String> undirected = graph.edges().stream().filter(e -> !e.directed()).map(GraphEdge::id)
                .collect(Collectors.toSet());
        try {
            XMLInputFactory inf = XMLInputFactory.newFactory();
            inf.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            inf.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLEventReader in = inf.createXMLEventReader(new StringReader(xml));
            XMLEventWriter w = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
            XMLEventFactory ef = XMLEventFactory.newFactory();
            QName id = new QName("id");
            while (in.hasNext()) {
                XMLEvent ev = in.nextEvent();
                if (ev.isStartDocument()) {
                    w.add(ef.createStartDocument("UTF-8", "1.0"));
                    w.add(ef.createCharacters("\n"));
                    continue;
                }
                if (ev.isStartElement() && ev.asStartElement().getName().getLocalPart().equals("edge")) {
                    StartElement se = ev.asStartElement();
                    javax.xml.stream.events.Attribute a = se.getAttributeByName(id);
                    if (a != null && undirected.contains(a.getValue())) {
                        List<javax.xml.stream.events.Attribute> attrs = new ArrayList<>();
                        se.getAttributes().forEachRemaining(attrs::add);
                        attrs.removeIf(x -> x.getName().getLocalPart().equals(name) && x.getName().getNamespaceURI().isEmpty());
                        attrs.add(ef.createAttribute(name, value));
                        ev = ef.createStartElement(se.getName(), attrs.iterator(), se.getNamespaces());
                    }
                }
                w.add(ev);
            }
            w.add(ef.createCharacters("\n"));
            w.flush(); // not close(): the caller owns the stream
        } catch (XMLStreamException e) {
            throw new EntenteException("cannot write the graph export: " + e.getMessage(), e);
        }
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
