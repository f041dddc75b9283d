package org.percorsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.queries.MeetingCalendar;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.queries.ProposalQueries;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.search.SearchQueries;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Meetings: scheduling rules, registration with capacity, closing time and a
 * waiting list that promotes in order (also under concurrent cancellations),
 * reserved meetings, calendars that parse as iCalendar. (Harvest items that become
 * proposals: harvest.RecordingTheHarvestTest.)
 */
class MeetingsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    RegisterForMeeting registrations;

    @Autowired
    MeetingQueries queries;

    @Autowired
    MeetingCalendar calendar;

    @Autowired
    ProposalQueries proposals;

    @Autowired
    SubmitProposal submit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchQueries search;

    long processId;

    @BeforeEach
    void aPublishedProcess() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Incontri " + UUID.randomUUID()));
            addPhase.handle(processId, ProcessForms.openPhase());
            publish.handle(processId);
        });
    }

    @Test
    void schedulingRefusesAMeetingWithoutPlaceOrEndingBeforeItStarts() {
        TestAccounts.asAdmin(() -> {
            assertThatThrownBy(() -> schedule.create(processId, form("Senza luogo", null, false, null, null, null)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("meetings.placeOrLink"));
            var start = LocalDateTime.now().plusDays(3);
            var backwards = new MeetingForm(
                    "Al contrario",
                    MeetingFormat.WORLD_CAFE,
                    null,
                    null,
                    null,
                    "",
                    start,
                    start.minusHours(1),
                    "Sala civica",
                    "",
                    "",
                    "",
                    null,
                    null,
                    "",
                    "",
                    "",
                    false,
                    false,
                    null,
                    true,
                    null,
                    "");
            assertThatThrownBy(() -> schedule.create(processId, backwards))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("endsAt"));
        });
        TestAccounts.asParticipant(() -> assertThatThrownBy(
                        () -> schedule.create(processId, form("Non mio", "Sala", false, null, null, null)))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void seatsWaitingListAndClosingTimeAreRespected() {
        long meeting =
                asAdmin(() -> schedule.create(processId, form("Laboratorio", "Sala civica", true, 2, true, null)));
        String a = account(), b = account(), c = account(), d = account();
        assertThat(as(a, () -> registrations.register(meeting, Map.of()))).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(as(b, () -> registrations.register(meeting, Map.of()))).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(as(c, () -> registrations.register(meeting, Map.of()))).isEqualTo(RegistrationStatus.WAITING);
        assertThat(as(d, () -> registrations.register(meeting, Map.of()))).isEqualTo(RegistrationStatus.WAITING);
        assertThatThrownBy(() -> as(a, () -> registrations.register(meeting, Map.of())))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("meetings.registration.already"));

        as(a, () -> {
            registrations.cancel(meeting);
            return null;
        });
        assertThat(as(c, () -> queries.detail(meeting).orElseThrow().viewer().status()))
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(as(d, () -> queries.detail(meeting).orElseThrow().viewer().waitingPosition()))
                .isEqualTo(1);
        assertThat(countConfirmed(meeting)).isEqualTo(2);
        var promoted = Mailbox.await(MAILBOX, c, 1);
        assertThat(promoted.subject()).contains("Laboratorio");
        assertThat(promoted.body()).contains("/meetings/" + meeting);
        assertThat(Mailbox.to(MAILBOX, d)).as("still waiting: no mail").isEmpty();

        long noQueue = asAdmin(() -> schedule.create(processId, form("Senza coda", "Sala", true, 1, false, null)));
        as(a, () -> registrations.register(noQueue, Map.of()));
        assertThatThrownBy(() -> as(b, () -> registrations.register(noQueue, Map.of())))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("meetings.registration.full"));

        long late = asAdmin(() -> schedule.create(
                processId,
                form(
                        "Iscrizioni chiuse",
                        "Sala",
                        true,
                        null,
                        true,
                        LocalDateTime.now(ZoneId.of("Europe/Rome")).minusMinutes(5))));
        assertThatThrownBy(() -> as(a, () -> registrations.register(late, Map.of())))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("meetings.registration.closed"));
    }

    @Test
    void concurrentCancellationsPromoteTheWaitingListInOrder() throws Exception {
        long meeting = asAdmin(() -> schedule.create(processId, form("Assemblea", "Teatro", true, 5, true, null)));
        List<String> seated = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String person = account();
            as(person, () -> registrations.register(meeting, Map.of()));
            seated.add(person);
        }
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String person = account();
            assertThat(as(person, () -> registrations.register(meeting, Map.of())))
                    .isEqualTo(RegistrationStatus.WAITING);
            waiting.add(person);
        }
        var start = new CountDownLatch(1);
        List<Future<Object>> cancellations = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (String person : seated.subList(0, 4)) {
                cancellations.add(pool.submit(() -> {
                    start.await();
                    return as(person, () -> {
                        registrations.cancel(meeting);
                        return null;
                    });
                }));
            }
            start.countDown();
            for (var f : cancellations) {
                f.get();
            }
        }
        assertThat(countConfirmed(meeting)).isEqualTo(5);
        for (int i = 0; i < 6; i++) {
            var status = as(
                    waiting.get(i),
                    () -> queries.detail(meeting).orElseThrow().viewer().status());
            assertThat(status)
                    .as("waiting person %d", i)
                    .isEqualTo(i < 4 ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING);
        }
    }

    @Test
    void aReservedMeetingIsHiddenFromOutsidersAndItsCalendarsParse() throws Exception {
        long reserved = asAdmin(() -> schedule.create(
                processId, form("Tavolo di negoziazione riservato", "Sala giunta", true, null, true, null, true)));
        long open = asAdmin(() ->
                schedule.create(processId, form("World café; imprese, lavoro", "Piazza", false, null, true, null)));
        String outsider = account();
        assertThatThrownBy(() -> as(outsider, () -> registrations.register(reserved, Map.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(outsider, () -> queries.detail(reserved))).isEmpty();
        String processCalendar = as(outsider, () -> calendar.process(processId, "Percorso"));
        var parsed = new CalendarBuilder().build(new StringReader(processCalendar));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(value(events.get(0), "SUMMARY")).isEqualTo("World café; imprese, lavoro");
        assertThat(value(events.get(0), "SEQUENCE")).isEqualTo("0");
        assertThat(value(events.get(0), "URL")).endsWith("/meetings/" + open);
        assertThat(value(events.get(0), "DESCRIPTION"))
                .as("calendar apps that ignore URL still show the link back")
                .endsWith("/meetings/" + open);

        asAdmin(() -> {
            schedule.cancel(open);
            return null;
        });
        var afterCancel =
                new CalendarBuilder().build(new StringReader(as(outsider, () -> calendar.meeting(open, "x"))));
        VEvent event = (VEvent) afterCancel.getComponents("VEVENT").get(0);
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
    }

    @Test
    void publicMeetingsAreFoundBySearchAndReservedOnesNever() throws Exception {
        String word =
                "ortobotanico" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        long reserved = asAdmin(() ->
                schedule.create(processId, form("Tavolo riservato " + word, "Sala", false, null, true, null, true)));
        long open =
                asAdmin(() -> schedule.create(processId, form("Laboratorio " + word, "Sala", false, null, true, null)));
        var until = Instant.now().plusSeconds(15);
        long found = 0;
        while (found == 0 && Instant.now().isBefore(until)) {
            found = TestAccounts.asParticipant(
                    account(), () -> search.search(word, "MEETING", 1).total());
            Thread.sleep(100);
        }
        var hits = TestAccounts.asParticipant(
                account(), () -> search.search(word, null, 1).items());
        assertThat(hits).extracting(SearchQueries.Hit::url).containsExactly("/meetings/" + open);
        assertThat(jdbc.sql("select count(*) from search_document where kind = 'MEETING' and ref_id = :id")
                        .param("id", reserved)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aProposalTypedFromAMeetingsSheetsNamesTheMeeting() {
        long meeting = asAdmin(() -> schedule.create(
                processId, form("Laboratorio di quartiere Nord", "Centro civico", false, null, true, null)));
        long proposal = asAdmin(() -> submit.handle(
                processId,
                new ProposalForm(
                        ProposalKind.NEED,
                        "Una panchina alla fermata",
                        "Dal cartellone del laboratorio.",
                        null,
                        null,
                        null,
                        "Cartellone del laboratorio",
                        null,
                        null,
                        null,
                        null,
                        meeting)));
        assertThat(proposals.detail(proposal).orElseThrow().originMeetingId()).isEqualTo(meeting);
        long[] otherProcess = new long[1];
        TestAccounts.asAdmin(
                () -> otherProcess[0] = createProcess.handle(ProcessForms.publicProcess("Altro " + UUID.randomUUID())));
        long foreign = asAdmin(
                () -> schedule.create(otherProcess[0], form("Incontro altrui", "Sala", false, null, true, null)));
        assertThatThrownBy(() -> asAdmin(() -> submit.handle(
                        processId,
                        new ProposalForm(
                                ProposalKind.NEED,
                                "Titolo qualsiasi",
                                "Testo.",
                                null,
                                null,
                                null,
                                "Foglio",
                                null,
                                null,
                                null,
                                null,
                                foreign))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("originMeetingId"));
    }

    private MeetingForm form(
            String title,
            String address,
            boolean registration,
            Integer capacity,
            Boolean waiting,
            LocalDateTime closes) {
        return form(title, address, registration, capacity, waiting, closes, false);
    }

    private MeetingForm form(
            String title,
            String address,
            boolean registration,
            Integer capacity,
            Boolean waiting,
            LocalDateTime closes,
            boolean reserved) {
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .plusDays(7)
                .withSecond(0)
                .withNano(0);
        return new MeetingForm(
                title,
                MeetingFormat.WORLD_CAFE,
                null,
                null,
                null,
                "Descrizione",
                start,
                start.plusHours(2),
                address,
                "",
                "",
                "",
                null,
                null,
                "Cittadini",
                "",
                "",
                reserved,
                registration,
                capacity,
                waiting,
                closes,
                "");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> ((Property) p).getValue()).orElseThrow();
    }

    private int countConfirmed(long meeting) {
        return jdbc.sql("select count(*) from meeting_registration where meeting_id = :m and status = 'CONFIRMED'")
                .param("m", meeting)
                .query(Integer.class)
                .single();
    }

    private String account() {
        String email = TestAccounts.newParticipant(
                jdbc, "m-", "Persona " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }

    private static <T> T as(String email, Callable<T> work) {
        return TestAccounts.asParticipant(email, work);
    }

    private static <T> T asAdmin(Callable<T> work) {
        return TestAccounts.asAdministrator(work);
    }
}
