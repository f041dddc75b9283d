package org.percorsi.processes.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Name and description of a template (also used when saving a process as a template). */
public record TemplateForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 5000) String description) {}
