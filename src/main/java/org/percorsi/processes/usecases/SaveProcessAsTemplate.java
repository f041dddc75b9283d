package org.percorsi.processes.usecases;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.Phase;
import org.percorsi.processes.domain.PhaseRepository;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.processes.domain.ProcessTemplate;
import org.percorsi.processes.domain.ProcessTemplateRepository;
import org.percorsi.processes.domain.TemplatePhase;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager saves the structure of a process (its phases, their types, outputs,
 * tools and lengths) as a template, so that the method can be reused.
 */
@Service
public class SaveProcessAsTemplate {

    private final ProcessRepository processes;
    private final PhaseRepository phases;
    private final ProcessTemplateRepository templates;
    private final ProcessPermissions permissions;

    SaveProcessAsTemplate(
            ProcessRepository processes,
            PhaseRepository phases,
            ProcessTemplateRepository templates,
            ProcessPermissions permissions) {
        this.processes = processes;
        this.phases = phases;
        this.templates = templates;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(long processId, TemplateForm form) {
        permissions.requireCanManage(processId);
        permissions.requireCanCreate();
        if (!processes.existsById(processId)) {
            throw new NotFoundException("process " + processId);
        }
        List<Phase> list = phases.findByProcessIdOrdered(processId);
        if (list.isEmpty()) {
            throw RuleViolation.global("template.fromProcess.noPhases");
        }
        String name = form.name().strip();
        if (templates.nameTaken(name, null)) {
            throw new RuleViolation("name", "template.nameTaken");
        }
        List<TemplatePhase> structure = list.stream()
                .map(p -> new TemplatePhase(
                        p.getType(),
                        p.getTitle(),
                        RichText.plainText(p.getDescriptionHtml()),
                        p.getExpectedOutputs(),
                        p.getTools(),
                        p.isDated() ? (int) ChronoUnit.DAYS.between(p.getStartDate(), p.getEndDate()) + 1 : null))
                .toList();
        String description =
                form.description() == null ? "" : form.description().strip();
        return templates.save(new ProcessTemplate(name, description, structure)).getId();
    }
}
