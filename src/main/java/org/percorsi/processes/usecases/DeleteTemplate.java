package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.ProcessTemplateRepository;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator deletes a template. Processes started from it keep their phases. */
@Service
public class DeleteTemplate {

    private final ProcessTemplateRepository templates;
    private final ProcessPermissions permissions;

    DeleteTemplate(ProcessTemplateRepository templates, ProcessPermissions permissions) {
        this.templates = templates;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long id) {
        permissions.requireCanCreate();
        if (!templates.existsById(id)) {
            throw new NotFoundException("template " + id);
        }
        templates.deleteById(id);
    }
}
