package org.percorsi.programming.usecases;

import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.CycleStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator opens a programming cycle, e.g. "DUP 2022/2024"; its tree comes from imports. */
@Service
public class CreateCycle {

    private final CycleStore cycles;
    private final ProgrammingPermissions permissions;

    CreateCycle(CycleStore cycles, ProgrammingPermissions permissions) {
        this.cycles = cycles;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(String title, String description) {
        permissions.requireAdministrator();
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "NotBlank");
        }
        if (title.strip().length() > 200) {
            throw new RuleViolation("title", "Size", 0, 200);
        }
        if (cycles.titleTaken(title.strip())) {
            throw new RuleViolation("title", "programming.cycle.exists");
        }
        return cycles.insert(title.strip(), description == null || description.isBlank() ? null : description.strip());
    }
}
