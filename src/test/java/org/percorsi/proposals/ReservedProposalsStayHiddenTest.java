package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What is said in a phase reserved for the negotiation table stays there: the "similar titles" helper of the
 * proposal form does not list its proposals to anyone else, and its comments cannot be reported by people who
 * cannot read them, through its own address or another proposal's; the answer is the same as for a comment
 * that does not exist. Its proposals can be supported only by whoever sees them.
 */
class ReservedProposalsStayHiddenTest extends IntegrationTest {

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
    CommentOnProposal comments;

    String tag;
    String slug;
    long reservedProposal;
    long reservedComment;
    String member;
    String outsider;

    @BeforeEach
    void aPublicProcessWhoseCurrentPhaseIsReservedForTheTable() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        member = account("Tavolo " + tag);
        outsider = account("Esterno " + tag);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        long processId = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(new ProcessForm(
                    "Piazza del mercato " + tag,
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
                            PhaseType.CUSTOM,
                            "Tavolo di negoziazione",
                            "",
                            today.minusDays(1),
                            today.plusDays(20),
                            "",
                            "",
                            true));
            publish.handle(id);
            assignRole.handle(id, new RoleForm(member, ProcessRole.NEGOTIATION_TABLE));
            return id;
        });
        slug = jdbc.sql("select slug from process where id = :id")
                .param("id", processId)
                .query(String.class)
                .single();
        reservedProposal = TestAccounts.asParticipant(
                member,
                () -> submit.handle(
                        processId,
                        new ProposalForm(
                                ProposalKind.IDEA,
                                "Parcheggio interrato sotto la piazza " + tag,
                                "Ipotesi riservata del tavolo",
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                null,
                                null,
                                null)));
        reservedComment = TestAccounts.asParticipant(
                member,
                () -> comments.comment(
                        reservedProposal, new CommentForm(null, CommentStance.AGAINST, "Costa troppo " + tag)));
    }

    @Test
    void similarTitlesLeaveOutPhasesReservedForOthers() throws Exception {
        String similar = "/processes/" + slug + "/proposals/similar?title=Parcheggio interrato sotto la piazza";

        assertThat(body(get(similar))).as("a visitor").doesNotContain("Parcheggio interrato");
        assertThat(body(get(similar).with(participant(outsider))))
                .as("a participant outside the table")
                .doesNotContain("Parcheggio interrato");
        assertThat(body(get(similar).with(participant(member))))
                .as("a member of the table")
                .contains("Parcheggio interrato sotto la piazza " + tag);
    }

    @Test
    void aCommentHiddenFromTheReporterIsAnsweredLikeAMissingOne() throws Exception {
        long visibleProposal = jdbc.sql("select p.id from proposal p join process pr on pr.id = p.process_id "
                        + "join phase ph on ph.id = p.phase_id where pr.visibility = 'PUBLIC' and pr.status <> 'DRAFT' "
                        + "and not ph.reserved order by p.id limit 1")
                .query(Long.class)
                .single();
        long missing = jdbc.sql("select coalesce(max(id), 0) + 1000 from proposal_comment")
                .query(Long.class)
                .single();

        int missingAnswer = report(visibleProposal, missing, outsider);
        assertThat(missingAnswer).isEqualTo(404);
        assertThat(report(visibleProposal, reservedComment, outsider))
                .as("through a proposal one can see")
                .isEqualTo(missingAnswer);
        assertThat(report(reservedProposal, reservedComment, outsider))
                .as("through its own address")
                .isEqualTo(missingAnswer);
        assertThat(reports()).as("nothing was recorded").isZero();

        assertThat(report(visibleProposal, reservedComment, member))
                .as("a member, through another proposal")
                .isEqualTo(404);
        assertThat(report(reservedProposal, reservedComment, member))
                .as("a member who can read it")
                .isEqualTo(302);
        assertThat(reports()).isEqualTo(1);
    }

    @Test
    void aProposalOfAReservedPhaseIsSupportedOnlyByWhoeverSeesIt() throws Exception {
        // the phase's visibility is read with the proposal, in the statement before the support
        int missingAnswer = support(
                jdbc.sql("select coalesce(max(id), 0) + 1000 from proposal")
                        .query(Long.class)
                        .single(),
                outsider);
        assertThat(missingAnswer).isEqualTo(404);
        assertThat(support(reservedProposal, outsider))
                .as("a participant outside the table, answered like a missing proposal")
                .isEqualTo(missingAnswer);
        assertThat(supports()).as("nothing was counted").isZero();
        assertThat(support(reservedProposal, member))
                .as("a member of the table")
                .isEqualTo(302);
        assertThat(supports()).isEqualTo(1);
    }

    private int support(long proposal, String email) throws Exception {
        return mvc.perform(
                        post("/proposals/" + proposal + "/support").with(csrf()).with(participant(email)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long supports() {
        return jdbc.sql("select count(*) from proposal_support where proposal_id = :p")
                .param("p", reservedProposal)
                .query(Long.class)
                .single();
    }

    private int report(long proposal, long comment, String email) throws Exception {
        return mvc.perform(post("/proposals/" + proposal + "/comments/" + comment + "/report")
                        .with(csrf())
                        .with(participant(email))
                        .param("reason", "Linguaggio offensivo"))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long reports() {
        return jdbc.sql("select count(*) from proposal_comment_report where comment_id = :c")
                .param("c", reservedComment)
                .query(Long.class)
                .single();
    }

    private String body(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static RequestPostProcessor participant(String email) {
        return user(email).roles("PARTICIPANT");
    }

    private String account(String nickname) {
        String email = TestAccounts.newParticipant(jdbc, "r-", nickname);
        return email;
    }
}
