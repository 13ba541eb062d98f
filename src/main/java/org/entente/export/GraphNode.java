package org.entente.export;

import java.util.Objects;

/**
 * One actor of the exported graph.
 *
 * @param iri          the actor's IRI (the node id in GEXF, DOT and Cytoscape JSON)
 * @param label        its label in the chosen language (falls back to the other language, then to the IRI's
 *                     last segment)
 * @param type         {@code Country}, {@code Organisation}, {@code Format}, {@code Person}, {@code Place},
 *                     or null when the store does not type it
 * @param wikidata     Wikidata id ({@code Q159}) or null
 * @param articleCount number of articles in the store that mention the actor or have an event with it
 */
public record GraphNode(String iri, String label, String type, String wikidata, int articleCount) {
    public GraphNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
    }
}
