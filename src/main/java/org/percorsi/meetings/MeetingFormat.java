package org.percorsi.meetings;

/** The participatory method a meeting follows; it decides which harvest the meeting records. */
public enum MeetingFormat {
    THEMATIC_WORKSHOP, WORLD_CAFE, TOWN_MEETING, FOCUS_GROUP, METAPLAN, INTERVIEW, OPEN_SPACE, PUBLIC_ASSEMBLY,
    NEGOTIATION_TABLE, NEIGHBOURHOOD_LAB, RESULTS_PRESENTATION, ONLINE;

    /** The parts of the harvest a facilitator records for this method. */
    public java.util.Set<HarvestPart> harvestParts() {
        return switch (this) {
            case WORLD_CAFE -> java.util.EnumSet.of(HarvestPart.TABLES, HarvestPart.ROUNDS, HarvestPart.NOTES);
            case METAPLAN -> java.util.EnumSet.of(HarvestPart.CLUSTERS, HarvestPart.CARDS);
            case TOWN_MEETING -> java.util.EnumSet.of(HarvestPart.TABLES, HarvestPart.THEMES, HarvestPart.COMMENTS,
                    HarvestPart.POLLS);
            case INTERVIEW, FOCUS_GROUP -> java.util.EnumSet.of(HarvestPart.QUESTIONS, HarvestPart.PROFILES,
                    HarvestPart.THEMES, HarvestPart.ANSWERS);
            default -> java.util.EnumSet.of(HarvestPart.TABLES, HarvestPart.THEMES, HarvestPart.COMMENTS);
        };
    }

    public enum HarvestPart { TABLES, ROUNDS, NOTES, CLUSTERS, CARDS, THEMES, COMMENTS, POLLS, QUESTIONS, PROFILES, ANSWERS }
}
