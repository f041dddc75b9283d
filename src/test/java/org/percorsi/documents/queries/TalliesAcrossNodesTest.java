package org.percorsi.documents.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.documents.queries.ConsultationQueries.Tally;
import org.percorsi.documents.queries.ConsultationQueries.VersionConsultation;
import org.percorsi.shared.events.PublicContentChangedElsewhere;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A consultation's tallies, kept a second on each node, are forgotten when another node announces a change (a
 * comment counted there): the next page counts again instead of showing the old count for the rest of the second.
 */
class TalliesAcrossNodesTest {

    @Test
    void aChangeAnnouncedByAnotherNodeEmptiesTheTalliesKeptHere() {
        UUID paragraph = UUID.randomUUID();
        var database = mock(ConsultationQueries.class);
        when(database.ofVersion(7, 1)).thenReturn(counted(paragraph, 1)).thenReturn(counted(paragraph, 2));
        try (var node = new AnnotationConfigApplicationContext()) {
            node.registerBean(VersionReading.class, () -> new VersionReading(mock(DocumentQueries.class), database));
            node.refresh();
            var reading = node.getBean(VersionReading.class);

            assertThat(reading.consultation(7, 1).tally(paragraph).comments()).isEqualTo(1);
            assertThat(reading.consultation(7, 1).tally(paragraph).comments())
                    .as("kept for the next page")
                    .isEqualTo(1);
            verify(database, times(1)).ofVersion(7, 1);

            node.publishEvent(new PublicContentChangedElsewhere());
            assertThat(reading.consultation(7, 1).tally(paragraph).comments())
                    .as("counted again after the announcement")
                    .isEqualTo(2);
            verify(database, times(2)).ofVersion(7, 1);
        }
    }

    private static VersionConsultation counted(UUID paragraph, int comments) {
        return new VersionConsultation(Map.of(paragraph, new Tally(comments, 0)), Map.of(paragraph, List.of()));
    }
}
