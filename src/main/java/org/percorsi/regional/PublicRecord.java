package org.percorsi.regional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the public may read of a dossier: the call, the ente, the formal start and public address, the end with its
 * extensions, the amounts and the co-funding share, the funder's mention. No person's name is copied here.
 */
public record PublicRecord(
        String callTitle,
        String ente,
        LocalDate startDate,
        String publicUrl,
        int durationMonths,
        LocalDate endDate,
        List<Dossier.Extension> extensions,
        BigDecimal contributionRequested,
        BigDecimal contributionGranted,
        Dossier.Funding funding,
        BigDecimal ownSharePercent,
        boolean showMention,
        String funderMention,
        UUID funderLogoId,
        String funderLogoAlt) {

    public static PublicRecord of(Dossier d) {
        var call = d.call();
        return new PublicRecord(
                call.title(),
                d.ente(),
                d.started() ? d.start().date() : null,
                d.started() ? d.start().publicUrl() : null,
                call.maxDurationMonths(),
                d.endDate(),
                d.extensions(),
                d.contributionRequested(),
                d.contributionGranted(),
                d.funding(),
                d.ownSharePercent().orElse(null),
                call.requiresFunderMention() && call.funderMention() != null,
                call.funderMention(),
                call.funderLogoId(),
                call.funderLogoAlt());
    }
}
