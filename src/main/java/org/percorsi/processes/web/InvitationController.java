package org.percorsi.processes.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.percorsi.accounts.usecases.InvitedAccountForm;
import org.percorsi.processes.usecases.AcceptInvitation;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The page an invitation link opens: accept as the signed-in person, sign in first, or create an account. */
@Controller
class InvitationController {

    private final AcceptInvitation accept;

    InvitationController(AcceptInvitation accept) {
        this.accept = accept;
    }

    @GetMapping("/invitations/accept")
    String page(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
        String email;
        try {
            email = accept.invitedAddress(token);
        } catch (RuleViolation refusal) {
            response.setStatus(Forms.UNPROCESSABLE);
            return page(model, token, null, new InvitedAccountForm("", "", false), FormErrors.none(), refusal);
        }
        return page(model, token, email, new InvitedAccountForm("", "", false), FormErrors.none(), null);
    }

    /** Reached only when signed in: the sign-in page brings people back here, then to the invitation. */
    @GetMapping("/invitations/signin")
    String afterSignIn(@RequestParam String token) {
        return "redirect:/invitations/accept?token=" + UriUtils.encodeQueryParam(token, "UTF-8");
    }

    @PostMapping("/invitations/accept")
    String accept(
            @RequestParam(required = false) String token,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            String slug = accept.handle(token);
            Flash.success(redirect, "invitation.accepted");
            return "redirect:/processes/" + slug;
        } catch (RuleViolation refusal) {
            response.setStatus(Forms.UNPROCESSABLE);
            return page(model, token, null, new InvitedAccountForm("", "", false), FormErrors.none(), refusal);
        }
    }

    @PostMapping("/invitations/accept/new-account")
    String acceptWithNewAccount(
            @RequestParam(required = false) String token,
            @Valid @ModelAttribute("form") InvitedAccountForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        String email;
        try {
            email = accept.invitedAddress(token);
        } catch (RuleViolation refusal) {
            response.setStatus(Forms.UNPROCESSABLE);
            return page(model, token, null, form, FormErrors.none(), refusal);
        }
        if (Forms.attempt(result, response, () -> accept.withNewAccount(token, form))
                .isPresent()) {
            Flash.success(redirect, "invitation.acceptedNewAccount");
            return "redirect:/login?joined";
        }
        var blanked = new InvitedAccountForm(form.nickname(), "", form.acceptTerms());
        return page(model, token, email, blanked, FormErrors.of(result), null);
    }

    private String page(
            Model model,
            String token,
            String email,
            InvitedAccountForm form,
            FormErrors errors,
            RuleViolation refusal) {
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("email", email);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal == null ? null : View.t(refusal.messageKey(), refusal.args()));
        // signed in with another address than the invited one: offer to sign out and use the right account
        model.addAttribute("offerSignOut", refusal != null && "invitation.otherAddress".equals(refusal.messageKey()));
        return "processes/invitation";
    }
}
