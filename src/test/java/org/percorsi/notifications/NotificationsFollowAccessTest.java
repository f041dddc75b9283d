package org.percorsi.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.FollowProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People who followed a proposal of a public process stop hearing of it, in the platform and by mail, once
 * the process is reserved to a table they do not sit at; members of the table go on hearing of it.
 */
class NotificationsFollowAccessTest extends IntegrationTest {

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
    AssignRole assignRole;

    @Autowired
    SubmitProposal submit;

    @Autowired
    FollowProposal follow;

    @Autowired
    CommentOnProposal comments;

    @Test
    void aFollowerWhoLostAccessHearsNothingMore() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String author = account("Autrice " + run), follower = account("Seguace " + run);
        String member = account("Membro " + run), commenter = account("Commentatore " + run);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        long process = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(new ProcessForm(
                    "Ex stazione " + run,
                    null,
                    "Breve",
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
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", today.minusDays(1), today.plusDays(9), "", "", false));
            publish.handle(id);
            assignRole.handle(id, new RoleForm(member, ProcessRole.MEMBER));
            assignRole.handle(id, new RoleForm(commenter, ProcessRole.MEMBER));
            return id;
        });
        long proposal = TestAccounts.asParticipant(
                author,
                () -> submit.handle(
                        process,
                        new ProposalForm(
                                ProposalKind.IDEA,
                                "Un mercato coperto " + run,
                                "Nella vecchia pensilina.",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
        for (String who : List.of(follower, member)) {
            TestAccounts.asParticipant(who, () -> {
                follow.follow(proposal, true);
                return null;
            });
        }

        var reserved = mvc.perform(post("/admin/processes/" + process)
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .param("title", "Ex stazione " + run)
                        .param("shortDescription", "Breve")
                        .param("visibility", "RESERVED"))
                .andReturn()
                .getResponse();
        assertThat(reserved.getStatus()).as(reserved.getContentAsString()).isEqualTo(302);

        TestAccounts.asParticipant(
                commenter,
                () -> comments.comment(proposal, new CommentForm(null, CommentStance.FOR, "Ne parliamo al tavolo.")));

        awaitNotification(member);
        assertThat(notifications(follower)).as("a follower outside the table").isZero();
        assertThat(notifications(author))
                .as("the author, outside the table now")
                .isZero();
        assertThat(Mailbox.await(MAILBOX, member, 1).subject()).contains("Un mercato coperto " + run);
        assertThat(Mailbox.to(MAILBOX, follower)).isEmpty();
        assertThat(Mailbox.to(MAILBOX, author)).isEmpty();
    }

    private void awaitNotification(String email) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (notifications(email) == 0) {
            assertThat(Instant.now())
                    .as("the table's member is notified of the comment")
                    .isBefore(until);
            Thread.sleep(50);
        }
    }

    private long notifications(String email) {
        return jdbc.sql("select count(*) from notification n join account a on a.id = n.account_id where a.email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private String account(String nickname) {
        String email = TestAccounts.newParticipant(jdbc, "n-", nickname);
        return email;
    }
}
