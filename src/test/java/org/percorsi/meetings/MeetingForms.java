package org.percorsi.meetings;

import java.time.LocalDateTime;
import org.percorsi.meetings.usecases.MeetingForm;

/**
 * Meeting forms for tests, with what most tests leave as the participation office would: two hours long, in
 * the "Sala civica", public, without registration. Each test names only what it is about.
 */
public final class MeetingForms {

    private String title;
    private MeetingFormat format;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String description = "";
    private String address = "Sala civica";
    private String audience = "";
    private boolean reserved;
    private boolean registrationEnabled;
    private Integer capacity;
    private boolean waitingList = true;
    private LocalDateTime registrationClosesAt;
    private String questions = "";
    private boolean alreadyHeld;

    private MeetingForms() {}

    /** A meeting of two hours from {@code startsAt}. */
    public static MeetingForms meeting(String title, MeetingFormat format, LocalDateTime startsAt) {
        var form = new MeetingForms();
        form.title = title;
        form.format = format;
        form.startsAt = startsAt;
        form.endsAt = startsAt.plusHours(2);
        return form;
    }

    public MeetingForms endingAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
        return this;
    }

    public MeetingForms description(String description) {
        this.description = description;
        return this;
    }

    public MeetingForms at(String address) {
        this.address = address;
        return this;
    }

    public MeetingForms forAudience(String audience) {
        this.audience = audience;
        return this;
    }

    public MeetingForms reserved(boolean reserved) {
        this.reserved = reserved;
        return this;
    }

    /** Registration open, with so many seats ({@code null}: no limit). */
    public MeetingForms registration(Integer capacity) {
        this.registrationEnabled = true;
        this.capacity = capacity;
        return this;
    }

    public MeetingForms askingRegistrants(String questions) {
        this.questions = questions;
        return this;
    }

    /** Confirms a start in the past: a meeting recorded after it took place. */
    public MeetingForms alreadyHeld() {
        this.alreadyHeld = true;
        return this;
    }

    public MeetingForm form() {
        return new MeetingForm(
                title,
                format,
                null,
                null,
                null,
                description,
                startsAt,
                endsAt,
                address,
                "",
                "",
                "",
                null,
                null,
                audience,
                "",
                "",
                reserved,
                registrationEnabled,
                capacity,
                waitingList,
                registrationClosesAt,
                questions,
                alreadyHeld);
    }
}
