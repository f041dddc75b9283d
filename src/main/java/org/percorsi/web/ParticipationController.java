package org.percorsi.web;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.proposals.Contributions;
import org.percorsi.shared.web.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A participant's own page: what they proposed, support and commented, and the meetings they registered for
 * (with a way to give up their seat and to their private calendar). Each list has its own pages.
 */
@Controller
class ParticipationController {

    private final AccountsApi accounts;
    private final Contributions contributions;
    private final MeetingsApi meetings;

    ParticipationController(AccountsApi accounts, Contributions contributions, MeetingsApi meetings) {
        this.accounts = accounts;
        this.contributions = contributions;
        this.meetings = meetings;
    }

    @GetMapping("/account/participation")
    String participation(
            @RequestParam(required = false) Integer proposed,
            @RequestParam(required = false) Integer supported,
            @RequestParam(required = false) Integer commented,
            Model model) {
        long me = accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("not signed in"));
        model.addAttribute("proposed", contributions.proposedBy(me, PageResult.clampPage(proposed)));
        model.addAttribute("supported", contributions.supportedBy(me, PageResult.clampPage(supported)));
        model.addAttribute("commented", contributions.commentedBy(me, PageResult.clampPage(commented)));
        model.addAttribute("registrations", meetings.upcomingRegistrationsOf(me));
        return "web/participation";
    }
}
