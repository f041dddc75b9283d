package org.percorsi.processes.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.percorsi.processes.PhaseType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A phase of a process. Dates may be left empty while a process is being designed;
 * a reserved phase is seen only by the members of the reserved area.
 */
public record PhaseForm(
        @NotNull PhaseType type,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20_000) String description,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @Size(max = 5000) String expectedOutputs,
        @Size(max = 5000) String tools,
        Boolean reserved) {

    /** An unticked checkbox sends nothing: absent means not reserved. */
    public boolean isReserved() {
        return Boolean.TRUE.equals(reserved);
    }

    public static PhaseForm empty() {
        return new PhaseForm(PhaseType.SHARING, "", "", null, null, "", "", false);
    }
}
