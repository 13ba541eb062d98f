package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.entente.Pipeline;
import org.entente.article.Article;
import org.entente.article.ArticleReader;
import org.entente.article.ArticleSink;
import org.entente.article.Rejected;
import org.entente.rdf.Dip;

/** Checks that a store holds only complete articles: each graph equals a clean extraction of its article. */
public final class StoreChecks {
    private StoreChecks() {
    }

    /** The articles the readers accept in {@code paths}, by id (rejections ignored). */
    public static Map<String, Article> read(List<Path> paths) {
        Map<String, Article> m = new LinkedHashMap<>();
        ArticleReader.read(paths, new ArticleSink() {
            @Override
            public void accept(Article a) {
                m.put(a.id(), a);
            }

            @Override
            public void reject(Rejected r) {
            }
        });
        return m;
    }

    /** The graph with literals in canonical form (TDB2 stores "-8"^^xsd:decimal as "-8.0"). */
    static Graph canonical(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> c.add(org.apache.jena.graph.Triple.create(t.getSubject(), t.getPredicate(),
                org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get().apply(t.getObject()))));
        return c;
    }

    private static String differences(Graph clean, Graph stored) {
        StringBuilder b = new StringBuilder();
        clean.find().forEachRemaining(t -> {
            if (!stored.contains(t) && b.length() < 2000) {
                b.append("\n  only in the clean extraction: ").append(t);
            }
        });
        stored.find().forEachRemaining(t -> {
            if (!clean.contains(t) && b.length() < 2000) {
                b.append("\n  only in the store: ").append(t);
            }
        });
        return b.toString();
    }

    /** Names of every named graph in the store. */
    public static Set<String> graphNames(KnowledgeStore ks) {
        DatasetGraph dsg = ks.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new HashSet<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }

    /**
     * Asserts that every article graph in the store is isomorphic to a clean extraction of the article with
     * that id in {@code expected} (no partial or stale article), and returns the ids stored.
     */
    public static List<String> assertEveryArticleComplete(KnowledgeStore ks, Pipeline pipeline,
                                                          Map<String, Article> expected) {
        return assertArticlesComplete(ks, pipeline, expected, null);
    }

    /**
     * Like {@link #assertEveryArticleComplete}, but compares with a clean extraction only the articles whose
     * ids are in {@code deep} (null: all); every graph must still belong to an expected article.
     */
    public static List<String> assertArticlesComplete(KnowledgeStore ks, Pipeline pipeline,
                                                      Map<String, Article> expected, Set<String> deep) {
        Map<String, String> idByGraph = new LinkedHashMap<>();
        for (Article a : expected.values()) {
            idByGraph.put(org.entente.rdf.RdfMapper.articleIri(a.id()), a.id());
        }
        List<String> stored = new ArrayList<>();
        DatasetGraph dsg = ks.datasetGraph();
        for (String name : graphNames(ks)) {
            if (name.equals(Dip.ACTORS_GRAPH) || name.equals(Dip.SUMMARY_GRAPH)) {
                continue;
            }
            String id = idByGraph.get(name);
            assertNotNull(id, "store holds a graph for no expected article: " + name);
            if (deep != null && !deep.contains(id)) {
                stored.add(id);
                continue;
            }
            Graph inStore = Txn.calculateRead(dsg, () -> {
                Graph g = GraphFactory.createDefaultGraph();
                Node n = org.apache.jena.graph.NodeFactory.createURI(name);
                dsg.find(n, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
                return g;
            });
            Graph clean = canonical(pipeline.process(expected.get(id)).graph());
            Graph stored2 = canonical(inStore);
            assertEquals(clean.size(), stored2.size(), "article " + id + " has " + stored2.size()
                    + " triples in the store, a clean extraction " + clean.size() + differences(clean, stored2));
            assertTrue(clean.isIsomorphicWith(stored2), "article " + id + " differs from a clean extraction"
                    + differences(clean, stored2));
            stored.add(id);
        }
        assertEquals(new HashSet<>(stored), new HashSet<>(ks.articleIds()), "graphs and article nodes agree");
        assertSummaryAgrees(ks);
        return stored;
    }

    /** The summary graph holds what the stored events give: written with them, or not at all. */
    public static void assertSummaryAgrees(KnowledgeStore ks) {
        DatasetGraph dsg = ks.datasetGraph();
        Txn.executeRead(dsg, () -> assertEquals(Summary.fromEvents(dsg), Summary.stored(dsg),
                "the summary graph disagrees with the events stored"));
    }
}
