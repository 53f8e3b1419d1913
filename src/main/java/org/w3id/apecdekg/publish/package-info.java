/**
 * Linked-data publishing: dereferenceable entity IRIs under {@code /id/**} and ontology terms under
 * {@code /ontology}, with content negotiation between an HTML page ({@link org.w3id.apecdekg.publish.EntityPage})
 * and RDF ({@link org.w3id.apecdekg.export.DumpFormat}); the VoID/DCAT description of the dataset at
 * {@code /.well-known/void} and {@code /catalog}. Configuration under {@code dekg.publish}.
 */
package org.w3id.apecdekg.publish;
