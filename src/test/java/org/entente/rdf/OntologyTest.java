package org.entente.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.extract.RelationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology and the SHACL shapes parse, and agree with {@link Dip} and {@link RelationType}. */
class OntologyTest {

    private static final String ONTOLOGY_FILE = "ontology/diplomacy.ttl";
    private static final String SHAPES_FILE = "ontology/shapes.ttl";
    private static final String ONTOLOGY_IRI = "https://w3id.org/entente/diplomacy";
    private static final Property VANN_PREFIX =
            ResourceFactory.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix");

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY_FILE);
    }

    @Test
    void parsesAndIsNotEmpty() {
        assertTrue(ontology.size() > 100, "ontology has only " + ontology.size() + " triples");
    }

    @Test
    void hasOntologyHeader() {
        Resource onto = ontology.createResource(ONTOLOGY_IRI);
        assertTrue(ontology.contains(onto, RDF.type, OWL.Ontology), "no owl:Ontology " + ONTOLOGY_IRI);
        assertTrue(ontology.contains(onto, OWL.versionIRI,
                ontology.createResource(ONTOLOGY_IRI + "/0.1.0")), "owl:versionIRI missing");
        assertTrue(ontology.contains(onto, VANN_PREFIX, "dip"), "vann:preferredNamespacePrefix \"dip\" missing");
        assertEquals(Dip.NS, ONTOLOGY_IRI + "#");
    }

    @Test
    void everyRelationIsAnObjectPropertyWithBilingualLabels() {
        for (RelationType r : RelationType.values()) {
            Resource p = ontology.createResource(Dip.NS + r.localName());
            assertTrue(ontology.contains(p, RDF.type, OWL.ObjectProperty), r.localName() + " is not an owl:ObjectProperty");
            assertTrue(hasLabelIn(p, "en"), r.localName() + " has no English rdfs:label");
            assertTrue(hasLabelIn(p, "fr"), r.localName() + " has no French rdfs:label");
            assertEquals(r.symmetric(), ontology.contains(p, RDF.type, OWL.SymmetricProperty),
                    r.localName() + (r.symmetric() ? " should" : " should not") + " be an owl:SymmetricProperty");
            assertTrue(ontology.contains(p, Dip.property("eventClass"), Dip.resource(r.eventClass())),
                    r.localName() + " has no dip:eventClass dip:" + r.eventClass());
        }
    }

    @Test
    void everyEventClassIsAnEventOrAnAffiliation() {
        for (RelationType r : RelationType.values()) {
            String ask = "PREFIX rdfs: <" + RDFS.getURI() + ">\n"
                    + "ASK { <" + Dip.NS + r.eventClass() + "> rdfs:subClassOf* ?top ."
                    + " VALUES ?top { <" + Dip.Event.getURI() + "> <" + Dip.Affiliation.getURI() + "> } }";
            try (var qe = QueryExecutionFactory.create(ask, ontology)) {
                assertTrue(qe.execAsk(), "dip:" + r.eventClass() + " is neither a dip:Event nor a dip:Affiliation");
            }
            Resource c = Dip.resource(r.eventClass());
            assertTrue(ontology.contains(c, RDF.type, OWL.Class), "dip:" + r.eventClass() + " is not an owl:Class");
            assertEquals(r.isAffiliation(), subClassOfStar(c, Dip.Affiliation),
                    "dip:" + r.eventClass() + ": affiliation or event, not as RelationType says");
        }
        assertTrue(ontology.contains(Dip.resource("PhoneCall"), RDFS.subClassOf, Dip.resource("Talks")));
    }

    @Test
    void everyDipConstantIsDeclared() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Field f : Dip.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            if (!Resource.class.isAssignableFrom(f.getType())) {
                continue; // String constants (NS, ID...) are not terms
            }
            Resource term = (Resource) f.get(null);
            seen++;
            if (!term.getURI().startsWith(Dip.NS)) {
                missing.add(f.getName() + " (not in the dip: namespace)");
            } else if (!ontology.contains(term, RDF.type, (RDFNode) null)) {
                missing.add(f.getName());
            } else if (!hasLabelIn(term, "en") || !hasLabelIn(term, "fr")) {
                missing.add(f.getName() + " (no en and fr rdfs:label)");
            }
        }
        assertTrue(seen >= 30, "found only " + seen + " Resource/Property constants in Dip");
        assertTrue(missing.isEmpty(), "Dip terms not declared in " + ONTOLOGY_FILE + ": " + missing);
    }

    @Test
    void everyTermIsDocumented() {
        String query = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?term WHERE {
                  ?term a ?kind .
                  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:NamedIndividual }
                  FILTER(STRSTARTS(STR(?term), "%s"))
                  FILTER(NOT EXISTS { ?term rdfs:label ?en FILTER(LANG(?en) = "en") }
                      || NOT EXISTS { ?term rdfs:label ?fr FILTER(LANG(?fr) = "fr") }
                      || NOT EXISTS { ?term rdfs:comment ?c FILTER(LANG(?c) = "en") }
                      || NOT EXISTS { ?term rdfs:isDefinedBy <%s> })
                } ORDER BY ?term
                """.formatted(Dip.NS, ONTOLOGY_IRI);
        List<String> undocumented = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(query, ontology)) {
            qe.execSelect().forEachRemaining(row -> undocumented.add(row.getResource("term").getLocalName()));
        }
        assertTrue(undocumented.isEmpty(),
                "terms lacking an en+fr rdfs:label, an en rdfs:comment or rdfs:isDefinedBy: " + undocumented);
        for (RelationType r : RelationType.values()) {
            Resource p = Dip.resource(r.localName());
            assertTrue(hasLiteralIn(p, RDFS.comment, "fr"), r.localName() + " has no French rdfs:comment");
            assertTrue(ontology.contains(p, RDFS.domain) && ontology.contains(p, RDFS.range),
                    r.localName() + " lacks rdfs:domain or rdfs:range");
            assertEquals(!r.isAffiliation(), ontology.contains(p, Dip.property("cameo")),
                    r.localName() + ": dip:cameo present exactly on event relations");
        }
    }

    @Test
    void shapesParseAndSeparateValidFromInvalid() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES_FILE));
        assertFalse(shapes.getTargetShapes().isEmpty(), "no targeted shapes in " + SHAPES_FILE);

        ValidationReport ok = ShaclValidator.get().validate(shapes, graph(VALID));
        assertTrue(ok.conforms(), () -> "valid graph rejected:\n" + report(ok));

        String badConfidence = VALID.replace("dip:confidence 0.85", "dip:confidence 1.5");
        assertFalse(ShaclValidator.get().validate(shapes, graph(badConfidence)).conforms(),
                "confidence 1.5 accepted");

        String noRelation = VALID.replace("dip:relation dip:talkedWith ;", "");
        assertFalse(ShaclValidator.get().validate(shapes, graph(noRelation)).conforms(),
                "event without dip:relation accepted");

        String affiliationWithEventRelation = VALID.replace("dip:relation dip:leaderOf", "dip:relation dip:metWith");
        assertFalse(ShaclValidator.get().validate(shapes, graph(affiliationWithEventRelation)).conforms(),
                "affiliation asserting an event relation accepted");

        String badCameo = VALID.replace("dip:cameoCode \"041\"", "dip:cameoCode \"41a\"");
        assertFalse(ShaclValidator.get().validate(shapes, graph(badCameo)).conforms(),
                "CAMEO code 41a accepted");

        String badSameAs = VALID.replace("owl:sameAs wd:Q7747", "owl:sameAs <http://dbpedia.org/resource/Putin>");
        assertFalse(ShaclValidator.get().validate(shapes, graph(badSameAs)).conforms(),
                "non-Wikidata owl:sameAs accepted");
    }

    private static boolean hasLabelIn(Resource r, String lang) {
        return hasLiteralIn(r, RDFS.label, lang);
    }

    private static boolean hasLiteralIn(Resource r, Property p, String lang) {
        for (Statement s : ontology.listStatements(r, p, (RDFNode) null).toList()) {
            if (s.getObject().isLiteral() && lang.equals(s.getLiteral().getLanguage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean subClassOfStar(Resource c, Resource top) {
        String ask = "PREFIX rdfs: <" + RDFS.getURI() + ">\nASK { <" + c.getURI() + "> rdfs:subClassOf* <"
                + top.getURI() + "> }";
        try (var qe = QueryExecutionFactory.create(ask, ontology)) {
            return qe.execAsk();
        }
    }

    private static org.apache.jena.graph.Graph graph(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m.getGraph();
    }

    private static String report(ValidationReport r) {
        var out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, r.getModel(), Lang.TURTLE);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A small article graph as Entente should produce it: article, a phone call, a leadership, a mention, actors. */
    private static final String VALID = """
            PREFIX dip: <https://w3id.org/entente/diplomacy#>
            PREFIX id: <https://w3id.org/entente/id/>
            PREFIX art: <https://w3id.org/entente/article/>
            PREFIX schema: <https://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX wd: <http://www.wikidata.org/entity/>

            art:seed-1 a schema:NewsArticle ;
                dcterms:identifier "seed-1" ;
                schema:datePublished "2022-01-31"^^xsd:date ;
                schema:inLanguage "fr" ;
                dip:mentions id:Q7747 , id:Q3052772 ;
                dip:mention art:seed-1-m0 .

            art:seed-1-e0 a dip:PhoneCall ;
                dip:relation dip:talkedWith ;
                dip:agent id:Q7747 ;
                dip:target id:Q3052772 ;
                dip:date "2022-01-31"^^xsd:date ;
                dip:modality dip:Actual ;
                dip:evidence "Vladimir Poutine et Emmanuel Macron se sont entretenus par téléphone lundi." ;
                dip:evidenceStart 0 ;
                dip:evidenceEnd 74 ;
                dip:trigger "se sont entretenus" ;
                dip:confidence 0.85 ;
                dip:cameoCode "041" ;
                dip:ploverType "CONSULT" ;
                dip:goldstein 1.0 ;
                prov:wasDerivedFrom art:seed-1 .

            art:seed-1-a0 a dip:Leadership ;
                dip:relation dip:leaderOf ;
                dip:agent id:Q7747 ;
                dip:target id:Q159 ;
                dip:office "head_of_state" ;
                dip:evidence "Le président russe Vladimir Poutine a appelé son homologue." ;
                dip:evidenceStart 75 ;
                dip:evidenceEnd 135 ;
                dip:confidence 0.9 ;
                prov:wasDerivedFrom art:seed-1 .

            art:seed-1-m0 a dip:Mention ;
                dip:actor id:Q7747 ;
                dip:surface "Vladimir Poutine" ;
                dip:start 0 ;
                dip:end 16 .

            id:Q7747 a dip:Person ;
                rdfs:label "Vladimir Putin"@en , "Vladimir Poutine"@fr ;
                owl:sameAs wd:Q7747 .
            id:Q159 a dip:Country ;
                rdfs:label "Russia"@en , "Russie"@fr ;
                owl:sameAs wd:Q159 .
            id:Q3052772 a dip:Person ;
                rdfs:label "Emmanuel Macron"@en ;
                owl:sameAs wd:Q3052772 .
            """;
}
