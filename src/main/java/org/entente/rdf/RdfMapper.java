package org.entente.rdf;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.actors.Actor;
import org.entente.actors.Mention;
import org.entente.article.Article;
import org.entente.extract.Cameo;
import org.entente.extract.Event;
import org.entente.extract.Extraction;
import org.entente.extract.Modality;

/**
 * Maps an extraction to RDF under the diplomacy ontology: the article node (schema:NewsArticle with
 * its metadata), one event node per event (class, relation, agent, target, date, modality, evidence
 * with offsets, confidence, CAMEO/PLOVER/Goldstein, prov:wasDerivedFrom), the direct binary relations
 * (both directions for symmetric ones, so a plain triple pattern finds them), and one node per actor
 * mention. Deterministic: the same extraction gives the same triples. Thread-safe.
 */
public final class RdfMapper {
    public static final String SCHEMA = "http://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private final Cameo cameo;

    public RdfMapper(Cameo cameo) {
        this.cameo = cameo;
    }

    /** The IRI of an article: its id, percent-encoded. */
    public static String articleIri(String id) {
        return Dip.ARTICLE + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String actorIri(Actor a) {
        return Dip.ID + a.slug();
    }

    public ArticleGraph map(Extraction x) {
        Article art = x.recognised().analysed().article();
        String iri = articleIri(art.id());
        Node doc = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        Map<String, Actor> used = new LinkedHashMap<>();

        add(g, doc, RDF.type.asNode(), uri(SCHEMA + "NewsArticle"));
        add(g, doc, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(art.id()));
        add(g, doc, uri(SCHEMA + "inLanguage"), NodeFactory.createLiteralString(x.recognised().analysed().lang()));
        if (art.date() != null) {
            add(g, doc, uri(SCHEMA + "datePublished"), NodeFactory.createLiteralDT(art.date().toString(), XSDDatatype.XSDdate));
        }
        if (art.title() != null) {
            add(g, doc, uri(SCHEMA + "headline"), NodeFactory.createLiteralString(art.title()));
        }
        if (art.url() != null) {
            add(g, doc, uri(SCHEMA + "url"), NodeFactory.createLiteralDT(art.url(), XSDDatatype.XSDanyURI));
        }
        if (art.source() != null) {
            add(g, doc, Dip.source.asNode(), NodeFactory.createLiteralString(art.source()));
        }

        int n = 0;
        for (Mention m : x.recognised().mentions()) {
            Node mention = NodeFactory.createURI(iri + "#m" + (++n));
            add(g, doc, Dip.mention.asNode(), mention);
            add(g, mention, RDF.type.asNode(), Dip.Mention.asNode());
            add(g, mention, Dip.surface.asNode(), NodeFactory.createLiteralString(art.text().substring(m.start(), m.end())));
            add(g, mention, Dip.start.asNode(), integer(m.start()));
            add(g, mention, Dip.end.asNode(), integer(m.end()));
            for (Actor a : m.actors()) {
                add(g, mention, Dip.actor.asNode(), actor(a, used));
                add(g, doc, Dip.mentions.asNode(), actor(a, used));
            }
        }

        int e = 0;
        for (Event ev : x.events()) {
            Node event = NodeFactory.createURI(iri + "#e" + (++e));
            Node a = actor(ev.agent(), used);
            Node b = actor(ev.target(), used);
            Node rel = Dip.property(ev.relation().localName()).asNode();
            boolean affiliation = ev.relation().isAffiliation();
            add(g, event, RDF.type.asNode(), Dip.resource(ev.eventClass()).asNode());
            add(g, event, RDF.type.asNode(), (affiliation ? Dip.Affiliation : Dip.Event).asNode());
            add(g, event, Dip.relation.asNode(), rel);
            add(g, event, Dip.agent.asNode(), a);
            add(g, event, Dip.target.asNode(), b);
            add(g, event, Dip.participant.asNode(), a);
            add(g, event, Dip.participant.asNode(), b);
            if (ev.date() != null) {
                add(g, event, Dip.date.asNode(), NodeFactory.createLiteralDT(ev.date().toString(), XSDDatatype.XSDdate));
            }
            if (!affiliation) {
                add(g, event, Dip.modality.asNode(), (ev.modality() == Modality.PLANNED ? Dip.Planned : Dip.Actual).asNode());
            }
            add(g, event, Dip.evidence.asNode(), NodeFactory.createLiteralString(ev.evidence()));
            add(g, event, Dip.evidenceStart.asNode(), integer(ev.evidenceStart()));
            add(g, event, Dip.evidenceEnd.asNode(), integer(ev.evidenceEnd()));
            add(g, event, Dip.trigger.asNode(), NodeFactory.createLiteralString(ev.trigger()));
            add(g, event, Dip.confidence.asNode(), decimal(ev.confidence()));
            if (ev.cameo() != null) {
                add(g, event, Dip.cameoCode.asNode(), NodeFactory.createLiteralString(ev.cameo()));
                String plover = cameo.plover(ev.cameo());
                if (plover != null) {
                    add(g, event, Dip.ploverType.asNode(), NodeFactory.createLiteralString(plover));
                }
                Double gs = cameo.goldstein(ev.cameo());
                if (gs != null) {
                    add(g, event, Dip.goldstein.asNode(), decimal(gs));
                }
            }
            add(g, event, uri(PROV + "wasDerivedFrom"), doc);
            add(g, a, rel, b);
            if (ev.relation().symmetric()) {
                add(g, b, rel, a);
            }
        }

        Graph actors = GraphFactory.createDefaultGraph();
        for (Actor a : used.values()) {
            describe(a, actors);
        }
        return new ArticleGraph(art.id(), iri, g, actors);
    }

    /** An actor's node: type, labels in English and French, other names, Wikidata link. */
    public static void describe(Actor a, Graph g) {
        Node s = uri(actorIri(a));
        add(g, s, RDF.type.asNode(), Dip.resource(a.type().ontologyClass()).asNode());
        add(g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(a.labelEn(), "en"));
        add(g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(a.labelFr(), "fr"));
        for (String alt : a.altLabels()) {
            add(g, s, uri("http://www.w3.org/2004/02/skos/core#altLabel"), NodeFactory.createLiteralString(alt));
        }
        if (a.qid() != null && !a.qid().isEmpty()) {
            add(g, s, OWL.sameAs.asNode(), uri(Dip.WIKIDATA + a.qid()));
        }
    }

    private static Node actor(Actor a, Map<String, Actor> used) {
        used.putIfAbsent(a.slug(), a);
        return uri(actorIri(a));
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node integer(int v) {
        return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDinteger);
    }

    /** xsd:decimal, as the shapes require (a Java double would be typed xsd:double). */
    private static Node decimal(double v) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
