package org.percorsi.meetings.usecases;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.percorsi.meetings.MeetingFormat;

/**
 * A meeting as the participation office describes it; times are local to Rome. {@code alreadyHeld} confirms
 * a start in the past (a meeting being recorded after it took place), without which such a start is refused.
 */
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
        @Size(max = 2000) String questions,
        Boolean alreadyHeld) {

    /** A meeting ahead (the usual case): a start in the past is not confirmed. */
    public MeetingForm(
            String title,
            MeetingFormat format,
            Long phaseId,
            Long themeId,
            Long scopeId,
            String description,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String address,
            String room,
            String accessibilityNotes,
            String onlineUrl,
            BigDecimal latitude,
            BigDecimal longitude,
            String audience,
            String agenda,
            String facilitators,
            Boolean reserved,
            Boolean registrationEnabled,
            Integer capacity,
            Boolean waitingList,
            LocalDateTime registrationClosesAt,
            String questions) {
        this(
                title,
                format,
                phaseId,
                themeId,
                scopeId,
                description,
                startsAt,
                endsAt,
                address,
                room,
                accessibilityNotes,
                onlineUrl,
                latitude,
                longitude,
                audience,
                agenda,
                facilitators,
                reserved,
                registrationEnabled,
                capacity,
                waitingList,
                registrationClosesAt,
                questions,
                false);
    }

    public static MeetingForm blank() {
        return new MeetingForm(
                "",
                MeetingFormat.THEMATIC_WORKSHOP,
                null,
                null,
                null,
                "",
                null,
                null,
                "",
                "",
                "",
                "",
                null,
                null,
                "",
                "",
                "",
                false,
                false,
                null,
                true,
                null,
                "");
    }

    /** The same meeting, confirmed as having already taken place. */
    public MeetingForm heldAlready() {
        return new MeetingForm(
                title,
                format,
                phaseId,
                themeId,
                scopeId,
                description,
                startsAt,
                endsAt,
                address,
                room,
                accessibilityNotes,
                onlineUrl,
                latitude,
                longitude,
                audience,
                agenda,
                facilitators,
                reserved,
                registrationEnabled,
                capacity,
                waitingList,
                registrationClosesAt,
                questions,
                true);
    }

    /** The questions asked to registrants, one per line. */
    public List<String> questionList() {
        return questions == null
                ? List.of()
                : questions.lines().map(String::strip).filter(q -> !q.isEmpty()).toList();
    }
}
