package org.percorsi.web;

import java.time.LocalDate;
import java.time.LocalTime;

/** A date on the home page: a phase that starts or ends, or a meeting (with its time and page). */
public record HomeDate(
        LocalDate day, LocalTime time, String what, String href, String processSlug, String processTitle) {}
