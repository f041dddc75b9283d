package org.percorsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.shared.web.Flash;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A meeting over HTTP, as its team uses it: a refused action shows the page again saying why (checking in
 * someone without a seat, cancelling a meeting twice), and an address that puts a meeting under another
 * process finds nothing there; and as participants register: told whether they have the seat or wait.
 */
class TeamRunsAMeetingOverHttpTest extends IntegrationTest {

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
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    long meeting;

    @BeforeEach
    void aMeetingWithOneSeat() {
        processId = process("Quartiere " + run);
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .plusDays(3)
                .withSecond(0)
                .withNano(0);
        meeting = TestAccounts.asAdministrator(() -> schedule.create(
                processId,
                MeetingForms.meeting("Focus group " + run, MeetingFormat.FOCUS_GROUP, start)
                        .at("Biblioteca")
                        .registration(1)
                        .form()));
    }

    @Test
    void checkingInSomeoneWithoutASeatIsRefusedSayingWhy() throws Exception {
        long seated = registrationOf(account()), waiting = registrationOf(account());

        var done =
                asAdmin(post(base() + "/registrations/" + seated + "/check-in").param("present", "true"));
        assertThat(done.getRedirectedUrl()).isEqualTo(base() + "/registrations#registration-" + seated);
        assertThat(checkedIn(seated)).isTrue();

        var refused =
                asAdmin(post(base() + "/registrations/" + waiting + "/check-in").param("present", "true"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Focus group " + run)
                .contains("Solo chi ha un posto confermato può essere segnato presente.");
        assertThat(checkedIn(waiting)).isFalse();
    }

    @Test
    void participantsAreToldWhetherTheyHaveTheSeatOrWaitForOne() throws Exception {
        var first = mvc.perform(post("/meetings/" + meeting + "/register")
                        .with(user(account()).roles("PARTICIPANT"))
                        .with(csrf()))
                .andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting);
        assertThat(first.getFlashMap().get(Flash.ATTRIBUTE)).isEqualTo("meetings.registration.confirmed");

        var second = mvc.perform(post("/meetings/" + meeting + "/register")
                        .with(user(account()).roles("PARTICIPANT"))
                        .with(csrf()))
                .andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting);
        assertThat(second.getFlashMap().get(Flash.ATTRIBUTE))
                .as("the only seat is taken: the message says so")
                .isEqualTo("meetings.registration.waiting");
    }

    @Test
    void theFormShowsAMeetingsTimesToTheMinute() throws Exception {
        // a time saved with a fraction of a second (by an import, or a use case called from code)
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome")).plusDays(5).withNano(123456789);
        jdbc.sql("update meeting set starts_at = cast(:s as timestamp) at time zone 'Europe/Rome', "
                        + "ends_at = cast(:e as timestamp) at time zone 'Europe/Rome' where id = :id")
                .param("s", start.toString())
                .param("e", start.plusHours(1).toString())
                .param("id", meeting)
                .update();

        String page = asAdmin(get(base())).getContentAsString();

        assertThat(page)
                .contains("value=\"" + start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")) + "\"")
                .doesNotContain(start.toString());
    }

    @Test
    void cancellingTwiceIsRefusedSayingWhy() throws Exception {
        var done = asAdmin(post(base() + "/cancel"));
        assertThat(done.getRedirectedUrl()).isEqualTo(base());
        assertThat(status()).isEqualTo("CANCELLED");

        var refused = asAdmin(post(base() + "/cancel"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Solo un incontro in programma si può annullare.");
    }

    @Test
    void aMeetingUnderAnotherProcessIsNotFound() throws Exception {
        long other = process("Altro quartiere " + run);
        String elsewhere = "/admin/processes/" + other + "/meetings/" + meeting;

        assertThat(asAdmin(post(elsewhere + "/cancel")).getStatus()).isEqualTo(404);
        assertThat(asAdmin(post(elsewhere + "/record").param("minutes", "Altrove"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(status()).as("nothing done through the wrong address").isEqualTo("SCHEDULED");
        assertThat(jdbc.sql("select minutes_html is null from meeting where id = :id")
                        .param("id", meeting)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private String base() {
        return "/admin/processes/" + processId + "/meetings/" + meeting;
    }

    private long process(String title) {
        return TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess(title));
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

    private String status() {
        return jdbc.sql("select status from meeting where id = :id")
                .param("id", meeting)
                .query(String.class)
                .single();
    }

    private boolean checkedIn(long registration) {
        return jdbc.sql("select checked_in_at is not null from meeting_registration where id = :id")
                .param("id", registration)
                .query(Boolean.class)
                .single();
    }

    private long registrationOf(String email) {
        TestAccounts.asParticipant(email, () -> registrations.register(meeting, Map.of()));
        return jdbc.sql("select r.id from meeting_registration r join account a on a.id = r.account_id "
                        + "where r.meeting_id = :m and a.email = :e")
                .param("m", meeting)
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private String account() {
        String email = TestAccounts.newParticipant(
                jdbc, "team-", "Persona " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }
}
