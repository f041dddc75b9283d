package org.percorsi.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The harvest's back-office page as a facilitator uses it: what is added shows on the page (and on the meeting's
 * page, to its organisers only until the record is published); a refusal is shown on the page with status 422
 * and changes nothing; someone who does not organise the process is turned away; a note becomes a proposal and
 * the browser goes to it; a cancelled meeting takes no more harvest.
 */
class AdminHarvestPagesTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    ScheduleMeeting schedule;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    long meeting;
    String harvest;

    @BeforeEach
    void aWorldCafeOfAPublishedProcess() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Raccolta " + run));
            addPhase.handle(processId, ProcessForms.openPhase());
            publish.handle(processId);
            var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                    .minusDays(1)
                    .withSecond(0)
                    .withNano(0);
            meeting = schedule.create(
                    processId,
                    MeetingForms.meeting("World café " + run, MeetingFormat.WORLD_CAFE, start)
                            .alreadyHeld()
                            .form());
        });
        harvest = "/admin/processes/" + processId + "/meetings/" + meeting + "/harvest";
    }

    @Test
    void whatTheFacilitatorAddsShowsOnThePageAndOnTheMeetingsPageToItsOrganisers() throws Exception {
        var added = admin(post(harvest + "/groups")
                .param("kind", "TABLE")
                .param("label", "Tavolo del fiume " + run)
                .param("host", "Anna"));
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo(harvest);
        assertThat(admin(post(harvest + "/rounds").param("question", "Che cosa manca? " + run))
                        .getStatus())
                .isEqualTo(302);
        long table = jdbc.sql("select id from harvest_group where meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .single();
        long round = jdbc.sql("select id from harvest_round where meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .single();
        assertThat(admin(post(harvest + "/items")
                                .param("kind", "NOTE")
                                .param("tableId", String.valueOf(table))
                                .param("roundId", String.valueOf(round))
                                .param("body", "Una fontanella " + run))
                        .getStatus())
                .isEqualTo(302);

        String page = admin(get(harvest)).getContentAsString();
        assertThat(page)
                .contains("Tavolo del fiume " + run, "ospite: Anna", "Che cosa manca? " + run, "Una fontanella " + run);
        assertThat(admin(get("/meetings/" + meeting)).getContentAsString())
                .contains("Che cosa ha prodotto l’incontro", "Tavolo del fiume " + run, "Una fontanella " + run);
        assertThat(mvc.perform(get("/meetings/" + meeting))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("a visitor, before the record is published")
                .contains("World café " + run)
                .doesNotContain("Una fontanella " + run)
                .doesNotContain("Che cosa ha prodotto l’incontro");
    }

    @Test
    void aRefusalIsShownOnThePageAndNothingIsWritten() throws Exception {
        admin(post(harvest + "/rounds").param("question", "Primo giro"));
        long round = jdbc.sql("select id from harvest_round where meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .single();
        var refused = admin(post(harvest + "/items")
                .param("kind", "NOTE")
                .param("roundId", String.valueOf(round))
                .param("body", "Un appunto senza tavolo " + run));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Un appunto del world café va indicato con il suo tavolo e il suo giro.");
        assertThat(items()).isZero();

        var empty = admin(post(harvest + "/groups").param("kind", "TABLE").param("label", " "));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("Campo obbligatorio.");
    }

    @Test
    void whoDoesNotOrganiseTheProcessIsTurnedAway() throws Exception {
        String outsider = account();
        var denied = mvc.perform(post(harvest + "/groups")
                        .param("kind", "TABLE")
                        .param("label", "Intruso " + run)
                        .with(user(outsider).roles("PARTICIPANT"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(denied.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(harvest).with(user(outsider).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from harvest_group where meeting_id = :m")
                        .param("m", meeting)
                        .query(Integer.class)
                        .single())
                .isZero();
        long otherProcess =
                TestAccounts.asAdministrator(() -> createProcess.handle(ProcessForms.publicProcess("Altro " + run)));
        assertThat(admin(get("/admin/processes/" + otherProcess + "/meetings/" + meeting + "/harvest"))
                        .getStatus())
                .as("the meeting of another process")
                .isEqualTo(404);
    }

    @Test
    void aNoteBecomesAProposalAndTheBrowserGoesToIt() throws Exception {
        admin(post(harvest + "/groups").param("kind", "TABLE").param("label", "Tavolo 1"));
        admin(post(harvest + "/rounds").param("question", "Che cosa manca?"));
        long table = jdbc.sql("select id from harvest_group where meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .single();
        long round = jdbc.sql("select id from harvest_round where meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .single();
        admin(post(harvest + "/items")
                .param("kind", "NOTE")
                .param("tableId", String.valueOf(table))
                .param("roundId", String.valueOf(round))
                .param("body", "Panchine all'ombra " + run));
        long note = jdbc.sql("select id from harvest_item where meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .single();

        var proposed = admin(post(harvest + "/propose")
                .param("target", String.valueOf(note))
                .param("kind", "NEED")
                .param("title", "Panchine all'ombra " + run));
        long proposal = jdbc.sql("select proposal_id from harvest_item where id = :i")
                .param("i", note)
                .query(Long.class)
                .single();
        assertThat(proposed.getRedirectedUrl()).isEqualTo("/proposals/" + proposal);
        var again = admin(
                post(harvest + "/propose").param("target", String.valueOf(note)).param("kind", "NEED"));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("Questo elemento è già diventato una proposta.");
    }

    @Test
    void aCancelledMeetingTakesNoMoreHarvest() throws Exception {
        TestAccounts.asAdmin(() -> schedule.cancel(meeting));
        var refused = admin(post(harvest + "/rounds").param("question", "Dopo l'annullamento"));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Questo incontro è stato annullato e non si può più modificare.");
        assertThat(jdbc.sql("select count(*) from harvest_round where meeting_id = :m")
                        .param("m", meeting)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private MockHttpServletResponse admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private int items() {
        return jdbc.sql("select count(*) from harvest_item where meeting_id = :m")
                .param("m", meeting)
                .query(Integer.class)
                .single();
    }

    private String account() {
        String email = TestAccounts.newParticipant(
                jdbc, "h-", "Persona " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }
}
