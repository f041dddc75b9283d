package org.percorsi.organisation.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.percorsi.organisation.ScopeKind;

/** A territorial scope; no parent means a top-level scope (usually the municipality). */
public record ScopeForm(
        Long parentId,
        @NotBlank @Size(max = 200) String name,
        @NotNull ScopeKind kind) {}
