package org.percorsi.processes.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Starting a process from a template: its title and summary, which of the
 * template's phases to keep (by position) and, optionally, the date the first
 * phase starts, from which the phases are dated one after the other.
 */
public record FromTemplateForm(
        @NotNull Long templateId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 120) String slug,
        @NotBlank @Size(max = 500) String shortDescription,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @NotEmpty List<Integer> phases) {}
