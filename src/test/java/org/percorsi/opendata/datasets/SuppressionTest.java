package org.percorsi.opendata.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small counts of people are left empty, and a total is too when it would give one of them away. */
class SuppressionTest {

    @Test
    void countsBelowFiveAreEmpty() {
        assertThat(Suppression.count(0)).isNull();
        assertThat(Suppression.count(4)).isNull();
        assertThat(Suppression.count(null)).isNull();
        assertThat(Suppression.count(5)).isEqualTo(5);
    }

    @Test
    void aTotalIsEmptyWhenSmallOrWhenExactlyOnePartIsEmpty() {
        assertThat(Suppression.total(List.of(12, 7, 9))).isEqualTo(28);
        assertThat(Suppression.total(List.of(12, 3, 9)))
                .as("12 + 9 shown: 3 by difference")
                .isNull();
        assertThat(Suppression.total(List.of(12, 3, 0, 7)))
                .as("two parts hidden: only their sum is known")
                .isEqualTo(22);
        assertThat(Suppression.total(List.of(2, 1, 1))).isNull();
        assertThat(Suppression.total(Arrays.asList(10, null, null))).isEqualTo(10);
    }
}
