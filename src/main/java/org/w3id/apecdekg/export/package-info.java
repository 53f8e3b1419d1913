/**
 * Dumps of the graph for partners: {@link org.w3id.apecdekg.export.DumpFormat} (Turtle, N-Triples,
 * N-Quads, TriG, RDF/XML, JSON-LD), a Jena → RDF4J Rio bridge ({@link org.w3id.apecdekg.export.JenaRio}),
 * a deterministic statement order with stable blank-node labels ({@link org.w3id.apecdekg.export.StableOrder}),
 * the dataset selection and writers ({@link org.w3id.apecdekg.export.Exporter}), the {@code export}
 * command and {@code GET /export/{dataset}.{ext}} with the published JSON-LD context.
 */
package org.w3id.apecdekg.export;
