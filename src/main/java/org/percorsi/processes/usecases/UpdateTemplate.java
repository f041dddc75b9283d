package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.ProcessTemplateRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator renames a template or rewrites its description. */
@Service
public class UpdateTemplate {

    private final ProcessTemplateRepository templates;
    private final ProcessPermissions permissions;

    UpdateTemplate(ProcessTemplateRepository templates, ProcessPermissions permissions) {
        this.templates = templates;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long id, TemplateForm form) {
        permissions.requireCanCreate();
        var template = templates.findById(id).orElseThrow(() -> new NotFoundException("template " + id));
        String name = form.name().strip();
        if (templates.nameTaken(name, id)) {
            throw new RuleViolation("name", "template.nameTaken");
        }
        template.rename(
                name, form.description() == null ? "" : form.description().strip());
        templates.save(template);
    }
}
