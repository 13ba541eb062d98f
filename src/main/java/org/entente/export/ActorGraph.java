package org.entente.export;

import java.util.List;

/**
 * The actor graph an export writes: nodes sorted by IRI, edges sorted by source, relation, target. Only
 * actors that some edge touches are nodes.
 */
public record ActorGraph(List<GraphNode> nodes, List<GraphEdge> edges) {
    public ActorGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
