package org.percorsi.api.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.api.queries.ApiTokenQueries;
import org.percorsi.api.usecases.ApiTokenForm;
import org.percorsi.api.usecases.CreateApiToken;
import org.percorsi.api.usecases.RevokeApiToken;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's API tokens, on a page of their account: created with a name (the token shown on the answer to the
 * form, once, never again) and revoked. The use cases check who is signed in.
 */
@Controller
class ApiTokensController {

    private static final String PAGE = "/account/api-tokens";

    private final ApiTokenQueries tokens;
    private final CreateApiToken create;
    private final RevokeApiToken revoke;

    ApiTokensController(ApiTokenQueries tokens, CreateApiToken create, RevokeApiToken revoke) {
        this.tokens = tokens;
        this.create = create;
        this.revoke = revoke;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        return render(model, ApiTokenForm.empty(), FormErrors.none(), null);
    }

    @PostMapping(PAGE)
    String create(@ModelAttribute ApiTokenForm form, HttpServletResponse response, Model model) {
        try {
            String token = create.handle(form);
            // shown on this answer only: not kept anywhere, not cached by the browser
            response.setHeader("Cache-Control", "no-store");
            return render(model, ApiTokenForm.empty(), FormErrors.none(), token);
        } catch (RuleViolation refusal) {
            response.setStatus(Forms.UNPROCESSABLE);
            return render(model, form, FormErrors.of(refusal), null);
        }
    }

    @PostMapping(PAGE + "/{id}/revoke")
    String revoke(@PathVariable long id, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return Forms.act(
                () -> revoke.handle(id),
                response,
                redirect,
                "api.tokens.revoked",
                PAGE,
                refusal -> render(model, ApiTokenForm.empty(), FormErrors.of(refusal), null));
    }

    private String render(Model model, ApiTokenForm form, FormErrors errors, String newToken) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("newToken", newToken);
        return "api/tokens";
    }
}
