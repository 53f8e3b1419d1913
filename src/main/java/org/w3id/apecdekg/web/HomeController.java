package org.w3id.apecdekg.web;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The home page: what the dataset is, its counts and the endpoint URLs. */
@Controller
class HomeController {

    private final StatisticsCache statistics;

    HomeController(StatisticsCache statistics) {
        this.statistics = statistics;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String showHome() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return HomePage.render(base, statistics.current());
    }

    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Long> showCounts() {
        return statistics.current();
    }
}
