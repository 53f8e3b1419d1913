package org.w3id.apecdekg.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Routes of the web UI. The front end is one page ({@code /ui/index.html}, built by Vite) that reads
 * the path to pick its view, so every route forwards to it; its assets are served from
 * {@code static/ui/assets/} as they are (among them {@code entity-review.js}, under that fixed name: the
 * review panel the server-rendered entity pages load).
 */
@Controller
class UiController {

    static final String INDEX = "forward:/ui/index.html";

    @GetMapping("/ui")
    String redirectToUi() {
        return "redirect:/ui/";
    }

    @GetMapping({"/ui/", "/ui/{view:home|query|network|kfa|policies|upload|review}"})
    String showPage() {
        return INDEX;
    }

    @GetMapping({"/embed/{view:network|kfa|policies}", "/embed/{view:network|kfa|policies}/"})
    String showEmbeddedChart() {
        return INDEX;
    }
}
