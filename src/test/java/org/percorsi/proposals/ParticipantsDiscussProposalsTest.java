package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.queries.ProposalQueries;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.HideComment;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Comments on two levels with a stance, the edit window, reports, and moderators hiding with a reason. */
class ParticipantsDiscussProposalsTest extends IntegrationTest {

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
    HideComment hide;

    @Autowired
    ProposalQueries queries;

    @Autowired
    JdbcClient jdbc;

    long proposal;
    String author;

    @BeforeEach
    void aProposalToDiscuss() {
        long[] process = new long[1];
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        TestAccounts.asAdmin(() -> {
            process[0] = createProcess.handle(ProcessForms.publicProcess("Discussione " + UUID.randomUUID()));
            addPhase.handle(
                    process[0],
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", today.minusDays(1), today.plusDays(9), "", "", false));
            publish.handle(process[0]);
        });
        author = account();
        proposal = as(
                author,
                () -> submit.handle(
                        process[0],
                        new ProposalForm(
                                ProposalKind.IDEA,
                                "Orti condivisi nel cortile della scuola",
                                "Un orto curato da famiglie e studenti.",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
    }

    @Test
    void threadsTwoLevelsPaginatesTwentyAndCountsComments() {
        String other = account();
        long first =
                as(other, () -> comments.comment(proposal, new CommentForm(null, CommentStance.FOR, "Ottima idea")));
        long reply =
                as(author, () -> comments.comment(proposal, new CommentForm(first, CommentStance.NEUTRAL, "Grazie!")));
        assertThatThrownBy(() -> as(
                        other, () -> comments.comment(proposal, new CommentForm(reply, CommentStance.AGAINST, "No"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("comments.tooDeep"));
        for (int i = 0; i < 21; i++) {
            int n = i;
            as(other, () -> comments.comment(proposal, new CommentForm(null, CommentStance.AGAINST, "Commento " + n)));
        }
        var page1 = queries.comments(proposal, 1);
        assertThat(page1.total()).isEqualTo(22);
        assertThat(page1.items()).hasSize(20);
        assertThat(page1.items().get(0).replies())
                .extracting(ProposalQueries.Comment::bodyHtml)
                .containsExactly("<p>Grazie!</p>");
        assertThat(queries.comments(proposal, 2).items()).hasSize(2);
        assertThat(jdbc.sql("select comment_count from proposal where id = :id")
                        .param("id", proposal)
                        .query(Integer.class)
                        .single())
                .isEqualTo(23);
    }

    @Test
    void theAuthorEditsWithinFifteenMinutesOnly() {
        long mine = as(
                author, () -> comments.comment(proposal, new CommentForm(null, CommentStance.FOR, "Prima versione")));
        as(author, () -> {
            comments.edit(mine, "Seconda versione");
            return null;
        });
        assertThat(queries.comments(proposal, 1).items().get(0).bodyHtml()).isEqualTo("<p>Seconda versione</p>");
        assertThat(queries.comments(proposal, 1).items().get(0).edited()).isTrue();
        assertThatThrownBy(() -> as(account(), () -> {
                    comments.edit(mine, "Non è mio");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        jdbc.sql("update proposal_comment set created_at = now() - interval '16 minutes' where id = :id")
                .param("id", mine)
                .update();
        assertThatThrownBy(() -> as(author, () -> {
                    comments.edit(mine, "Troppo tardi");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("comments.editWindowOver"));
    }

    @Test
    void aReportedCommentIsHiddenByAModeratorWithAReason() {
        long rude =
                as(account(), () -> comments.comment(proposal, new CommentForm(null, CommentStance.AGAINST, "Offesa")));
        as(author, () -> {
            comments.report(proposal, rude, "Linguaggio offensivo");
            return null;
        });
        assertThat(queries.comments(proposal, 1).items().get(0).reports()).isEqualTo(1);
        assertThatThrownBy(() -> as(author, () -> {
                    hide.handle(rude, "No");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        TestAccounts.asAdmin(() -> {
            assertThatThrownBy(() -> hide.handle(rude, " ")).isInstanceOf(RuleViolation.class);
            hide.handle(rude, "Linguaggio non rispettoso");
        });
        var shown = queries.comments(proposal, 1).items().get(0);
        assertThat(shown.hidden()).isTrue();
        assertThat(shown.hiddenReason()).isEqualTo("Linguaggio non rispettoso");
    }

    private String account() {
        String email = TestAccounts.newParticipant(
                jdbc, "c-", "Commentatore " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }

    private static <T> T as(String email, Callable<T> work) {
        return TestAccounts.asParticipant(email, work);
    }
}
