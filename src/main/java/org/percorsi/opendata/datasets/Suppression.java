package org.percorsi.opendata.datasets;

import java.util.Collection;

/**
 * Small counts of people are left out of the open data, so that nobody in a small group can be singled out:
 * a count below {@link #THRESHOLD} is empty. A total is empty too when it is small, or when exactly one of its
 * parts is empty, which it would otherwise give away (total minus the parts shown).
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {}

    public static Integer count(Integer people) {
        return people == null || people < THRESHOLD ? null : people;
    }

    public static Integer total(Collection<Integer> parts) {
        int total = parts.stream().mapToInt(p -> p == null ? 0 : p).sum();
        long suppressed = parts.stream().filter(p -> count(p) == null).count();
        return total < THRESHOLD || suppressed == 1 ? null : total;
    }
}
