package org.entente.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.entente.TestPipelines;
import org.entente.actors.Actor;
import org.entente.actors.ActorType;
import org.entente.actors.Mention;
import org.entente.actors.RecognisedArticle;
import org.entente.article.Article;
import org.entente.extract.Cameo;
import org.entente.extract.Event;
import org.entente.extract.Extraction;
import org.entente.extract.Modality;
import org.entente.extract.RelationType;
import org.entente.nlp.AnalysedArticle;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;
import org.junit.jupiter.api.Test;

class RdfMapperTest {
    static final String TEXT = "La France veut déployer des soldats en Roumanie.";
    static final Actor FRANCE = new Actor("country/france", ActorType.COUNTRY, "Q142", "France", "France", List.of());
    static final Actor ROMANIA = new Actor("country/romania", ActorType.COUNTRY, "Q218", "Romania", "Roumanie", List.of());

    /** A hand-made extraction: what the mapper gets is fixed, so its output is compared whole. */
    static Extraction fixture() {
        Article a = new Article("golden-fr", TEXT, "fr", LocalDate.of(2022, 2, 3), "Un titre", "https://example.org/a",
                "Exemple", "fixture");
        List<Token> toks = List.of(new Token("La", 0, 2, "DET", "le"), new Token("France", 3, 9, "PROPN", "france"),
                new Token("veut", 10, 14, "VERB", "vouloir"), new Token("déployer", 15, 23, "VERB", "déployer"),
                new Token("des", 24, 27, "DET", "un"), new Token("soldats", 28, 35, "NOUN", "soldat"),
                new Token("en", 36, 38, "ADP", "en"), new Token("Roumanie", 39, 47, "PROPN", "roumanie"),
                new Token(".", 47, 48, "PUNCT", "."));
        AnalysedArticle an = new AnalysedArticle(a, "fr", List.of(new Sentence(0, 0, 48, TEXT, toks)));
        RecognisedArticle r = new RecognisedArticle(an, List.of(
                new Mention(0, 1, 2, 3, 9, List.of(FRANCE), Mention.Kind.NAME, null, null),
                new Mention(0, 7, 8, 39, 47, List.of(ROMANIA), Mention.Kind.NAME, null, null)));
        Event e = new Event(RelationType.DEPLOYS, FRANCE, ROMANIA, null, Modality.PLANNED, 0, 0, 48, TEXT, "déployer", 0.9,
                "150", "Deployment");
        return new Extraction(r, List.of(e));
    }

    @Test
    void mappingIsIsomorphicToTheGoldenGraph() throws Exception {
        ArticleGraph g = new RdfMapper(Cameo.load()).map(fixture());
        Graph golden = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("src/test/resources/golden/deploys-fr.ttl")).lang(Lang.TURTLE).parse(golden);
        if (!g.graph().isIsomorphicWith(golden)) {
            RDFDataMgr.write(System.err, g.graph(), Lang.TURTLE);
        }
        assertTrue(g.graph().isIsomorphicWith(golden), "article graph differs from golden/deploys-fr.ttl");
        Graph actors = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("src/test/resources/golden/deploys-fr-actors.ttl")).lang(Lang.TURTLE).parse(actors);
        assertTrue(g.actors().isIsomorphicWith(actors), "actor graph differs from golden/deploys-fr-actors.ttl");
    }

    @Test
    void producedGraphsSatisfyTheShapes() {
        ShapesValidator v = ShapesValidator.bundled();
        ValidationReport fixture = v.validate(new RdfMapper(Cameo.load()).map(fixture()).graph());
        assertTrue(fixture.conforms(), fixture.getEntries().toString());
        for (Path p : List.of(Path.of("data/seed/seed-rt-2022-01-31.md"))) {
            List<Article> arts = new java.util.ArrayList<>();
            org.entente.article.ArticleReader.read(List.of(p), new org.entente.article.ArticleSink() {
                public void accept(Article a) {
                    arts.add(a);
                }

                public void reject(org.entente.article.Rejected r) {
                    throw new AssertionError(r.toString());
                }
            });
            ArticleGraph g = TestPipelines.get().process(arts.get(0));
            ValidationReport r = v.validate(g.graph());
            assertTrue(r.conforms(), r.getEntries().toString());
        }
    }

    @Test
    void aBrokenGraphDoesNotConform() {
        Graph g = new RdfMapper(Cameo.load()).map(fixture()).graph();
        Node e = NodeFactory.createURI(RdfMapper.articleIri("golden-fr") + "#e1");
        g.remove(e, Dip.relation.asNode(), Node.ANY);
        g.add(Triple.create(e, RDF.type.asNode(), Dip.Event.asNode()));
        assertTrue(!ShapesValidator.bundled().validate(g).conforms());
    }

    @Test
    void seedArticleGivesTheCoreFactsWithWikidataLinks() {
        List<Article> arts = new java.util.ArrayList<>();
        org.entente.article.ArticleReader.read(List.of(Path.of("data/seed")), new org.entente.article.ArticleSink() {
            public void accept(Article a) {
                arts.add(a);
            }

            public void reject(org.entente.article.Rejected r) {
                throw new AssertionError(r.toString());
            }
        });
        ArticleGraph g = TestPipelines.get().process(arts.get(0));
        Node putin = NodeFactory.createURI(Dip.ID + "person/vladimir-putin");
        Node macron = NodeFactory.createURI(Dip.ID + "person/emmanuel-macron");
        assertTrue(g.graph().contains(putin, Dip.property("talkedWith").asNode(), macron));
        assertTrue(g.graph().contains(NodeFactory.createURI(Dip.ID + "country/france"), Dip.property("deploys").asNode(),
                NodeFactory.createURI(Dip.ID + "country/romania")));
        assertTrue(g.actors().contains(putin, org.apache.jena.vocabulary.OWL.sameAs.asNode(),
                NodeFactory.createURI(Dip.WIKIDATA + "Q7747")));
        assertTrue(g.actors().contains(macron, org.apache.jena.vocabulary.OWL.sameAs.asNode(),
                NodeFactory.createURI(Dip.WIKIDATA + "Q3052772")));
        assertTrue(Files.exists(Path.of("ontology/shapes.ttl")));
    }
}
