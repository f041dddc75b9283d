package org.percorsi.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.accounts.queries.AccountQueries;
import org.percorsi.accounts.usecases.ModerateAccount;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: accounts, and blocking, verifying or anonymising one. */
@Controller
class AdminAccountsController {

    private final AccountQueries queries;
    private final ModerateAccount moderate;

    AdminAccountsController(AccountQueries queries, ModerateAccount moderate) {
        this.queries = queries;
        this.moderate = moderate;
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        Caller.requireAdmin();
        return page(model, q, page, null);
    }

    @PostMapping("/admin/accounts/{id}/block")
    String block(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(() -> moderate.block(id, true), "admin.accounts.blocked", response, model, redirect);
    }

    @PostMapping("/admin/accounts/{id}/unblock")
    String unblock(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(() -> moderate.block(id, false), "admin.accounts.unblocked", response, model, redirect);
    }

    @PostMapping("/admin/accounts/{id}/verify")
    String verify(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(() -> moderate.verifyAsResident(id), "admin.accounts.verified", response, model, redirect);
    }

    @PostMapping("/admin/accounts/{id}/anonymise")
    String anonymise(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(() -> moderate.anonymise(id), "admin.accounts.anonymised", response, model, redirect);
    }

    private String act(
            Runnable action, String doneKey, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                action,
                response,
                redirect,
                doneKey,
                "/admin/accounts",
                refusal -> page(model, null, 1, refusal.messageKey()));
    }

    private String page(Model model, String q, Integer page, String refusal) {
        model.addAttribute("result", queries.list(q, PageResult.clampPage(page)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("refusal", refusal);
        return "accounts/admin/accounts";
    }
}
