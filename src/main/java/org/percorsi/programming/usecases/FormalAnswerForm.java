package org.percorsi.programming.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.percorsi.programming.FormalDecision;

/** The formal answer as a manager records it: decision, motivation, the act that decided it, the objective it enters. */
public record FormalAnswerForm(
        @NotNull FormalDecision decision,
        @Size(max = 10_000) String motivation,
        @NotBlank @Size(max = 40) String actType,
        @NotBlank @Size(max = 40) String actNumber,
        @NotNull LocalDate actDate,
        @Size(max = 500) String actUrl,
        Long nodeId) {
}
