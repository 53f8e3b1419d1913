package org.w3id.apecdekg.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates an import with {@code ontology/shapes.ttl} on the union of the import and the reference
 * graph (so {@code sh:class} targets may be reference entities). A non-conforming import is
 * rejected with one line per validation result.
 */
final class ShaclGate {

    private final Shapes shapes;

    ShaclGate(Path shapesFile) {
        Objects.requireNonNull(shapesFile, "shapesFile");
        this.shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
    }

    void check(String fileName, Graph imported, Graph reference) {
        Graph union = GraphFactory.createDefaultGraph();
        reference.find().forEachRemaining(union::add);
        imported.find().forEachRemaining(union::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        if (report.conforms()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            lines.add(e.severity().level().getLocalName() + ": " + NodeFmtLib.strNT(e.focusNode())
                    + (e.resultPath() == null ? "" : " " + e.resultPath())
                    + (e.value() == null ? "" : " value " + NodeFmtLib.strNT(e.value()))
                    + ": " + e.message());
        }
        lines.sort(null);
        throw new ImportException(ImportException.Kind.INVALID, fileName + ": does not conform to the SHACL shapes ("
                + lines.size() + " result(s)); nothing was imported", lines);
    }
}
