package org.percorsi.stakeholders.usecases;

import java.util.Map;

/**
 * The attendance of a session: for each member organisation (by id) one choice, {@code ABSENT}, {@code PRESENT},
 * {@code PRESENT:<representative id>} or {@code SUBSTITUTE:<representative id>}, as the grid's selects send it.
 */
public record AttendanceForm(Map<Long, String> choices) {}
