/**
 * The analysts' query library: every {@code queries/*.rq} file, with its {@code #+} YAML header,
 * becomes an operation of {@code /api/queries}; parameters are bound as typed RDF terms, results are
 * paged, cached per store version and written as SPARQL JSON, plain JSON rows, CSV or TSV.
 */
package org.w3id.apecdekg.query;
