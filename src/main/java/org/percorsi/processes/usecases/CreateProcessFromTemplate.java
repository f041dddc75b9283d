package org.percorsi.processes.usecases;

import java.time.LocalDate;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.Phase;
import org.percorsi.processes.domain.PhaseRepository;
import org.percorsi.processes.domain.Process;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.processes.domain.ProcessTemplate;
import org.percorsi.processes.domain.ProcessTemplateRepository;
import org.percorsi.processes.domain.TemplatePhase;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager starts a new draft process from a template, keeping the phases they
 * tick. With a start date, phases follow one another using the template's lengths.
 */
@Service
public class CreateProcessFromTemplate {

    private final ProcessTemplateRepository templates;
    private final ProcessRepository processes;
    private final PhaseRepository phases;
    private final ProcessDetails details;
    private final ProcessPermissions permissions;

    CreateProcessFromTemplate(
            ProcessTemplateRepository templates,
            ProcessRepository processes,
            PhaseRepository phases,
            ProcessDetails details,
            ProcessPermissions permissions) {
        this.details = details;
        this.templates = templates;
        this.processes = processes;
        this.phases = phases;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(FromTemplateForm form) {
        permissions.requireCanCreate();
        ProcessTemplate template = templates
                .findById(form.templateId())
                .orElseThrow(() -> new RuleViolation("templateId", "template.unknown"));
        var templatePhases = template.getPhases();
        if (form.phases().stream().anyMatch(i -> i == null || i < 0 || i >= templatePhases.size())) {
            throw new RuleViolation("phases", "template.phases.unknown");
        }
        String slug = details.slugFor(form.slug(), form.title(), null);
        Process process = processes.save(Process.draft(
                slug, form.title().strip(), form.shortDescription().strip()));

        LocalDate next = form.startDate();
        int position = 0;
        for (int i = 0; i < templatePhases.size(); i++) {
            if (!form.phases().contains(i)) {
                continue;
            }
            TemplatePhase tp = templatePhases.get(i);
            LocalDate start = null;
            LocalDate end = null;
            if (next != null && tp.durationDays() != null) {
                start = next;
                end = start.plusDays(tp.durationDays() - 1L);
                next = end.plusDays(1);
            } else {
                next = null; // an undated phase leaves the following ones undated too
            }
            phases.save(new Phase(
                    process.getId(),
                    position++,
                    tp.type(),
                    tp.title(),
                    RichText.sanitize(tp.description()),
                    start,
                    end,
                    tp.expectedOutputs(),
                    tp.tools()));
        }
        return process.getId();
    }
}
