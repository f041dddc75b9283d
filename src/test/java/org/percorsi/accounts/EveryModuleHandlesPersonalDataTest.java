package org.percorsi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.RegistrationStatus;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.notifications.Notifications;
import org.percorsi.processes.ManagerRunsAProcessTestSupport;
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
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.FollowProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * GDPR across modules: a participant leaves one of each kind of trace (a proposal with an attachment, a
 * comment, a support, a follow, a notification and a preference, a meeting registration with a health need
 * and a check-in, a private calendar feed, an invitation), finds each in their download, then deletes the
 * account: what is personal is gone, the seat goes to the person waiting, contributions stay anonymous.
 */
class EveryModuleHandlesPersonalDataTest extends IntegrationTest {

    static final String PASSWORD = "il tram passa alle sette e un quarto";
    static final String WHEELCHAIR = "Mi serve lo spazio per la sedia a rotelle";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    SubmitProposal submit;

    @Autowired
    CommentOnProposal comments;

    @Autowired
    SupportProposal supports;

    @Autowired
    FollowProposal follows;

    @Autowired
    Notifications notifications;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    RegisterForMeeting registrations;

    @Autowired
    InviteToReservedArea invite;

    @Test
    void theDownloadHoldsEveryModulesDataAndDeletionErasesIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String participant = account("Partecipante " + tag),
                other = account("Altra " + tag),
                waiting = account("Attesa " + tag);
        long me = id(participant);
        long processId = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess("Dati personali " + tag));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.OPENING,
                            "Apertura",
                            "",
                            LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(2),
                            LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(30),
                            "",
                            "",
                            false));
            publish.handle(id);
            return id;
        });
        var photo = new MockMultipartFile(
                "attachments", "foto-" + tag + ".png", "image/png", ManagerRunsAProcessTestSupport.png());
        long mine = as(
                participant,
                () -> submit.handle(
                        processId,
                        new ProposalForm(
                                ProposalKind.IDEA,
                                "Panchine all'ombra " + tag,
                                "Corpo della mia idea " + tag,
                                null,
                                null,
                                null,
                                null,
                                List.of(photo),
                                null,
                                null,
                                null)));
        long theirs = as(
                other,
                () -> submit.handle(
                        processId,
                        new ProposalForm(
                                ProposalKind.NEED,
                                "Più alberi in piazza " + tag,
                                "Serve ombra",
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                null,
                                null,
                                null)));
        as(participant, () -> {
            comments.comment(theirs, new CommentForm(null, CommentStance.FOR, "Il mio commento " + tag));
            supports.support(theirs);
            follows.follow(theirs, true);
            notifications.choose(Set.of("PROPOSAL_COMMENTED", "PROPOSAL_ANSWERED"), Set.of("PROPOSAL_ANSWERED"));
            return null;
        });
        long theirComment = as(
                other, () -> comments.comment(mine, new CommentForm(null, CommentStance.NEUTRAL, "Bella idea " + tag)));
        awaitNotification(me);
        as(participant, () -> {
            comments.report(mine, theirComment, "Il motivo della mia segnalazione " + tag);
            return null;
        });

        long meeting =
                TestAccounts.asAdministrator(() -> schedule.create(processId, oneSeatMeeting("Passeggiata " + tag)));
        assertThat(as(participant, () -> registrations.register(meeting, Map.of("q0", WHEELCHAIR))))
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(as(waiting, () -> registrations.register(meeting, Map.of()))).isEqualTo(RegistrationStatus.WAITING);
        long registration = jdbc.sql("select id from meeting_registration where meeting_id = :m and account_id = :a")
                .param("m", meeting)
                .param("a", me)
                .query(Long.class)
                .single();
        TestAccounts.asAdmin(() -> registrations.checkIn(meeting, registration, true));
        TestAccounts.asAdmin(() -> invite.handle(processId, new InvitationForm(participant, ProcessRole.MEMBER)));
        // A copy as the demo keeps it (no SMTP: the mail is only logged), its reset link still live.
        String liveToken = "token-vivo-" + UUID.randomUUID();
        jdbc.sql("""
                        insert into mail_message (recipient, subject, body_text, status, secret_parts, sent_at)
                        values (:to, :subject, :body, 'LOGGED', :secrets, now())""")
                .param("to", participant)
                .param("subject", "Scegli una nuova password " + tag)
                .param("body", "Apri il link: http://localhost/password/reset?token=" + liveToken)
                .param("secrets", new String[] {"http://localhost/password/reset?token=" + liveToken})
                .update();

        var visitor = new HttpVisitor(port).signIn(participant, PASSWORD);
        visitor.post(
                "/meetings/mine/feed",
                HttpVisitor.csrfOf(visitor.get("/meetings/mine").body()),
                "");
        var feedLink = Pattern.compile("/meetings/feed/[^/\"]+/calendar\\.ics")
                .matcher(visitor.get("/meetings/mine").body());
        assertThat(feedLink.find()).as("a private feed address").isTrue();
        String feed = feedLink.group();
        assertThat(visitor.get(feed).statusCode()).isEqualTo(200);

        var download = visitor.getBytes("/account/data");
        assertThat(download.statusCode()).isEqualTo(200);
        Map<String, String> zip = unzip(download.body());
        assertThat(zip.get("proposals.json"))
                .contains("Panchine all'ombra " + tag)
                .contains("Corpo della mia idea " + tag)
                .contains("foto-" + tag + ".png")
                .contains("Il mio commento " + tag)
                .contains("Più alberi in piazza " + tag);
        assertThat(zip.get("proposals.json"))
                .as("supports and follows")
                .contains("\"supports\"")
                .contains("\"follows\"");
        assertThat(zip.get("notifications.json"))
                .contains("Panchine all'ombra " + tag)
                .contains("PROPOSAL_ANSWERED")
                .contains("\"byMail\" : false");
        assertThat(zip.get("meetings.json"))
                .contains("Passeggiata " + tag)
                .contains(WHEELCHAIR)
                .contains("checkedInAt")
                .contains("calendarFeed");
        assertThat(zip.get("processes.json")).contains("Dati personali " + tag).contains("MEMBER");
        assertThat(zip.get("proposals.json"))
                .as("the reports they made")
                .contains("\"reports\"")
                .contains("Il motivo della mia segnalazione " + tag)
                .contains("\"comment_id\" : " + theirComment);
        assertThat(zip.get("mail.json"))
                .as("the mails sent to their address")
                .contains("Dati personali " + tag)
                .contains("Scegli una nuova password " + tag)
                .contains("Apri il link")
                .contains("\"subject\"")
                .contains("\"body\"")
                .contains("\"createdAt\"")
                .doesNotContain(liveToken)
                .doesNotContain("/invitations/accept?token=");

        String account = visitor.get("/account").body();
        var deleted = visitor.post(
                "/account/delete", HttpVisitor.csrfOf(account), "password=" + HttpVisitor.encode(PASSWORD));
        assertThat(deleted.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(URI.create(to).getPath())
                        .as("deleted, back home")
                        .isEqualTo("/"));

        var left = jdbc.sql("select status, answers, checked_in_at from meeting_registration where id = :id")
                .param("id", registration)
                .query()
                .singleRow();
        assertThat(left.get("status")).isEqualTo("CANCELLED");
        assertThat(left.get("answers")).as("the health need is erased").isNull();
        assertThat(jdbc.sql("select count(*) from meeting_registration where account_id = :a and answers is not null")
                        .param("a", me)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select status from meeting_registration where meeting_id = :m and account_id = :a")
                        .param("m", meeting)
                        .param("a", id(waiting))
                        .query(String.class)
                        .single())
                .as("the freed seat goes to the person waiting")
                .isEqualTo("CONFIRMED");
        assertThat(Mailbox.await(MAILBOX, waiting, 1).subject()).contains("Passeggiata " + tag);
        assertThat(new HttpVisitor(port).get(feed).statusCode())
                .as("the private feed is revoked")
                .isEqualTo(404);

        assertThat(count("select count(*) from proposal_follower where account_id = :a", me))
                .isZero();
        assertThat(count("select count(*) from notification where account_id = :a", me))
                .isZero();
        assertThat(count("select count(*) from notification_preference where account_id = :a", me))
                .isZero();
        assertThat(count("select count(*) from notification_subscriber where account_id = :a", me))
                .isZero();
        assertThat(jdbc.sql("select count(*) from area_invitation where lower(email) = lower(:e)")
                        .param("e", participant)
                        .query(Long.class)
                        .single())
                .as("no invitation keeps the address")
                .isZero();
        assertThat(jdbc.sql("select count(*) from area_invitation where process_id = :p and revoked_at is null")
                        .param("p", processId)
                        .query(Long.class)
                        .single())
                .as("the pending invitation is revoked")
                .isZero();
        assertThat(jdbc.sql("select count(*) from mail_message where lower(recipient) = lower(:e)")
                        .param("e", participant)
                        .query(Long.class)
                        .single())
                .as("no mail sent to the address is kept")
                .isZero();
        assertThat(count("select count(*) from proposal_comment_report where account_id = :a", me))
                .as("the reports they made are erased")
                .isZero();
        assertThat(jdbc.sql("select support_count from proposal_summary where id = :id")
                        .param("id", theirs)
                        .query(Integer.class)
                        .single())
                .as("supports given stay counted, anonymously")
                .isEqualTo(1);

        var stranger = new HttpVisitor(port);
        String myProposal = stranger.get("/proposals/" + mine).body();
        assertThat(myProposal)
                .contains("Panchine all'ombra " + tag)
                .doesNotContain("Partecipante " + tag)
                .contains("partecipante eliminato");
        String theirProposal = stranger.get("/proposals/" + theirs).body();
        assertThat(theirProposal).contains("Il mio commento " + tag).doesNotContain("Partecipante " + tag);
    }

    private MeetingForm oneSeatMeeting(String title) {
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .plusDays(7)
                .withSecond(0)
                .withNano(0);
        return MeetingForms.meeting(title, MeetingFormat.WORLD_CAFE, start)
                .description("Descrizione")
                .at("Parco centrale")
                .forAudience("Cittadini")
                .registration(1)
                .askingRegistrants("Hai esigenze di accessibilità?")
                .form();
    }

    private void awaitNotification(long accountId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (count("select count(*) from notification where account_id = :a", accountId) == 0) {
            assertThat(Instant.now())
                    .as("the author is notified of the comment")
                    .isBefore(until);
            Thread.sleep(50);
        }
    }

    private String account(String nickname) {
        String email = "gdpr-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        jdbc.sql("""
                        insert into account (email, nickname, password_hash, verification, email_confirmed_at)
                        values (:e, :n, :h, 'EMAIL_CONFIRMED', now())""")
                .param("e", email)
                .param("n", nickname)
                .param("h", encoder.encode(PASSWORD))
                .update();
        return email;
    }

    private long id(String email) {
        return jdbc.sql("select id from account where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private long count(String sql, long accountId) {
        return jdbc.sql(sql).param("a", accountId).query(Long.class).single();
    }

    private static <T> T as(String email, Callable<T> work) {
        return TestAccounts.asParticipant(email, work);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
