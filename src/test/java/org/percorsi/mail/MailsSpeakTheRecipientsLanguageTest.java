package org.percorsi.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.organisation.OrganisationChanged;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.InvitationForm;
import org.percorsi.processes.usecases.InviteToReservedArea;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.FollowProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every mail is written in its recipient's language, whoever caused it: the language the person chose (kept
 * on their account), else the organisation's default; an address with no account gets the organisation's
 * default. Each case has the person acting on a page in one language and the recipient choosing the other.
 */
class MailsSpeakTheRecipientsLanguageTest extends IntegrationTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

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
    SubmitProposal submit;

    @Autowired
    AnswerProposal answer;

    @Autowired
    CommentOnProposal comments;

    @Autowired
    FollowProposal follow;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    RegisterForMeeting registrations;

    @Autowired
    InviteToReservedArea invite;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long process;

    @BeforeEach
    void aPublishedProcess() {
        process = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess("Lingue " + run));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.OPENING,
                            "Apertura",
                            "",
                            LocalDate.now(ROME).minusDays(1),
                            LocalDate.now(ROME).plusDays(30),
                            "",
                            "",
                            false));
            publish.handle(id);
            return id;
        });
    }

    @AfterEach
    void noPageLanguageLeftOver() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void answersToAProposalReachItsAuthorInTheirLanguage() {
        String english = account("en");
        String italian = account("it");
        long ofEnglish = proposalBy(english, "Panchine al parco " + run);
        long ofItalian = proposalBy(italian, "Alberi in viale " + run);

        actingIn(
                Locale.ITALIAN,
                () -> answer.handle(ofEnglish, AnswerForm.of(ProposalState.UNDER_EVALUATION, "La valutiamo.")));
        actingIn(
                Locale.ENGLISH,
                () -> answer.handle(ofItalian, AnswerForm.of(ProposalState.UNDER_EVALUATION, "Under way.")));

        assertThat(Mailbox.await(MAILBOX, english, 1).subject())
                .isEqualTo("The proposal “Panchine al parco " + run + "” is now: Under evaluation");
        assertThat(Mailbox.await(MAILBOX, italian, 1).subject())
                .isEqualTo("La proposta «Alberi in viale " + run + "» è ora: In valutazione");
    }

    @Test
    void commentsReachFollowersInTheirLanguage() {
        String author = account("it");
        String follower = account("en");
        long proposal = proposalBy(author, "Fontanella " + run);
        TestAccounts.asParticipant(follower, () -> follow.follow(proposal, true));
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        TestAccounts.asParticipant(
                author,
                () -> comments.comment(
                        proposal, new CommentForm(null, CommentStance.FOR, "Sarebbe utile anche ai turisti.")));

        var mail = Mailbox.await(MAILBOX, follower, 1);
        assertThat(mail.subject()).isEqualTo("New comment on the proposal “Fontanella " + run + "”");
    }

    @Test
    void meetingMailsReachRegistrantsInTheirLanguage() {
        var start = LocalDateTime.now(ROME).plusDays(10).withSecond(0).withNano(0);
        long meeting = TestAccounts.asAdministrator(() -> schedule.create(
                process,
                MeetingForms.meeting("Laboratorio " + run, MeetingFormat.NEIGHBOURHOOD_LAB, start)
                        .registration(1)
                        .form()));
        String first = account("it");
        String waiting = account("en");
        TestAccounts.asParticipant(first, () -> registrations.register(meeting, Map.of()));
        TestAccounts.asParticipant(waiting, () -> registrations.register(meeting, Map.of()));

        LocaleContextHolder.setLocale(Locale.ITALIAN);
        TestAccounts.asParticipant(first, () -> {
            registrations.cancel(meeting);
            return null;
        });
        assertThat(Mailbox.await(MAILBOX, waiting, 1).subject()).isEqualTo("A seat became free: Laboratorio " + run);

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String italianRegistrant = account("it");
        TestAccounts.asParticipant(italianRegistrant, () -> registrations.register(meeting, Map.of()));
        TestAccounts.asAdmin(() -> schedule.cancel(meeting));
        assertThat(Mailbox.await(MAILBOX, waiting, 2).subject()).isEqualTo("Meeting cancelled: Laboratorio " + run);
        assertThat(Mailbox.await(MAILBOX, italianRegistrant, 1).subject())
                .isEqualTo("Incontro annullato: Laboratorio " + run);
    }

    @Test
    void invitationsGoOutInTheInvitedPersonsLanguageElseTheOrganisations() throws Exception {
        String english = account("en");
        String nobody = "nuovo-" + run + "@example.org";
        actingIn(Locale.ITALIAN, () -> invite.handle(process, new InvitationForm(english, ProcessRole.MEMBER)));
        actingIn(Locale.ENGLISH, () -> invite.handle(process, new InvitationForm(nobody, ProcessRole.MEMBER)));
        assertThat(Mailbox.await(MAILBOX, english, 1).subject())
                .isEqualTo("Invitation to the reserved area: Lingue " + run);
        assertThat(Mailbox.await(MAILBOX, nobody, 1).subject())
                .as("no account: the organisation's default, Italian")
                .isEqualTo("Invito all’area riservata: Lingue " + run);

        String alsoNobody = "nuova-" + run + "@example.org";
        organisationDefault("en");
        try {
            actingIn(Locale.ITALIAN, () -> invite.handle(process, new InvitationForm(alsoNobody, ProcessRole.MEMBER)));
        } finally {
            organisationDefault("it");
        }
        assertThat(Mailbox.await(MAILBOX, alsoNobody, 1).subject())
                .isEqualTo("Invitation to the reserved area: Lingue " + run);
    }

    @Test
    void accountMailsCausedBySomeoneElseReachTheOwnerInTheirLanguage() throws Exception {
        String english = account("en");
        var reset = mvc.perform(post("/password/forgot")
                        .with(csrf())
                        .with(from())
                        .header("Accept-Language", "it")
                        .param("email", english))
                .andReturn()
                .getResponse();
        assertThat(reset.getContentAsString()).contains("Se esiste un account");
        assertThat(Mailbox.await(MAILBOX, english, 1).subject()).isEqualTo("Choose a new password");

        mvc.perform(post("/register")
                .with(csrf())
                .with(from())
                .header("Accept-Language", "it")
                .param("email", english.toUpperCase())
                .param("nickname", "Altro " + run)
                .param("password", "il tram passa alle sette e un quarto")
                .param("acceptTerms", "true"));
        assertThat(Mailbox.await(MAILBOX, english, 2).subject()).isEqualTo("Registration attempt with your address");

        var client = from();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login")
                    .with(csrf())
                    .with(client)
                    .header("Accept-Language", "it")
                    .param("email", english)
                    .param("password", "non è la sua password " + i));
        }
        assertThat(Mailbox.await(MAILBOX, english, 3).subject())
                .isEqualTo("Failed attempts to sign in to your account");
    }

    @Test
    void switchingTheLanguageWhileSignedInIsTheChoiceMailsFollow() throws Exception {
        String person = account(null);
        assertThat(language(person)).as("no choice yet").isNull();
        mvc.perform(get("/processes?lang=en").with(user(person).roles("PARTICIPANT")));
        assertThat(language(person)).isEqualTo("en");
        long proposal = proposalBy(person, "Piazza " + run);
        actingIn(Locale.ITALIAN, () -> answer.handle(proposal, AnswerForm.of(ProposalState.ACCEPTED, "Sì.")));
        assertThat(Mailbox.await(MAILBOX, person, 1).subject()).startsWith("The proposal");

        mvc.perform(get("/processes?lang=it").with(user(person).roles("PARTICIPANT")));
        assertThat(language(person)).isEqualTo("it");
        mvc.perform(get("/processes?lang=en"));
        assertThat(language(person)).as("a visitor's switch touches no account").isEqualTo("it");
    }

    @Test
    void aPersonChoosesTheLanguageOfTheirMailsOnTheirAccountPage() throws Exception {
        String person = account(null);
        var signedIn = user(person).roles("PARTICIPANT");
        assertThat(mvc.perform(get("/account").with(signedIn))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Non hai ancora scelto: le email ti arrivano nella lingua predefinita dell’ente.");
        var saved = mvc.perform(post("/account/language")
                        .param("language", "en")
                        .with(signedIn)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/account#language-heading");
        assertThat(language(person)).isEqualTo("en");
        assertThat(mvc.perform(get("/account").with(signedIn).header("Accept-Language", "en"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Language chosen: English.");
        long proposal = proposalBy(person, "Giardino " + run);
        actingIn(Locale.ITALIAN, () -> answer.handle(proposal, AnswerForm.of(ProposalState.ACCEPTED, "Sì.")));
        assertThat(Mailbox.await(MAILBOX, person, 1).subject()).startsWith("The proposal");

        var refused = mvc.perform(post("/account/language")
                        .param("language", "xx")
                        .with(signedIn)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/account#language-heading");
        assertThat(language(person)).as("an unknown language changes nothing").isEqualTo("en");

        // any offered language: Simplified Chinese is kept as its code, which names the mails' bundles
        mvc.perform(post("/account/language")
                .param("language", "zh-Hans")
                .with(signedIn)
                .with(csrf()));
        assertThat(language(person)).isEqualTo("zh");
        long another = proposalBy(person, "Orto " + run);
        actingIn(Locale.ITALIAN, () -> answer.handle(another, AnswerForm.of(ProposalState.ACCEPTED, "Sì.")));
        assertThat(Mailbox.await(MAILBOX, person, 2).subject())
                .as("the second mail, in Chinese")
                .matches("(?s).*\\p{IsHan}.*");
    }

    private void actingIn(Locale pageLanguage, Runnable work) {
        LocaleContextHolder.setLocale(pageLanguage);
        try {
            TestAccounts.asAdmin(work);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private long proposalBy(String email, String title) {
        return TestAccounts.asParticipant(
                email,
                () -> submit.handle(
                        process,
                        new ProposalForm(
                                ProposalKind.IDEA,
                                title,
                                "Una proposta per il quartiere.",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
    }

    private String account(String language) {
        String email = "l-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, nickname, password_hash, verification, language) "
                        + "values (:e, :n, '{noop}x', 'EMAIL_CONFIRMED', :l)")
                .param("e", email)
                .param("n", "Lingua " + UUID.randomUUID().toString().substring(0, 8))
                .param("l", language)
                .update();
        return email;
    }

    private String language(String email) {
        return jdbc.sql("select language from account where email = :e")
                .param("e", email)
                .query((rs, n) -> rs.getString(1))
                .list()
                .get(0);
    }

    private void organisationDefault(String language) {
        jdbc.sql("update organisation_settings set default_language = :l")
                .param("l", language)
                .update();
        // the settings are kept in memory for two seconds; a change through the back office forgets them at once
        TestAccounts.asAdmin(() -> events.publishEvent(new OrganisationChanged()));
    }

    @Autowired
    ApplicationEventPublisher events;

    private static RequestPostProcessor from() {
        var r = new Random();
        String address = "10.77." + r.nextInt(256) + "." + (1 + r.nextInt(254));
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
