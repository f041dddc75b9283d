package org.percorsi.harvest;

import java.util.EnumSet;
import java.util.Set;
import org.percorsi.meetings.MeetingFormat;

/** A part of the harvest a facilitator records; which ones depends on the meeting's method. */
public enum HarvestPart {
    TABLES,
    ROUNDS,
    NOTES,
    CLUSTERS,
    CARDS,
    THEMES,
    COMMENTS,
    POLLS,
    QUESTIONS,
    PROFILES,
    ANSWERS;

    /** The parts recorded at a meeting of this method. */
    public static Set<HarvestPart> recordedAt(MeetingFormat format) {
        return switch (format) {
            case WORLD_CAFE -> EnumSet.of(TABLES, ROUNDS, NOTES);
            case METAPLAN -> EnumSet.of(CLUSTERS, CARDS);
            case TOWN_MEETING -> EnumSet.of(TABLES, THEMES, COMMENTS, POLLS);
            case INTERVIEW, FOCUS_GROUP -> EnumSet.of(QUESTIONS, PROFILES, THEMES, ANSWERS);
            default -> EnumSet.of(TABLES, THEMES, COMMENTS);
        };
    }
}
