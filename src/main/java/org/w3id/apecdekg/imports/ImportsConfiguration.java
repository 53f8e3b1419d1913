package org.w3id.apecdekg.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.w3id.apecdekg.DekgProperties;

/**
 * Registers {@link ImportProperties} and the {@link PartnerImporter}. The importer parses the SHACL
 * shapes when it is made (~0.15 s), so it is made on a background thread while the rest of the
 * application starts; a failure still stops the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportsConfiguration {

    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    PartnerImporter partnerImporter(DekgProperties properties) {
        return new PartnerImporter(properties);
    }
}
