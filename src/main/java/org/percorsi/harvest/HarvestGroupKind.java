package org.percorsi.harvest;

/** What gathers a meeting's items: a table (with its host), a metaplan cluster, a theme, an interviewee profile. */
public enum HarvestGroupKind {
    TABLE,
    CLUSTER,
    THEME,
    PROFILE
}
