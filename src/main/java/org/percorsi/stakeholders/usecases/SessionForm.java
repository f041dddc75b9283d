package org.percorsi.stakeholders.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session of the negotiation table: its title, its date (taken from the meeting when one is chosen and the date
 * is left empty), the meeting of the process it is held as, and its agenda (plain text, one point a line).
 */
public record SessionForm(
        String title,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        Long meetingId,
        String agenda) {}
