package org.percorsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.RecordMeeting;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After the meeting: check-in only for confirmed seats, a record that is published
 * only when a facilitator closes the meeting (minutes required, not before it
 * starts, counts checked), photos hidden until then; calendars that follow
 * changes; the forms' refusals. (The harvest: harvest.RecordingTheHarvestTest.)
 */
class AfterTheMeetingTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

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
    RecordMeeting record;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    long processId;

    @BeforeEach
    void aPublishedProcess() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Resoconti " + UUID.randomUUID()));
            addPhase.handle(processId, ProcessForms.openPhase());
            publish.handle(processId);
        });
    }

    @Test
    void theRecordIsPublishedOnlyWhenAFacilitatorClosesTheMeeting() throws Exception {
        long future = admin(() -> schedule.create(
                processId, form("Non ancora", LocalDateTime.now().plusDays(2))));
        assertThatThrownBy(() -> admin(() -> {
                    record.save(
                            future, new RecordMeeting.RecordForm("<p>Verbale</p>", Map.of(), List.of(), null), true);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("meetings.closeBeforeStart"));

        long held = admin(() -> schedule.create(
                processId, form("Già svolto", LocalDateTime.now().minusHours(3))));
        assertThatThrownBy(() -> admin(() -> {
                    record.save(held, new RecordMeeting.RecordForm("", Map.of(), List.of(), null), true);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("minutes"));
        assertThatThrownBy(() -> admin(() -> {
                    record.save(
                            held,
                            new RecordMeeting.RecordForm("<p>x</p>", Map.of("GENDER.WOMEN", "-3"), List.of(), null),
                            false);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("GENDER.WOMEN"));

        // saved but not closed: the photo and the minutes stay with the team
        mvc.perform(multipart("/admin/processes/" + processId + "/meetings/" + held + "/record")
                .file(new MockMultipartFile("files", "foto.png", "image/png", PNG))
                .param("minutes", "Verbale del laboratorio sulle piazze")
                .param("CATEGORY.CITIZENS", "17")
                .param("caption", "I tavoli al lavoro")
                .param("action", "save")
                .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                .with(csrf()));
        String photo = jdbc.sql("select file_id::text from meeting_file where meeting_id = :m")
                .param("m", held)
                .query(String.class)
                .single();
        assertThat(mvc.perform(get("/files/" + photo)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/meetings/" + held))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Verbale del laboratorio sulle piazze");

        mvc.perform(post("/admin/processes/" + processId + "/meetings/" + held + "/record")
                .param("minutes", "Verbale del laboratorio sulle piazze")
                .param("CATEGORY.CITIZENS", "17")
                .param("action", "close")
                .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                .with(csrf()));
        assertThat(mvc.perform(get("/files/" + photo)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/meetings/" + held))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Verbale del laboratorio sulle piazze", "I tavoli al lavoro", "Cittadini", "17");
    }

    @Test
    void onlyConfirmedSeatsAreCheckedIn() {
        long meeting = admin(() -> schedule.create(
                processId,
                MeetingForms.meeting(
                                "Focus group",
                                MeetingFormat.FOCUS_GROUP,
                                LocalDateTime.now().plusDays(1))
                        .at("Biblioteca")
                        .registration(1)
                        .form()));
        String first = account(), second = account();
        as(first, () -> registrations.register(meeting, Map.of()));
        as(second, () -> registrations.register(meeting, Map.of()));
        long seated = registration(meeting, first), waiting = registration(meeting, second);
        admin(() -> {
            registrations.checkIn(meeting, seated, true);
            return null;
        });
        assertThat(jdbc.sql("select checked_in_at is not null from meeting_registration where id = :id")
                        .param("id", seated)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThatThrownBy(() -> admin(() -> {
                    registrations.checkIn(meeting, waiting, true);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("meetings.checkIn.notConfirmed"));
        assertThatThrownBy(() -> as(second, () -> {
                    registrations.checkIn(meeting, seated, false);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChangedMeetingReachesCalendarsWithAHigherSequenceAndThePrivateFeedWorksWithoutSigningIn() throws Exception {
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .plusDays(5)
                .withSecond(0)
                .withNano(0);
        long meeting = admin(() -> schedule.create(processId, form("Assemblea di quartiere", start)));
        admin(() -> {
            schedule.update(meeting, form("Assemblea di quartiere (nuova sala)", start.plusHours(1)));
            return null;
        });
        String person = account();
        as(person, () -> registrations.register(meeting, Map.of()));
        String token = "tok-" + UUID.randomUUID();
        jdbc.sql("insert into meeting_calendar_feed (account_id, token) select id, :t from account where email = :e")
                .param("t", token)
                .param("e", person)
                .update();
        var response = mvc.perform(get("/meetings/feed/" + token + "/calendar.ics"))
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        var event = (VEvent) new CalendarBuilder()
                .build(new StringReader(response.getContentAsString()))
                .getComponents("VEVENT")
                .get(0);
        assertThat(event.getProperty("SEQUENCE")
                        .map(p -> ((Property) p).getValue())
                        .orElseThrow())
                .isEqualTo("1");
        assertThat(event.getProperty("SUMMARY")
                        .map(p -> ((Property) p).getValue())
                        .orElseThrow())
                .isEqualTo("Assemblea di quartiere (nuova sala)");
        assertThat(mvc.perform(get("/meetings/feed/unknown-token/calendar.ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theMeetingFormExplainsWhatIsWrongInItalian() throws Exception {
        var page = mvc.perform(post("/admin/processes/" + processId + "/meetings")
                        .param("title", "Senza luogo")
                        .param("format", "WORLD_CAFE")
                        .param("startsAt", "2030-05-10T18:00")
                        .param("endsAt", "2030-05-10T20:00")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("Indica un indirizzo o un link per partecipare online.");
        assertThat(jdbc.sql("select count(*) from meeting where title = 'Senza luogo'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private MeetingForm form(String title, LocalDateTime start) {
        return MeetingForms.meeting(title, MeetingFormat.METAPLAN, start)
                .registration(null)
                .alreadyHeld()
                .form();
    }

    private long registration(long meeting, String email) {
        return jdbc.sql("select r.id from meeting_registration r join account a on a.id = r.account_id "
                        + "where r.meeting_id = :m and a.email = :e")
                .param("m", meeting)
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private String account() {
        String email = TestAccounts.newParticipant(
                jdbc, "r-", "Persona " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }

    private static <T> T as(String email, Callable<T> work) {
        return TestAccounts.asParticipant(email, work);
    }

    private static <T> T admin(Callable<T> work) {
        return TestAccounts.asAdministrator(work);
    }
}
