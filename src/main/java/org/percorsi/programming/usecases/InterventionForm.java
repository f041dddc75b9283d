package org.percorsi.programming.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.percorsi.programming.InterventionStatus;

/** An intervention's sheet as the office writes it (seed 001's project sheets). */
public record InterventionForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20_000) String summary,
        @Size(max = 20_000) String objectives,
        @Size(max = 300) String responsibleOffice,
        @Size(max = 1000) String partners,
        @NotNull InterventionStatus status,
        List<Long> scopeIds) {}
