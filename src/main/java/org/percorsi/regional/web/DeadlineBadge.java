package org.percorsi.regional.web;

import org.percorsi.regional.Deadline;

/** The colour of a deadline's badge: late red, due soon amber, on time green, done or unknown grey. */
public final class DeadlineBadge {

    private DeadlineBadge() {}

    public static String css(Deadline deadline) {
        return switch (deadline.state()) {
            case LATE -> "bg-danger";
            case DUE_SOON -> "bg-warning";
            case ON_TIME -> "bg-success";
            case DONE, UNKNOWN -> "bg-secondary";
        };
    }
}
