package org.percorsi.proposals.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.percorsi.proposals.ProposalState;

/** The municipality's answer: the new state, always with a public motivation; a merge names the surviving proposal. */
public record AnswerForm(@NotNull ProposalState state, @NotBlank @Size(max = 20_000) String motivation, Long mergedInto) {
}
