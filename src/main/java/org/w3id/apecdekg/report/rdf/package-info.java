/** Writing extracted facts as RDF: fact triples with their evidence nodes, and extraction issues. */
package org.w3id.apecdekg.report.rdf;
