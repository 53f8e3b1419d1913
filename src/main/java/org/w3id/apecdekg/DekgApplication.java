package org.w3id.apecdekg;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The web application: SPARQL endpoints, pages and APIs over the TDB2 store. */
@SpringBootApplication
@EnableConfigurationProperties(DekgProperties.class)
public class DekgApplication {

    /**
     * Starts the web application without the command line. The build's Spring AOT step
     * ({@code process-aot}) starts the application through this method; {@code apec-dekg serve} names
     * this class as the main application class so that the AOT-generated initializer is found.
     */
    public static void main(String[] args) {
        SpringApplication.run(DekgApplication.class, args);
    }
}
