package org.entente.rdf;

import org.apache.jena.graph.Graph;

/**
 * One article's RDF: its named graph (name = the article IRI) and the actor nodes it uses, which
 * belong in the shared actors graph.
 *
 * @param articleId the article's id ({@code dcterms:identifier})
 * @param name      the article IRI, also the graph name
 * @param graph     the article's triples
 * @param actors    triples describing the actors it refers to (labels, types, owl:sameAs)
 */
public record ArticleGraph(String articleId, String name, Graph graph, Graph actors) {
}
