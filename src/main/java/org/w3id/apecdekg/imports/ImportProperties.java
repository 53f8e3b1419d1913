package org.w3id.apecdekg.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Typed configuration under the prefix {@code dekg.imports}. */
@ConfigurationProperties("dekg.imports")
public class ImportProperties {

    /** Who may {@code POST /api/imports}. */
    public enum Access { OFF, LOOPBACK, ANY }

    /**
     * {@code any} (default): any editor (the security filter chain requires the role); {@code loopback}:
     * editors on the loopback interface only; {@code off}: HTTP imports refused (the {@code import}
     * command still works).
     */
    private Access http = Access.ANY;

    public Access getHttp() { return http; }
    public void setHttp(Access http) { this.http = http; }
}
