/**
 * The SPARQL 1.1 protocol endpoints: Fuseki's servlet filter mounted in Spring's container over the
 * TDB2 store ({@code /sparql}, {@code /update}, {@code /data}), the store version bump after writes and
 * the SPARQL service description.
 */
package org.w3id.apecdekg.sparql;
