package org.percorsi.harvest.usecases;

import org.percorsi.harvest.HarvestGroupKind;

/** A table with its host, a metaplan cluster, a theme, or an interviewee profile with how many people. */
public record HarvestGroupForm(HarvestGroupKind kind, String label, String host, Integer people) {}
