package org.w3id.apecdekg.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The home page: what the dataset is, its counts and the endpoint URLs, as HTML — or the counts
 * as JSON when the client asks for {@code application/json} first.
 */
@Controller
class HomeController {

    private final StatisticsCache statistics;

    HomeController(StatisticsCache statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/")
    ResponseEntity<?> showHome(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (wantsJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(statistics.current());
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(HomePage.render(base, statistics.current()));
    }

    private static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        MediaType preferred = null;
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (preferred == null || type.getQualityValue() > preferred.getQualityValue()) {
                preferred = type;
            }
        }
        return preferred != null && !preferred.isWildcardType() && preferred.isCompatibleWith(MediaType.APPLICATION_JSON);
    }
}
