package org.w3id.apecdekg.report;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * The result of extracting one report: {@code facts} is the content of the report's named graph
 * {@code graphIri}; {@code metadata} describes the report itself ({@code reportIri}).
 */
public record Extraction(String reportIri, String graphIri, Model facts, Model metadata,
                         List<ExtractionWarning> warnings) {
}
