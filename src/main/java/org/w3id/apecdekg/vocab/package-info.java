/**
 * Vocabulary constants: {@link org.w3id.apecdekg.vocab.DEKG} (our ontology), {@link org.w3id.apecdekg.vocab.PROV}
 * (PROV-O, absent from Jena) and {@link org.w3id.apecdekg.vocab.Ids} (instance and graph IRIs). For ORG, SKOS,
 * DCTERMS, FOAF, DCAT and VoID use Jena's {@code org.apache.jena.vocabulary} classes.
 */
package org.w3id.apecdekg.vocab;
