/**
 * Remote-store mode: the knowledge graph kept in a remote SPARQL 1.1 service (query, update and,
 * for its dataset, the union of named graphs as default graph) instead of the embedded TDB2 store.
 * {@link org.w3id.apecdekg.remote.RemoteDatasetGraph} makes the service look like a Jena
 * {@code DatasetGraph}, so the loaders, Fuseki endpoints, library API, linked-data pages and exports
 * run unchanged: queries are sent whole to the service, and the writes of one transaction are sent
 * as one SPARQL Update request at commit (all or nothing on the service).
 */
package org.w3id.apecdekg.remote;
