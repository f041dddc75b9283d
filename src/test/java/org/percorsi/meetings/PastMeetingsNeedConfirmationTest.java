package org.percorsi.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A meeting dated in the past, new or moved there, is saved only with the confirmation that it has already
 * taken place (recording it afterwards); otherwise nothing is saved and the date field says why.
 */
class PastMeetingsNeedConfirmationTest extends IntegrationTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    ScheduleMeeting schedule;

    long processId;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final LocalDateTime lastWeek =
            LocalDateTime.now(ROME).minusDays(7).withSecond(0).withNano(0);
    final LocalDateTime nextWeek =
            LocalDateTime.now(ROME).plusDays(7).withSecond(0).withNano(0);

    @BeforeEach
    void aProcess() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Incontri passati " + run));
            addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING,
                            "Apertura",
                            "",
                            LocalDate.now(ROME).minusDays(30),
                            LocalDate.now(ROME).plusDays(30),
                            "",
                            "",
                            false));
        });
    }

    @Test
    void theUseCaseSchedulesInThePastOnlyWhenConfirmed() {
        TestAccounts.asAdmin(() -> {
            assertThatThrownBy(() -> schedule.create(processId, form("Assemblea svolta " + run, lastWeek)))
                    .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                        assertThat(refusal.field()).isEqualTo("startsAt");
                        assertThat(refusal.messageKey()).isEqualTo("meetings.startsInThePast");
                    });
            assertThat(count("Assemblea svolta " + run)).as("nothing saved").isZero();

            long held = schedule.create(
                    processId, form("Assemblea svolta " + run, lastWeek).heldAlready());
            assertThat(count("Assemblea svolta " + run)).isEqualTo(1);
            // a past meeting keeps its date when other details change
            schedule.update(held, form("Assemblea svolta (verbale) " + run, lastWeek));

            long ahead = schedule.create(processId, form("Assemblea futura " + run, nextWeek));
            assertThatThrownBy(() -> schedule.update(ahead, form("Assemblea futura " + run, lastWeek)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            refusal -> assertThat(refusal.field()).isEqualTo("startsAt"));
            assertThat(startOf(ahead)).as("not moved").isEqualTo(nextWeek);
            schedule.update(
                    ahead,
                    form("Assemblea futura " + run, lastWeek.minusDays(1)).heldAlready());
            assertThat(startOf(ahead)).isEqualTo(lastWeek.minusDays(1));
        });
    }

    @Test
    void theFormAsksToConfirmOnTheDateFieldKeepsWhatWasTypedAndSavesOnceConfirmed() throws Exception {
        String title = "Laboratorio già svolto " + run;
        var asked = mvc.perform(meetingForm(title, lastWeek).header("Accept-Language", "it"))
                .andReturn()
                .getResponse();
        assertThat(asked.getStatus()).isEqualTo(422);
        assertThat(asked.getContentAsString())
                .contains("id=\"startsAt-error\">L’inizio è nel passato.")
                .contains("Sì, l’incontro si è già svolto")
                .contains("name=\"alreadyHeld\"")
                .contains("value=\"" + title + "\"")
                .contains("value=\"Biblioteca comunale\"")
                .contains("value=\"" + FIELD.format(lastWeek) + "\"");
        assertThat(count(title)).as("nothing saved").isZero();

        var english = mvc.perform(meetingForm(title, lastWeek).header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        assertThat(english.getContentAsString())
                .contains("The start is in the past.")
                .contains("Yes, the meeting has already taken place");

        var confirmed = mvc.perform(meetingForm(title, lastWeek).param("alreadyHeld", "true"))
                .andReturn()
                .getResponse();
        assertThat(confirmed.getRedirectedUrl()).startsWith("/admin/processes/" + processId + "/meetings/");
        assertThat(count(title)).isEqualTo(1);

        var ahead = mvc.perform(meetingForm("Laboratorio futuro " + run, nextWeek))
                .andReturn()
                .getResponse();
        assertThat(ahead.getRedirectedUrl())
                .as("a meeting ahead needs no confirmation")
                .isNotNull();
    }

    private MockHttpServletRequestBuilder meetingForm(String title, LocalDateTime start) {
        return post("/admin/processes/" + processId + "/meetings")
                .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                .with(csrf())
                .param("title", title)
                .param("format", "NEIGHBOURHOOD_LAB")
                .param("address", "Biblioteca comunale")
                .param("waitingList", "true")
                .param("startsAt", FIELD.format(start))
                .param("endsAt", FIELD.format(start.plusHours(2)));
    }

    private MeetingForm form(String title, LocalDateTime start) {
        return MeetingForms.meeting(title, MeetingFormat.TOWN_MEETING, start)
                .at("Sala consiliare")
                .form();
    }

    private long count(String title) {
        return jdbc.sql("select count(*) from meeting where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private LocalDateTime startOf(long meeting) {
        return jdbc.sql("select starts_at from meeting where id = :id")
                .param("id", meeting)
                .query(OffsetDateTime.class)
                .single()
                .atZoneSameInstant(ROME)
                .toLocalDateTime();
    }
}
