package org.percorsi.search.web;

import org.percorsi.search.SearchQueries;
import org.percorsi.shared.web.PageResult;
import org.percorsi.shared.web.PersonalParts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page. */
@Controller
class SearchController {

    private final SearchQueries search;

    SearchController(SearchQueries search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page,
            Model model) {
        // what a search finds depends on which reserved areas open to the viewer, none for every participant
        PersonalParts.sameForEveryParticipant();
        String safeKind = kind != null && SearchQueries.KINDS.contains(kind) ? kind : null;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", safeKind == null ? "" : safeKind);
        model.addAttribute("result", search.search(q, safeKind, PageResult.clampPage(page)));
        return "search/results";
    }
}
