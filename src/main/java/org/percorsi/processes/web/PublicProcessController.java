package org.percorsi.processes.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.PhaseView;
import org.percorsi.processes.ProcessDocuments;
import org.percorsi.processes.ProcessFilter;
import org.percorsi.processes.ProcessMeetings;
import org.percorsi.processes.ProcessPage;
import org.percorsi.processes.ProcessSections;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.ContentTranslations;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PageResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of processes and the page of each process. */
@Controller
class PublicProcessController {

    static final int PAGE_SIZE = 12;

    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final List<ProcessMeetings> meetings; // none when the meetings module is absent
    private final List<ProcessDocuments> documents; // none when the documents module is absent
    private final List<ProcessSections>
            sections; // sections of other modules (outreach, the regional dossier), in their order
    private final ContentTranslations translations;

    PublicProcessController(
            ProcessesApi processes,
            OrganisationApi organisation,
            List<ProcessMeetings> meetings,
            List<ProcessDocuments> documents,
            List<ProcessSections> sections,
            ObjectProvider<ContentTranslations> translations) {
        this.translations = translations.getIfAvailable(() -> ContentTranslations.ORIGINALS);
        this.processes = processes;
        this.organisation = organisation;
        this.meetings = meetings;
        this.documents = documents;
        this.sections = sections;
    }

    @GetMapping("/processes")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long theme,
            @RequestParam(required = false) Long scope,
            @RequestParam(required = false) Integer page,
            Model model) {
        ProcessStatus statusFilter = parseStatus(status);
        List<Long> scopes = scope == null ? List.of() : organisation.scopeWithDescendants(scope);
        if (scope != null && scopes.isEmpty()) {
            scopes = List.of(-1L); // an unknown scope matches nothing rather than everything
        }
        var result = processes.publicList(
                new ProcessFilter(statusFilter, theme, scopes, PageResult.clampPage(page), PAGE_SIZE));
        Set<Long> themeIds = new HashSet<>();
        result.items().forEach(p -> themeIds.addAll(p.themeIds()));
        model.addAttribute("result", result);
        model.addAttribute(
                "texts",
                translations.showAll(result.items().stream()
                        .flatMap(p -> Stream.of(
                                ContentSource.plain(ContentKind.PROCESS, p.id(), "title", p.title()),
                                ContentSource.plain(
                                        ContentKind.PROCESS, p.id(), "shortDescription", p.shortDescription())))
                        .toList()));
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("theme", theme);
        model.addAttribute("scope", scope);
        model.addAttribute("themeTree", organisation.themeTree());
        model.addAttribute("scopeTree", organisation.scopeTree());
        model.addAttribute("themeNames", organisation.themesById(themeIds));
        return "processes/list";
    }

    @GetMapping("/processes/{slug}")
    String show(@PathVariable String slug, Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        model.addAttribute("process", process);
        var listedDocuments =
                documents.stream().flatMap(d -> d.of(process.id()).stream()).toList();
        var shown = texts(process);
        listedDocuments.forEach(d -> shown.add(d.titleSource()));
        model.addAttribute("texts", translations.showAll(shown));
        model.addAttribute(
                "themes",
                organisation.themesById(process.themeIds()).values().stream().toList());
        model.addAttribute(
                "scopes",
                organisation.scopesById(process.scopeIds()).values().stream().toList());
        model.addAttribute("organisation", organisation.info());
        model.addAttribute(
                "meetings",
                meetings.stream()
                        .flatMap(m -> m.upcoming(process.id(), 5).stream())
                        .toList());
        model.addAttribute("documents", listedDocuments);
        model.addAttribute(
                "sections",
                sections.stream()
                        .flatMap(s -> s.sectionOf(process.id()).stream())
                        .toList());
        return "processes/show";
    }

    /** What the page shows in the visitor's language: the process's texts, its easy-read and its phases'. */
    private List<ContentSource> texts(ProcessPage process) {
        List<ContentSource> texts = new ArrayList<>();
        texts.add(ContentSource.plain(ContentKind.PROCESS, process.id(), "title", process.title()));
        texts.add(
                ContentSource.plain(ContentKind.PROCESS, process.id(), "shortDescription", process.shortDescription()));
        texts.add(ContentSource.plain(
                ContentKind.PROCESS,
                process.id(),
                "easyRead",
                processes.easyRead(process.id()).orElse("")));
        texts.add(ContentSource.rich(ContentKind.PROCESS, process.id(), "description", process.descriptionHtml()));
        for (PhaseView phase : process.phases()) {
            texts.add(ContentSource.plain(ContentKind.PHASE, phase.id(), "title", phase.title()));
            texts.add(ContentSource.rich(ContentKind.PHASE, phase.id(), "description", phase.descriptionHtml()));
        }
        return texts;
    }

    private static ProcessStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            ProcessStatus parsed = ProcessStatus.valueOf(status);
            return parsed.isPublic() ? parsed : null;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
