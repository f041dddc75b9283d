package org.percorsi.proposals.usecases;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.proposals.ProposalKind;

/** What a phase lets people do with proposals. Unticked boxes send nothing: absent means off. */
public record ParticipationForm(
        List<ProposalKind> kinds,
        Boolean supportsEnabled,
        @Min(1) Integer maxSupports,
        Boolean commentsEnabled,
        @NotNull VerificationLevel levelToCreate,
        @NotNull VerificationLevel levelToSupport,
        @NotNull VerificationLevel levelToComment) {}
