package org.entente.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.EntenteException;

/**
 * Formats of the actor graph export, for graph tools: GraphML (yEd, Cytoscape, Gephi, networkx),
 * GEXF 1.2 (Gephi), DOT (Graphviz) and Cytoscape.js JSON (Cytoscape desktop and the web page).
 */
public enum GraphFormat {
    GRAPHML("graphml", "graphml", "application/graphml+xml"),
    GEXF("gexf", "gexf", "application/gexf+xml"),
    DOT("dot", "dot", "text/vnd.graphviz"),
    CYJS("cyjs", "cyjs", "application/json");

    private final String name;
    private final String extension;
    private final String mediaType;

    GraphFormat(String name, String extension, String mediaType) {
        this.name = name;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The name used on the command line ({@code graphml}, {@code gexf}, {@code dot}, {@code cyjs}). */
    public String formatName() {
        return name;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Media type for HTTP responses. */
    public String mediaType() {
        return mediaType;
    }

    /** By name, case-insensitive; throws a clear error naming the valid values for an unknown one. */
    public static GraphFormat of(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (GraphFormat f : values()) {
                if (f.name.equals(n)) {
                    return f;
                }
            }
        }
        throw new EntenteException("unknown graph format '" + name + "': use one of "
                + Arrays.stream(values()).map(GraphFormat::formatName).collect(Collectors.joining(", ")));
    }
}
