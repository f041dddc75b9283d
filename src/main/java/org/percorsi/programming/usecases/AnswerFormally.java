package org.percorsi.programming.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.programming.FormalDecision;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.text.Texts;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality answers each proposal of a process's outcome formally: accepted,
 * accepted in part, not accepted or already planned, with a motivation (required
 * unless fully accepted), the act that decided it and the objective or action it
 * enters. A process is marked answered only when every outcome proposal has one.
 */
@Service
public class AnswerFormally {

    /** The proposals a process's outcome is made of: all but those withdrawn or merged into another. */
    public static final String OUTCOME = "p.state not in ('WITHDRAWN', 'MERGED')";

    private final JdbcClient jdbc;
    private final ProgrammingPermissions permissions;
    private final AccountsApi accounts;

    AnswerFormally(JdbcClient jdbc, ProgrammingPermissions permissions, AccountsApi accounts) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @Transactional
    public void answer(long proposalId, FormalAnswerForm form) {
        permissions.requireManagerOfProposal(proposalId);
        String motivation = form.motivation() == null ? "" : RichText.sanitize(form.motivation());
        if (form.decision() != FormalDecision.ACCEPTED && RichText.plainText(motivation).isBlank()) {
            throw new RuleViolation("motivation", "programming.answer.motivationRequired");
        }
        String url = Texts.blankToNull(form.actUrl());
        if (url != null && !Texts.isWebAddress(url)) {
            throw new RuleViolation("actUrl", "programming.answer.actUrlInvalid");
        }
        if (form.nodeId() != null && jdbc.sql("select count(*) from objective_node where id = :n")
                .param("n", form.nodeId()).query(Integer.class).single() == 0) {
            throw new RuleViolation("nodeId", "programming.link.chooseObjective");
        }
        jdbc.sql("""
                insert into formal_answer (proposal_id, decision, motivation, act_type, act_number, act_date, act_url,
                    node_id, answered_by)
                values (:p, :d, :m, :t, :n, :date, :url, :node, :by)
                on conflict (proposal_id) do update set decision = excluded.decision, motivation = excluded.motivation,
                    act_type = excluded.act_type, act_number = excluded.act_number, act_date = excluded.act_date,
                    act_url = excluded.act_url, node_id = excluded.node_id, answered_by = excluded.answered_by,
                    answered_at = now()""")
                .param("p", proposalId).param("d", form.decision().name())
                .param("m", RichText.plainText(motivation).isBlank() ? null : motivation)
                .param("t", form.actType().strip()).param("n", form.actNumber().strip()).param("date", form.actDate())
                .param("url", url).param("node", form.nodeId()).param("by", accounts.currentAccountId().orElse(null))
                .update();
        if (form.nodeId() != null) {
            jdbc.sql("insert into proposal_objective_link (proposal_id, node_id, linked_by) values (:p, :n, :by) on conflict do nothing")
                    .param("p", proposalId).param("n", form.nodeId()).param("by", accounts.currentAccountId().orElse(null))
                    .update();
        }
    }

    /** Marks the process answered; refused while an outcome proposal has no formal answer. */
    @Transactional
    public void markProcessAnswered(long processId) {
        permissions.requireManagerOfProcess(processId);
        int missing = jdbc.sql("select count(*) from proposal p where p.process_id = :p and " + OUTCOME
                        + " and not exists (select 1 from formal_answer f where f.proposal_id = p.id)")
                .param("p", processId).query(Integer.class).single();
        if (missing > 0) {
            throw RuleViolation.global("programming.answer.missing", missing);
        }
        jdbc.sql("insert into process_formal_answer (process_id, answered_by) values (:p, :by) on conflict do nothing")
                .param("p", processId).param("by", accounts.currentAccountId().orElse(null)).update();
    }
}
