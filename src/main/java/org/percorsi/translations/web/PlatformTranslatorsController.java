package org.percorsi.translations.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.translations.queries.TranslationQueries;
import org.percorsi.translations.usecases.AppointPlatformTranslator;
import org.percorsi.translations.usecases.RemovePlatformTranslator;
import org.percorsi.translations.usecases.TranslationRules;
import org.percorsi.translations.usecases.TranslatorForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators name the translators of the whole platform (a process's own are named on its team page). */
@Controller
class PlatformTranslatorsController {

    static final String PATH = "/admin/translations/translators";

    private final TranslationRules rules;
    private final TranslationQueries queries;
    private final AppointPlatformTranslator appoint;
    private final RemovePlatformTranslator remove;

    PlatformTranslatorsController(
            TranslationRules rules,
            TranslationQueries queries,
            AppointPlatformTranslator appoint,
            RemovePlatformTranslator remove) {
        this.rules = rules;
        this.queries = queries;
        this.appoint = appoint;
        this.remove = remove;
    }

    @GetMapping(PATH)
    String page(Model model) {
        rules.requireCanNameTranslators();
        return render(model, new TranslatorForm(""), FormErrors.none());
    }

    @PostMapping(PATH)
    String appoint(
            @ModelAttribute TranslatorForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> appoint.handle(form))) {
            Flash.success(redirect, "translations.translators.appointed");
            return "redirect:" + PATH;
        }
        return render(model, form, FormErrors.of(result));
    }

    @PostMapping(PATH + "/{accountId}/remove")
    String remove(
            @PathVariable long accountId, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                () -> remove.handle(accountId),
                response,
                redirect,
                "translations.translators.removed",
                PATH,
                refusal -> render(model, new TranslatorForm(""), FormErrors.of(refusal)));
    }

    private String render(Model model, TranslatorForm form, FormErrors errors) {
        model.addAttribute("translators", queries.platformTranslators());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "translations/translators";
    }
}
