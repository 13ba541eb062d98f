package org.entente.cli;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;
import org.entente.EntenteException;

/** The RDF formats the commands write. */
final class RdfFormats {
    private RdfFormats() {
    }

    static RDFFormat of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "nq", "nquads", "n-quads" -> RDFFormat.NQUADS;
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "ttl", "turtle" -> RDFFormat.TURTLE_BLOCKS;
            case "nt", "ntriples", "n-triples" -> RDFFormat.NTRIPLES;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            default -> throw new EntenteException("unknown format '" + name + "': use nq, trig, ttl, nt or jsonld");
        };
    }

    /** Formats without named graphs get the union of all graphs. */
    static boolean hasGraphs(RDFFormat f) {
        return f == RDFFormat.NQUADS || f == RDFFormat.TRIG_BLOCKS || f == RDFFormat.JSONLD11;
    }
}
