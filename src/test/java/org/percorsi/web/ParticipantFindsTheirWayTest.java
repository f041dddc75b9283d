package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.ConfigurePhaseParticipation;
import org.percorsi.proposals.usecases.ParticipationForm;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No dead ends for a participant: their own page lists what they proposed, support, commented and the meetings
 * they registered for; a proposal page offers only what would be accepted and says why otherwise; "follow"
 * and "stop following" are never shown together; the comment count counts replies; a process page lists its
 * next meetings and links to what became of its proposals; the home page's next dates include meetings.
 */
class ParticipantFindsTheirWayTest extends IntegrationTest {

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
    ConfigurePhaseParticipation configure;

    @Autowired
    SubmitProposal submit;

    @Autowired
    SupportProposal support;

    @Autowired
    CommentOnProposal comments;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    RegisterForMeeting registrations;

    String run;
    long processId;
    long phaseId;
    String slug;
    String participant;

    @BeforeEach
    void aProcessUnderWay() {
        run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(new ProcessForm(
                    "Strade " + run,
                    "",
                    "Strade più sicure",
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
            phaseId = addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING,
                            "Proposte " + run,
                            "",
                            today.minusDays(1),
                            today.plusDays(20),
                            "",
                            "",
                            false));
            publish.handle(processId);
        });
        slug = jdbc.sql("select slug from process where id = :id")
                .param("id", processId)
                .query(String.class)
                .single();
        participant = account("p");
    }

    @Test
    void theParticipantsOwnPageListsWhatTheyDidAndTheirMeetingsWithAWayToCancel() throws Exception {
        String other = account("o");
        long mine = as(participant, () -> submit.handle(processId, proposal("Più panchine " + run)));
        long theirs = as(other, () -> submit.handle(processId, proposal("Semafori sonori " + run)));
        as(participant, () -> support.support(theirs));
        as(
                participant,
                () -> comments.comment(theirs, new CommentForm(null, CommentStance.FOR, "Utile ai ciechi " + run)));
        long meeting = TestAccounts.asAdministrator(() -> schedule.create(processId, meeting("Passeggiata " + run)));
        as(participant, () -> registrations.register(meeting, Map.of()));

        String page = mvc.perform(
                        get("/account/participation").with(user(participant).roles("PARTICIPANT")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Le mie proposte (1)")
                .contains("href=\"/proposals/" + mine + "\"")
                .contains("Più panchine " + run)
                .contains("Proposte che sostengo (1)")
                .contains("Semafori sonori " + run)
                .contains("I miei commenti (1)")
                .contains("Utile ai ciechi " + run)
                .contains("Passeggiata " + run)
                .contains("posto confermato")
                .contains("action=\"/meetings/" + meeting + "/cancel-registration\"")
                .contains("href=\"/meetings/mine\"");
        assertThat(mvc.perform(get("/account/participation"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("only for the signed-in person")
                .isIn(302, 401, 403);
        assertThat(mvc.perform(get("/account").with(user(participant).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/account/participation\"");
    }

    @Test
    void followAndStopFollowingAreNeverShownTogetherAndTheCommentCountCountsReplies() throws Exception {
        String other = account("o");
        long proposal = as(other, () -> submit.handle(processId, proposal("Zona 30 " + run)));
        long first = as(participant, () -> comments.comment(proposal, new CommentForm(null, CommentStance.FOR, "Sì")));
        as(other, () -> comments.comment(proposal, new CommentForm(first, CommentStance.NEUTRAL, "Grazie")));

        String before = page(proposal, participant);
        assertThat(before)
                .contains("/proposals/" + proposal + "/follow\"")
                .doesNotContain("/unfollow\"")
                .contains("Commenti (2)");
        mvc.perform(post("/proposals/" + proposal + "/follow")
                .with(csrf())
                .with(user(participant).roles("PARTICIPANT")));
        String after = page(proposal, participant);
        assertThat(after).contains("/proposals/" + proposal + "/unfollow\"").doesNotContain("/follow\"");
    }

    @Test
    void whatWouldBeRefusedIsNotOfferedAndThePageSaysWhy() throws Exception {
        long proposal = as(account("o"), () -> submit.handle(processId, proposal("Pista ciclabile " + run)));
        String open = page(proposal, participant);
        assertThat(open)
                .contains("/proposals/" + proposal + "/support\"")
                .contains("/proposals/" + proposal + "/comments\"");

        TestAccounts.asAdmin(() -> configure.handle(
                processId,
                phaseId,
                new ParticipationForm(
                        List.of(ProposalKind.IDEA),
                        false,
                        null,
                        false,
                        VerificationLevel.EMAIL_CONFIRMED,
                        VerificationLevel.EMAIL_CONFIRMED,
                        VerificationLevel.EMAIL_CONFIRMED)));
        String off = page(proposal, participant);
        assertThat(off)
                .doesNotContain("/proposals/" + proposal + "/support\"")
                .doesNotContain("action=\"/proposals/" + proposal + "/comments\"")
                .contains("In questa fase i sostegni non sono attivi.")
                .contains("In questa fase i commenti non sono attivi.");

        TestAccounts.asAdmin(() -> configure.handle(
                processId,
                phaseId,
                new ParticipationForm(
                        List.of(ProposalKind.IDEA),
                        true,
                        null,
                        true,
                        VerificationLevel.EMAIL_CONFIRMED,
                        VerificationLevel.VERIFIED_RESIDENT,
                        VerificationLevel.EMAIL_CONFIRMED)));
        assertThat(page(proposal, participant))
                .doesNotContain("/proposals/" + proposal + "/support\"")
                .contains("riservata ai residenti verificati");

        jdbc.sql("update phase set start_date = current_date - 10, end_date = current_date - 1 where id = :id")
                .param("id", phaseId)
                .update();
        assertThat(page(proposal, participant))
                .doesNotContain("/proposals/" + proposal + "/support\"")
                .contains("La fase di questa proposta è conclusa");
        String list = mvc.perform(get("/processes/" + slug + "/proposals")
                        .with(user(participant).roles("PARTICIPANT")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .doesNotContain("/processes/" + slug + "/proposals/new\"")
                .contains("In questo momento nessuna fase del percorso raccoglie proposte.");
        assertThat(mvc.perform(get("/processes/" + slug + "/proposals/new")
                                .with(user(participant).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("action=\"/processes/" + slug + "/proposals\"")
                .contains("In questo momento nessuna fase del percorso raccoglie proposte.");
    }

    @Test
    void aVisitorIsAskedToSignInBeforeWritingAProposalNotAfter() throws Exception {
        String form = mvc.perform(get("/processes/" + slug + "/proposals/new"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("Per presentare una proposta devi accedere")
                .contains("href=\"/login\"")
                .doesNotContain("action=\"/processes/" + slug + "/proposals\"");
        assertThat(mvc.perform(get("/processes/" + slug + "/proposals/new")
                                .with(user(participant).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("action=\"/processes/" + slug + "/proposals\"");
    }

    @Test
    void theProcessPageListsItsNextMeetingsAndTheHomePageDatesIncludeThem() throws Exception {
        long meeting = TestAccounts.asAdministrator(() -> schedule.create(processId, meeting("Assemblea " + run)));

        String process =
                mvc.perform(get("/processes/" + slug)).andReturn().getResponse().getContentAsString();
        assertThat(process)
                .contains("Prossimi incontri")
                .contains("href=\"/meetings/" + meeting + "\"")
                .contains("href=\"/processes/" + slug + "/accountability\"");

        // the home page lists the soonest dates, a day's meetings first: this one, in an hour, is among them
        jdbc.sql(
                        "update meeting set starts_at = now() + interval '1 hour', ends_at = now() + interval '2 hours' where id = :id")
                .param("id", meeting)
                .update();
        String home = mvc.perform(get("/").with(user(participant).roles("PARTICIPANT")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("Incontro: Assemblea " + run).contains("href=\"/meetings/" + meeting + "\"");
    }

    private String page(long proposal, String email) throws Exception {
        return mvc.perform(get("/proposals/" + proposal).with(user(email).roles("PARTICIPANT")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private ProposalForm proposal(String title) {
        return new ProposalForm(
                ProposalKind.IDEA, title, "Testo della proposta.", null, null, null, null, null, null, null, null);
    }

    private MeetingForm meeting(String title) {
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .plusDays(3)
                .withSecond(0)
                .withNano(0);
        return MeetingForms.meeting(title, MeetingFormat.TOWN_MEETING, start)
                .description("Descrizione")
                .at("Piazza Grande")
                .forAudience("Cittadini")
                .registration(null)
                .form();
    }

    private String account(String prefix) {
        String email = TestAccounts.newParticipant(
                jdbc, prefix + "-", "Persona " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }

    private static <T> T as(String email, Callable<T> work) {
        return TestAccounts.asParticipant(email, work);
    }
}
