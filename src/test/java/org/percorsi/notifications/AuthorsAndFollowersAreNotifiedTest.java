package org.percorsi.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Authors hear of answers to their proposals and followers of new comments, in
 * the platform and by mail; a mail's link stops that kind of mail, while the
 * in-app notifications go on. Commenters are not told of their own comments.
 */
class AuthorsAndFollowersAreNotifiedTest extends IntegrationTest {

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

    @Test
    void notifiesInAppAndByMailUntilTheMailIsStopped() throws Exception {
        long[] process = new long[1];
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        TestAccounts.asAdmin(() -> {
            process[0] = createProcess.handle(ProcessForms.publicProcess("Notifiche " + UUID.randomUUID()));
            addPhase.handle(
                    process[0],
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", today.minusDays(1), today.plusDays(9), "", "", false));
            publish.handle(process[0]);
        });
        String author = account();
        String commenter = account();
        long proposal = TestAccounts.asParticipant(
                author,
                () -> submit.handle(
                        process[0],
                        new ProposalForm(
                                ProposalKind.NEED,
                                "Una fontanella in piazza",
                                "Fa caldo d'estate.",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));

        TestAccounts.asAdmin(() -> answer.handle(
                proposal, AnswerForm.of(ProposalState.UNDER_EVALUATION, "La valutiamo con l'ufficio tecnico.")));
        var answered = Mailbox.await(MAILBOX, author, 1);
        assertThat(answered.subject()).isEqualTo("La proposta «Una fontanella in piazza» è ora: In valutazione");
        String stop = answered.pathOf("/notifications/unsubscribe");

        TestAccounts.asParticipant(
                commenter,
                () -> comments.comment(
                        proposal, new CommentForm(null, CommentStance.FOR, "Sarebbe utile anche ai turisti.")));
        assertThat(Mailbox.await(MAILBOX, author, 2).subject())
                .isEqualTo("Nuovo commento alla proposta «Una fontanella in piazza»");
        assertThat(Mailbox.to(MAILBOX, commenter))
                .as("no mail about one's own comment")
                .isEmpty();

        String inbox = mvc.perform(get("/notifications").with(user(author).roles("PARTICIPANT")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(inbox).contains("In valutazione").contains("Nuovo commento alla proposta");

        String token = stop.replaceAll(".*token=([^&]+).*", "$1");
        assertThat(storedCopyOnceSent(author, answered.subject()))
                .as("the outbox forgets the stop link once delivered")
                .doesNotContain(token)
                .contains("[link rimosso dopo l’invio]");
        var page = mvc.perform(get(stop)).andReturn().getResponse();
        assertThat(page.getContentAsString()).contains("Non ricevere più queste email");
        mvc.perform(post("/notifications/unsubscribe")
                .with(csrf())
                .param("token", token)
                .param("kind", "PROPOSAL_ANSWERED"));
        var bad = mvc.perform(post("/notifications/unsubscribe")
                        .with(csrf())
                        .param("token", "falso")
                        .param("kind", "PROPOSAL_ANSWERED"))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);

        TestAccounts.asAdmin(
                () -> answer.handle(proposal, AnswerForm.of(ProposalState.ACCEPTED, "Sarà installata entro giugno.")));
        awaitNotifications(author, 3);
        Thread.sleep(500);
        assertThat(Mailbox.to(MAILBOX, author))
                .as("answers no longer mailed, comments still are")
                .hasSize(2);
    }

    private String storedCopyOnceSent(String email, String subject) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            var sent = jdbc.sql(
                            "select body_text from mail_message where recipient = :e and subject = :s and status = 'SENT'")
                    .param("e", email)
                    .param("s", subject)
                    .query(String.class)
                    .optional();
            if (sent.isPresent()) {
                return sent.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the mail is not marked sent");
    }

    private void awaitNotifications(String email, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            long n = jdbc.sql(
                            "select count(*) from notification n join account a on a.id = n.account_id where a.email = :e")
                    .param("e", email)
                    .query(Long.class)
                    .single();
            if (n >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Expected " + count + " notifications for " + email);
    }

    private String account() {
        String email = TestAccounts.newParticipant(
                jdbc, "n-", "Notificato " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }
}
