package org.percorsi.meetings.usecases;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.percorsi.meetings.MeetingFormat;

/** A meeting as the participation office describes it; times are local to Rome. */
public record MeetingForm(
        @NotBlank @Size(max = 200) String title,
        @NotNull MeetingFormat format,
        Long phaseId,
        Long themeId,
        Long scopeId,
        @Size(max = 20_000) String description,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @Size(max = 300) String address,
        @Size(max = 200) String room,
        @Size(max = 1000) String accessibilityNotes,
        @Size(max = 500) String onlineUrl,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Size(max = 300) String audience,
        @Size(max = 20_000) String agenda,
        @Size(max = 500) String facilitators,
        Boolean reserved,
        Boolean registrationEnabled,
        @Positive Integer capacity,
        Boolean waitingList,
        LocalDateTime registrationClosesAt,
        @Size(max = 2000) String questions) {

    public static MeetingForm blank() {
        return new MeetingForm("", MeetingFormat.THEMATIC_WORKSHOP, null, null, null, "", null, null, "", "", "", "",
                null, null, "", "", "", false, false, null, true, null, "");
    }

    /** The questions asked to registrants, one per line. */
    public java.util.List<String> questionList() {
        return questions == null ? java.util.List.of()
                : questions.lines().map(String::strip).filter(q -> !q.isEmpty()).toList();
    }
}
