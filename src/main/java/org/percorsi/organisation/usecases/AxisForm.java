package org.percorsi.organisation.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AxisForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description) {}
