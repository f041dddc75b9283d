package org.percorsi.proposals.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.proposals.ProposalKind;

/** What a phase lets people do with proposals; the defaults apply to phases never configured. */
public record PhaseParticipation(
        long phaseId,
        Set<ProposalKind> kinds,
        boolean supportsEnabled,
        Integer maxSupports,
        boolean commentsEnabled,
        VerificationLevel levelToCreate,
        VerificationLevel levelToSupport,
        VerificationLevel levelToComment) {

    public static PhaseParticipation defaults(long phaseId) {
        return new PhaseParticipation(
                phaseId,
                Set.of(ProposalKind.values()),
                true,
                null,
                true,
                VerificationLevel.EMAIL_CONFIRMED,
                VerificationLevel.EMAIL_CONFIRMED,
                VerificationLevel.EMAIL_CONFIRMED);
    }

    public String kindsColumn() {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public static Set<ProposalKind> parseKinds(String column) {
        // read before every support: a loop, not a stream
        var kinds = EnumSet.noneOf(ProposalKind.class);
        for (String name : column.split(",")) {
            if (!name.isBlank()) {
                kinds.add(ProposalKind.valueOf(name));
            }
        }
        return kinds;
    }
}
