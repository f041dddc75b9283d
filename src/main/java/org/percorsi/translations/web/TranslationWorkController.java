package org.percorsi.translations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PageResult;
import org.percorsi.translations.queries.TranslationQueries;
import org.percorsi.translations.queries.TranslationQueue;
import org.percorsi.translations.usecases.DraftByMachine;
import org.percorsi.translations.usecases.SaveTranslation;
import org.percorsi.translations.usecases.TranslationForm;
import org.percorsi.translations.usecases.TranslationRules;
import org.percorsi.translations.usecases.TranslationTarget;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The translators' back office: the queue of one language (texts without a translation, out of date or not yet
 * reviewed) and the side-by-side editor of one text (original on the left, translation on the right).
 */
@Controller
class TranslationWorkController {

    /** Its language is {@code ?language=}: {@code ?lang=} switches the interface's. */
    static final String QUEUE = "/admin/translations";
    /** One text of a process in one language: under the process, whose translators (and managers) it is for. */
    static final String EDIT = "/admin/processes/{processId}/translations/{lang}/{kind}/{subjectId}/{field}";

    static final String MACHINE = EDIT + "/machine-draft";

    private final TranslationRules rules;
    private final TranslationQueue queue;
    private final TranslationQueries queries;
    private final SaveTranslation save;
    private final DraftByMachine machine;

    TranslationWorkController(
            TranslationRules rules,
            TranslationQueue queue,
            TranslationQueries queries,
            SaveTranslation save,
            DraftByMachine machine) {
        this.rules = rules;
        this.queue = queue;
        this.queries = queries;
        this.save = save;
        this.machine = machine;
    }

    @GetMapping(QUEUE)
    String queue(
            @RequestParam(name = "language", required = false) String lang,
            @RequestParam(required = false) Long process,
            @RequestParam(required = false) Integer page,
            Model model) {
        rules.requireTranslatesAny();
        Language language = lang == null ? Language.ENGLISH : language(lang);
        var processes = rules.translatableProcesses();
        var chosen = process == null
                ? processes
                : processes.stream().filter(p -> p.id() == process).toList();
        model.addAttribute("language", language);
        model.addAttribute("languages", targets());
        model.addAttribute("processes", processes);
        model.addAttribute("process", process);
        model.addAttribute("items", queue.queue(chosen, language, PageResult.clampPage(page)));
        return "translations/queue";
    }

    @GetMapping(EDIT)
    String edit(
            @PathVariable long processId,
            @PathVariable String lang,
            @PathVariable String kind,
            @PathVariable long subjectId,
            @PathVariable String field,
            Model model) {
        var target = target(processId, kind, subjectId, field, lang);
        var existing = queries.translation(target.kind(), subjectId, field, target.language());
        String text = existing.map(t -> t.text()).orElse("");
        return editor(model, target, new TranslationForm(forEditing(target, text), false), FormErrors.none());
    }

    @PostMapping(EDIT)
    String save(
            @PathVariable long processId,
            @PathVariable String lang,
            @PathVariable String kind,
            @PathVariable long subjectId,
            @PathVariable String field,
            @ModelAttribute TranslationForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var target = target(processId, kind, subjectId, field, lang);
        if (Forms.attempt(result, response, () -> save.handle(target, form))) {
            Flash.success(redirect, form.reviewed() ? "translations.saved.reviewed" : "translations.saved.draft");
            return "redirect:" + editUrl(target);
        }
        return editor(model, target, form, FormErrors.of(result));
    }

    @PostMapping(MACHINE)
    String machineDraft(
            @PathVariable long processId,
            @PathVariable String lang,
            @PathVariable String kind,
            @PathVariable long subjectId,
            @PathVariable String field,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var target = target(processId, kind, subjectId, field, lang);
        return Forms.act(
                () -> machine.handle(target),
                response,
                redirect,
                "translations.machine.drafted",
                editUrl(target),
                refusal -> {
                    String text = queries.translation(target.kind(), subjectId, field, target.language())
                            .map(t -> t.text())
                            .orElse("");
                    return editor(
                            model,
                            target,
                            new TranslationForm(forEditing(target, text), false),
                            FormErrors.of(refusal));
                });
    }

    private String editor(Model model, TranslationTarget target, TranslationForm form, FormErrors errors) {
        // the page shows the source: asked here, as the form may come back before its use case ran
        rules.requireCanTranslate(target.processId());
        var source = queue.text(target.processId(), target.kind(), target.subjectId(), target.field())
                .orElseThrow(() -> new NotFoundException("no such text"));
        var existing = queries.translation(target.kind(), target.subjectId(), target.field(), target.language());
        model.addAttribute("target", target);
        model.addAttribute("source", source);
        model.addAttribute("existing", existing.orElse(null));
        model.addAttribute(
                "outOfDate",
                existing.map(t -> !t.fingerprint().equals(source.source().fingerprint()))
                        .orElse(false));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("machineAvailable", machine.available());
        model.addAttribute("action", editUrl(target));
        model.addAttribute("machineAction", url(MACHINE, target));
        model.addAttribute("queueUrl", QUEUE + "?language=" + target.language().tag());
        return "translations/edit";
    }

    private static String forEditing(TranslationTarget target, String text) {
        return text.contains("<") ? RichText.forEditing(text) : text;
    }

    static String editUrl(TranslationTarget target) {
        return url(EDIT, target);
    }

    private static String url(String path, TranslationTarget target) {
        return UriComponentsBuilder.fromPath(path)
                .buildAndExpand(
                        target.processId(),
                        target.language().tag(),
                        target.kind().name(),
                        target.subjectId(),
                        target.field())
                .encode()
                .toUriString();
    }

    private static TranslationTarget target(long process, String kind, long id, String field, String lang) {
        ContentKind parsed = Arrays.stream(ContentKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("kind " + kind));
        return new TranslationTarget(process, parsed, id, field, language(lang));
    }

    private static Language language(String tag) {
        return Language.ofTag(tag).orElseThrow(() -> new NotFoundException("language " + tag));
    }

    /** The languages translated into: all but Italian, the language the municipality writes in. */
    static List<Language> targets() {
        return Arrays.stream(Language.values())
                .filter(l -> l != Language.ITALIAN)
                .toList();
    }
}
