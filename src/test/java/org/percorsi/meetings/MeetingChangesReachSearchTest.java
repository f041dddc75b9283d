package org.percorsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.RecordMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A meeting's change carries what search keeps of it, as the change's transaction left it (so search does not
 * ask back), and search keeps the newest change of a meeting whatever order the changes arrive in: a change
 * that arrives late (a slow listener, a retry) neither brings an old title back nor makes a meeting that became
 * reserved findable again.
 */
@EnableScenarios
class MeetingChangesReachSearchTest extends IntegrationTest {

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    RecordMeeting record;

    @Autowired
    MeetingsApi meetings;

    @Autowired
    JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;

    @BeforeEach
    void aPublishedProcess() {
        processId = asAdmin(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess("Quartiere " + run));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.OPENING,
                            "Apertura",
                            "",
                            LocalDate.now().minusDays(5),
                            LocalDate.now().plusDays(40),
                            "",
                            "",
                            false));
            publish.handle(id);
            return id;
        });
    }

    @Test
    void aChangeCarriesTheMeetingAsItsTransactionLeftIt(Scenario scenario) {
        var yesterday = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .minusDays(1)
                .withSecond(0)
                .withNano(0);
        scenario.stimulate(() -> asAdmin(() -> schedule.create(
                        processId, form("Laboratorio " + run, yesterday, false).heldAlready())))
                .andWaitForEventOfType(MeetingChanged.class)
                .matching(event -> event.content().title().equals("Laboratorio " + run))
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.meetingId()).isEqualTo(id);
                    assertThat(event.content().processId()).isEqualTo(processId);
                    assertThat(event.content().title()).isEqualTo("Laboratorio " + run);
                    assertThat(event.content().text()).contains("Cittadini", "Sala civica", "Orti sul tetto " + run);
                    assertThat(event.content().reserved()).isFalse();
                    assertThat(event.content().version()).isEqualTo(1);
                });
        long meeting = meetingTitled("Laboratorio " + run);

        // events of the earlier steps are still at hand: each step picks its own
        scenario.stimulate(() -> TestAccounts.asAdmin(() -> record.save(meeting, minutes("Verbale " + run), false)))
                .andWaitForEventOfType(MeetingChanged.class)
                .matching(
                        event -> event.meetingId() == meeting && event.content().version() > 1)
                .toArriveAndVerify(event -> {
                    assertThat(event.content().version())
                            .as("each change counts")
                            .isEqualTo(2);
                    assertThat(event.content().text())
                            .as("minutes are published on closing only")
                            .doesNotContain("Verbale " + run);
                });

        scenario.stimulate(() -> TestAccounts.asAdmin(() -> record.save(meeting, minutes("Verbale " + run), true)))
                .andWaitForEventOfType(MeetingChanged.class)
                .matching(
                        event -> event.meetingId() == meeting && event.content().version() > 2)
                .toArriveAndVerify(event -> {
                    assertThat(event.content().version()).isEqualTo(3);
                    assertThat(event.content().text()).contains("Verbale " + run);
                });

        // the harvest keeps its plenary synthesis with the meeting: a change like the others
        scenario.stimulate(() -> meetings.saveSynthesis(meeting, "<p>Sintesi " + run + "</p>"))
                .andWaitForEventOfType(MeetingChanged.class)
                .matching(
                        event -> event.meetingId() == meeting && event.content().version() > 3)
                .toArriveAndVerify(event -> {
                    assertThat(event.content().version()).isEqualTo(4);
                    assertThat(event.content().text()).contains("Verbale " + run, "Sintesi " + run);
                });
    }

    @Test
    void searchKeepsTheNewestChangeWhateverOrderTheyArriveIn(Scenario scenario) {
        var nextWeek = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .plusDays(7)
                .withSecond(0)
                .withNano(0);
        scenario.stimulate(() -> asAdmin(() -> schedule.create(processId, form("Assemblea " + run, nextWeek, false))))
                .andWaitForStateChange(() -> indexedTitle(meetingTitled("Assemblea " + run)), Optional::isPresent)
                .andVerify(title -> assertThat(title).contains("Assemblea " + run));
        long meeting = meetingTitled("Assemblea " + run);

        scenario.stimulate(() -> TestAccounts.asAdmin(
                        () -> schedule.update(meeting, form("Assemblea pubblica " + run, nextWeek, false))))
                .andWaitForStateChange(
                        () -> indexedTitle(meeting), title -> title.equals(Optional.of("Assemblea pubblica " + run)))
                .andVerify(title -> assertThat(title).isPresent());

        // the first change, arriving now (its listener was slow, or it failed and is retried)
        var late = new MeetingChanged(
                meeting,
                new MeetingChanged.Content(processId, null, "Assemblea " + run, "Arrivata tardi " + run, false, 1));
        scenario.publish(late)
                .andWaitForStateChange(() -> indexingDone("Arrivata tardi " + run), Boolean::booleanValue)
                .andVerify(done -> assertThat(indexedTitle(meeting))
                        .as("the newer title stays")
                        .contains("Assemblea pubblica " + run));

        scenario.stimulate(() -> TestAccounts.asAdmin(
                        () -> schedule.update(meeting, form("Assemblea pubblica " + run, nextWeek, true))))
                .andWaitForStateChange(() -> indexedTitle(meeting), Optional::isEmpty)
                .andVerify(title -> assertThat(title)
                        .as("a reserved meeting leaves the index")
                        .isEmpty());

        // the change before it became reserved, arriving late, does not make it findable again
        var beforeReserved = new MeetingChanged(
                meeting,
                new MeetingChanged.Content(
                        processId, null, "Assemblea pubblica " + run, "Ancora pubblica " + run, false, 2));
        scenario.publish(beforeReserved)
                .andWaitForStateChange(() -> indexingDone("Ancora pubblica " + run), Boolean::booleanValue)
                .andVerify(done -> assertThat(indexedTitle(meeting))
                        .as("still reserved, still out of the index")
                        .isEmpty());
    }

    private Optional<String> indexedTitle(long meeting) {
        return jdbc.sql("select title from search_document where kind = 'MEETING' and ref_id = :id")
                .param("id", meeting)
                .query(String.class)
                .optional();
    }

    /** Whether search has handled the change whose text holds this marker. */
    private boolean indexingDone(String marker) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%SearchIndexer%' "
                                + "and serialized_event like :marker and completion_date is not null")
                        .param("marker", "%" + marker + "%")
                        .query(Integer.class)
                        .single()
                == 1;
    }

    private long meetingTitled(String title) {
        return jdbc.sql("select id from meeting where process_id = :p and title = :t")
                .param("p", processId)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private MeetingForm form(String title, LocalDateTime start, boolean reserved) {
        return MeetingForms.meeting(title, MeetingFormat.NEIGHBOURHOOD_LAB, start)
                .description("Orti sul tetto " + run)
                .forAudience("Cittadini")
                .reserved(reserved)
                .form();
    }

    private static RecordMeeting.RecordForm minutes(String text) {
        return new RecordMeeting.RecordForm("<p>" + text + "</p>", Map.of(), List.of(), null);
    }

    private static <T> T asAdmin(Callable<T> work) {
        return TestAccounts.asAdministrator(work);
    }
}
