package org.percorsi.processes.domain;

import org.percorsi.processes.PhaseType;
import org.springframework.data.relational.core.mapping.Table;

/** One phase of a template; its order is its place in the template's list. */
@Table("template_phase")
public record TemplatePhase(
        PhaseType type, String title, String description, String expectedOutputs, String tools, Integer durationDays) {}
