package org.percorsi.stakeholders.web;

import java.util.List;
import org.percorsi.shared.web.Option;

/** A line of a session's attendance grid: the organisation's select (its name), its options, the choice shown. */
public record AttendanceGridLine(String field, String organisation, List<Option> options, String selected) {}
