package org.percorsi.proposals.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.percorsi.proposals.ProposalKind;

/** A need, idea or proposal as a participant writes it. */
public record ProposalForm(
        @NotNull ProposalKind kind,
        @NotBlank @Size(min = 5, max = 150) String title,
        @NotBlank @Size(max = 20_000) String body,
        Long themeId,
        Long scopeId,
        @Size(max = 200) String onBehalfOf,
        @Size(max = 300) String paperSource,
        @Size(max = 5) java.util.List<org.springframework.web.multipart.MultipartFile> attachments,
        @Size(max = 200) String place,
        @jakarta.validation.constraints.DecimalMin("-90") @jakarta.validation.constraints.DecimalMax("90") java.math.BigDecimal latitude,
        @jakarta.validation.constraints.DecimalMin("-180") @jakarta.validation.constraints.DecimalMax("180") java.math.BigDecimal longitude,
        Long originMeetingId) {

    /** A proposal that names no meeting it came from. */
    public ProposalForm(ProposalKind kind, String title, String body, Long themeId, Long scopeId, String onBehalfOf,
            String paperSource, java.util.List<org.springframework.web.multipart.MultipartFile> attachments, String place,
            java.math.BigDecimal latitude, java.math.BigDecimal longitude) {
        this(kind, title, body, themeId, scopeId, onBehalfOf, paperSource, attachments, place, latitude, longitude, null);
    }

    /** A proposal a facilitator types in from paper (a workshop's sheet, a letter): its source is noted. */
    public boolean fromPaper() {
        return paperSource != null && !paperSource.isBlank();
    }
}
