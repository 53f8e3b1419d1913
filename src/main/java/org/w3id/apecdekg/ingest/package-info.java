/**
 * Building the graph from files: the ontology and reference data ({@link org.w3id.apecdekg.ingest.ReferenceLoader}),
 * reports ({@link org.w3id.apecdekg.ingest.ReportLoader}), and the first build of an empty store from
 * {@code data/} ({@link org.w3id.apecdekg.ingest.DataBootstrap}). Each file is one transaction.
 */
package org.w3id.apecdekg.ingest;
