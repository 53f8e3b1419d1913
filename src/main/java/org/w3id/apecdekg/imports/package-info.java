/**
 * Imports of partner data into their own named graph {@code graph/import/{slug}}: RDF in any format
 * RDF4J Rio reads ({@link org.w3id.apecdekg.imports.RdfFileReader}) and APEC project-database CSV
 * exports ({@link org.w3id.apecdekg.imports.ProjectCsvReader}), SHACL-validated against
 * {@code ontology/shapes.ttl} before the one write transaction ({@link org.w3id.apecdekg.imports.PartnerImporter}).
 * By command ({@code import}) and HTTP ({@code POST /api/imports}, loopback only for now).
 */
package org.w3id.apecdekg.imports;
