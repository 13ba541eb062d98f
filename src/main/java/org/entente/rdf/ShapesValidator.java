package org.entente.rdf;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.EntenteException;

/**
 * SHACL validation of article graphs against {@code ontology/shapes.ttl} (bundled in the jar as
 * {@code /entente/shapes.ttl}).
 */
public final class ShapesValidator {
    /** Result: how many graphs were checked, and one line per violation ("graph: focus path: message"). */
    public record Report(int graphs, List<String> problems) {
    }

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShapesValidator bundled() {
        try (InputStream in = ShapesValidator.class.getResourceAsStream("/entente/shapes.ttl")) {
            if (in == null) {
                throw new EntenteException("shapes.ttl is missing from the jar: rebuild with 'mvn package'");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShapesValidator(Shapes.parse(g));
        } catch (java.io.IOException e) {
            throw new EntenteException("cannot read bundled shapes: " + e.getMessage(), e);
        }
    }

    public static ShapesValidator from(Path file) {
        try {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(file).parse(g);
            return new ShapesValidator(Shapes.parse(g));
        } catch (RuntimeException e) {
            throw new EntenteException(file + ": not a SHACL shapes file: " + e.getMessage(), e);
        }
    }

    public ValidationReport validate(Graph g) {
        return ShaclValidator.get().validate(shapes, g);
    }

    /** Validates each named graph separately (call inside a read transaction for TDB2). */
    public Report validate(DatasetGraph dsg) {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node name = it.next();
            n++;
            ValidationReport r = validate(dsg.getGraph(name));
            r.getEntries().forEach(e -> problems.add(name.getURI() + ": " + e.focusNode() + " "
                    + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message()));
        }
        return new Report(n, problems);
    }
}
