package org.percorsi.meetings;

import java.util.Arrays;
import java.util.List;

/**
 * How many people took part, by the dimensions the Emilia-Romagna observatory on
 * participation asks for. Counts only: never who they were.
 */
public final class Attendance {

    public enum Dimension {
        CATEGORY,
        GENDER,
        AGE_BAND
    }

    public enum Category {
        CITIZENS,
        ASSOCIATIONS,
        BUSINESSES,
        INSTITUTIONS,
        EXPERTS
    }

    public enum Gender {
        WOMEN,
        MEN,
        OTHER,
        NOT_STATED
    }

    public enum AgeBand {
        UNDER_18,
        FROM_18_TO_29,
        FROM_30_TO_44,
        FROM_45_TO_64,
        FROM_65
    }

    /** The buckets of a dimension, in the order they are shown. */
    public static List<String> buckets(Dimension dimension) {
        Enum<?>[] values = switch (dimension) {
            case CATEGORY -> Category.values();
            case GENDER -> Gender.values();
            case AGE_BAND -> AgeBand.values();
        };
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private Attendance() {}
}
