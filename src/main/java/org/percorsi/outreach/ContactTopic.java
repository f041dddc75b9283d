package org.percorsi.outreach;

/** What people asked about at an info point: a fixed list, so that a count can never carry a name. */
public enum ContactTopic {
    SERVICES,
    DOCUMENTS,
    HOUSING,
    WORK,
    SCHOOL,
    HEALTH,
    LANGUAGE_COURSES,
    ASSOCIATIONS,
    PROCESS,
    OTHER
}
