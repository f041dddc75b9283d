package org.percorsi.meetings;

import java.time.Instant;

/** A person's registration to a meeting still to come, with where they stand (a seat or the waiting list). */
public record UpcomingRegistration(
        long meetingId, String title, Instant startsAt, Instant endsAt, RegistrationStatus status) {}
