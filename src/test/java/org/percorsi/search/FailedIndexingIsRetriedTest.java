package org.percorsi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.shared.events.FailedWorkRetries;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Indexing that failed (the database refused the write once) is done again by the retries of failed
 * background work, on one node at a time; what was done long ago is forgotten.
 */
class FailedIndexingIsRetriedTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    FailedWorkRetries retries;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    final String run = "rt" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");

    @AfterEach
    void indexAcceptsEverythingAgain() {
        jdbc.sql("drop trigger if exists refuse_" + run + " on search_document").update();
        jdbc.sql("drop function if exists refuse_" + run + "()").update();
    }

    @Test
    void indexingThatFailedIsRetriedOnOneNodeAtATime() throws Exception {
        refuseIndexing();
        long process = createPublishedProcess();
        await().until(() -> failedIndexings(process) == 1);
        assertThat(indexed(process)).as("the first attempt failed").isFalse();

        allowIndexing();
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.createStatement().execute("select pg_advisory_lock(" + FailedWorkRetries.LOCK + ")");
            assertThat(retries.retryOlderThan(Duration.ZERO))
                    .as("another node is retrying")
                    .isFalse();
            otherNode.createStatement().execute("select pg_advisory_unlock(" + FailedWorkRetries.LOCK + ")");
        }
        assertThat(failedIndexings(process)).as("left to the other node").isEqualTo(1);

        assertThat(retries.retryOlderThan(Duration.ZERO)).isTrue();
        await().until(() -> indexed(process));
        await().until(() -> failedIndexings(process) == 0);
    }

    @Test
    void workDoneMoreThanAWeekAgoIsForgotten() {
        long process = createPublishedProcess();
        await().until(() -> indexed(process) && unfinishedIndexings(process) == 0);
        assertThat(completedIndexings(process)).isPositive();
        jdbc.sql("update event_publication set completion_date = now() - interval '8 days' "
                        + "where listener_id like '%SearchIndexer%' and " + OF_PROCESS)
                .param("process", process)
                .update();

        assertThat(retries.retryOlderThan(Duration.ofMinutes(5))).isTrue();

        assertThat(completedIndexings(process)).isZero();
    }

    private long createPublishedProcess() {
        return TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(new ProcessForm(
                    "Riprova " + run,
                    "",
                    "Un processo indicizzato al secondo tentativo.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.PUBLIC,
                    List.of(),
                    List.of(),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", TODAY.minusDays(1), TODAY.plusDays(9), "", "", false));
            publish.handle(id);
            return id;
        });
    }

    /** The search index refuses this run's documents, as a database refusing writes for a moment would. */
    private void refuseIndexing() {
        jdbc.sql("create function refuse_" + run + "() returns trigger language plpgsql as $$ begin "
                        + "if new.title like '%" + run
                        + "%' then raise exception 'index unavailable'; end if; return new; end $$")
                .update();
        jdbc.sql("create trigger refuse_" + run + " before insert or update on search_document "
                        + "for each row execute function refuse_" + run + "()")
                .update();
    }

    private void allowIndexing() {
        indexAcceptsEverythingAgain();
    }

    private boolean indexed(long process) {
        return jdbc.sql("select count(*) from search_document where kind = 'PROCESS' and ref_id = :id")
                        .param("id", process)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    private int failedIndexings(long process) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%SearchIndexer%' " + "and "
                        + OF_PROCESS + " and completion_date is null and status = 'FAILED'")
                .param("process", process)
                .query(Integer.class)
                .single();
    }

    private int unfinishedIndexings(long process) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%SearchIndexer%' " + "and "
                        + OF_PROCESS + " and completion_date is null")
                .param("process", process)
                .query(Integer.class)
                .single();
    }

    private int completedIndexings(long process) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%SearchIndexer%' " + "and "
                        + OF_PROCESS + " and completion_date is not null")
                .param("process", process)
                .query(Integer.class)
                .single();
    }

    /** The publications of this process's changes (its creation, its publication). */
    private static final String OF_PROCESS = "event_type = 'org.percorsi.processes.ProcessChanged' "
            + "and cast(serialized_event as jsonb) ->> 'processId' = cast(:process as text)";
}
