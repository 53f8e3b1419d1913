package org.w3id.apecdekg;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The web application: SPARQL endpoints, pages and APIs over the TDB2 store. */
@SpringBootApplication
@EnableConfigurationProperties(DekgProperties.class)
public class DekgApplication {
}
