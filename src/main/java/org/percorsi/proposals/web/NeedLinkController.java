package org.percorsi.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.proposals.usecases.LinkIdeaToNeed;
import org.percorsi.proposals.usecases.NeedLinkForm;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Facilitators link an idea to the needs it answers, on the idea's page; a refusal shows the page saying why. */
@Controller
class NeedLinkController {

    private final LinkIdeaToNeed links;
    private final ProposalPage page;

    NeedLinkController(LinkIdeaToNeed links, ProposalPage page) {
        this.links = links;
        this.page = page;
    }

    @PostMapping("/proposals/{id}/needs")
    String link(
            @PathVariable long id,
            @ModelAttribute NeedLinkForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(id, () -> links.link(id, form), "proposals.needLink.linked", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/needs/remove")
    String unlink(
            @PathVariable long id,
            @ModelAttribute NeedLinkForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(id, () -> links.unlink(id, form), "proposals.needLink.unlinked", response, model, redirect);
    }

    private String act(
            long id,
            Runnable action,
            String doneKey,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        page.visible(id);
        return Forms.act(
                action,
                response,
                redirect,
                doneKey,
                "/proposals/" + id + "#needs",
                refusal -> page.render(model, id, FormErrors.none(), View.t(refusal.messageKey(), refusal.args())));
    }
}
