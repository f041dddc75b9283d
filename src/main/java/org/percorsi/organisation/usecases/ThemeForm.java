package org.percorsi.organisation.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ThemeForm(
        @NotNull Long axisId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description) {}
