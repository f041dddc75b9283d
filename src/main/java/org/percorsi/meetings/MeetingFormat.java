package org.percorsi.meetings;

/** The participatory method a meeting follows; it decides which harvest the meeting records. */
public enum MeetingFormat {
    THEMATIC_WORKSHOP,
    WORLD_CAFE,
    TOWN_MEETING,
    FOCUS_GROUP,
    METAPLAN,
    INTERVIEW,
    OPEN_SPACE,
    PUBLIC_ASSEMBLY,
    NEGOTIATION_TABLE,
    NEIGHBOURHOOD_LAB,
    RESULTS_PRESENTATION,
    ONLINE
}
