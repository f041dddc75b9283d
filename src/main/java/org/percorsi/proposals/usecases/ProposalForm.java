package org.percorsi.proposals.usecases;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.percorsi.proposals.ProposalKind;
import org.springframework.web.multipart.MultipartFile;

/** A need, idea or proposal as a participant writes it. */
public record ProposalForm(
        @NotNull ProposalKind kind,
        @NotBlank @Size(min = 5, max = 150) String title,
        @NotBlank @Size(max = 20_000) String body,
        Long themeId,
        Long scopeId,
        @Size(max = 200) String onBehalfOf,
        @Size(max = 300) String paperSource,
        @Size(max = 5) List<MultipartFile> attachments,
        @Size(max = 200) String place,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        Long originMeetingId) {

    /** A proposal that names no meeting it came from. */
    public ProposalForm(
            ProposalKind kind,
            String title,
            String body,
            Long themeId,
            Long scopeId,
            String onBehalfOf,
            String paperSource,
            List<MultipartFile> attachments,
            String place,
            BigDecimal latitude,
            BigDecimal longitude) {
        this(
                kind,
                title,
                body,
                themeId,
                scopeId,
                onBehalfOf,
                paperSource,
                attachments,
                place,
                latitude,
                longitude,
                null);
    }

    /** A proposal a facilitator types in from paper (a workshop's sheet, a letter): its source is noted. */
    public boolean fromPaper() {
        return paperSource != null && !paperSource.isBlank();
    }
}
