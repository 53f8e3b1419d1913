package org.w3id.apecdekg.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Typed configuration under the prefix {@code dekg.publish}. */
@ConfigurationProperties("dekg.publish")
public class PublishProperties {

    /**
     * The base of published IRIs, ending in {@code /}. Default {@code https://w3id.org/apec-dekg/}:
     * the entity {@code {base}id/economy/TW} is served at the local path {@code /id/economy/TW}.
     */
    private String baseIri = "https://w3id.org/apec-dekg/";

    public String getBaseIri() { return baseIri; }
    public void setBaseIri(String baseIri) {
        this.baseIri = baseIri.endsWith("/") ? baseIri : baseIri + "/";
    }
}
