package org.percorsi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.programming.InterventionChanged;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Search indexes an intervention from what its event carries, without asking the programming module back:
 * an event about an intervention the database has never held is indexed all the same, as the event says.
 */
@EnableScenarios
class InterventionsAreIndexedFromTheirEventsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    final String run = "ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void theIndexHoldsWhatTheEventCarried(Scenario scenario) {
        long nowhere = 2_000_000_000L + (long) (Math.random() * 1_000_000_000L);
        scenario.publish(new InterventionChanged(
                        nowhere,
                        1,
                        Instant.now(),
                        "Orti condivisi " + run,
                        "Orti nei cortili delle scuole, curati dai quartieri."))
                .andWaitForStateChange(() -> indexed(nowhere), Optional::isPresent)
                .andVerify(document -> assertThat(document)
                        .hasValue("Orti condivisi " + run
                                + " | Orti nei cortili delle scuole, curati dai quartieri. | /interventions/"
                                + nowhere));
        // no page exists behind it: other tests must not find it
        jdbc.sql("delete from search_document where kind = 'INTERVENTION' and ref_id = :id")
                .param("id", nowhere)
                .update();
    }

    private Optional<String> indexed(long intervention) {
        return jdbc.sql("select title || ' | ' || body || ' | ' || url from search_document "
                        + "where kind = 'INTERVENTION' and ref_id = :id and process_id is null")
                .param("id", intervention)
                .query(String.class)
                .optional();
    }
}
