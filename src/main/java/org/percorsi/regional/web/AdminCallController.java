package org.percorsi.regional.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.regional.queries.CallQueries;
import org.percorsi.regional.usecases.CallForm;
import org.percorsi.regional.usecases.EditCall;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The regional calls in the back office: the list and each call's rules, edited by administrators. */
@Controller
class AdminCallController {

    static final String BASE = "/admin/regional/calls";

    private final ProcessPermissions permissions;
    private final CallQueries calls;
    private final EditCall edit;

    AdminCallController(ProcessPermissions permissions, CallQueries calls, EditCall edit) {
        this.permissions = permissions;
        this.calls = calls;
        this.edit = edit;
    }

    @GetMapping(BASE)
    String list(Model model) {
        requireAdmin();
        model.addAttribute("calls", calls.all());
        return "regional/admin/calls";
    }

    @GetMapping(BASE + "/{callId}")
    String show(@PathVariable long callId, Model model) {
        requireAdmin();
        var call = calls.byId(callId).orElseThrow(() -> new NotFoundException("call " + callId));
        return page(model, callId, CallForm.of(call), FormErrors.none());
    }

    @PostMapping(BASE + "/{callId}")
    String save(
            @PathVariable long callId,
            @ModelAttribute CallForm form,
            BindingResult result,
            @RequestParam(required = false) MultipartFile logo,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> {
            edit.handle(callId, form, logo);
        })) {
            Flash.success(redirect, "regional.call.saved");
            return "redirect:" + BASE + "/" + callId;
        }
        requireAdmin();
        calls.byId(callId).orElseThrow(() -> new NotFoundException("call " + callId));
        return page(model, callId, form, FormErrors.of(result));
    }

    private String page(Model model, long callId, CallForm form, FormErrors errors) {
        model.addAttribute("call", calls.byId(callId).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "regional/admin/call";
    }

    private void requireAdmin() {
        if (!permissions.isAdmin()) {
            throw new AccessDeniedException("Administrators only");
        }
    }
}
