package org.percorsi.proposals;

import java.time.LocalDate;

/** The act that decided an answer (a Giunta resolution, a manager's determination): type, number, date, and its text online. */
public record Act(String type, String number, LocalDate date, String url) {}
