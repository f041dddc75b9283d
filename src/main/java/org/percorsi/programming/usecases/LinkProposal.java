package org.percorsi.programming.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager carries a proposal into the programming: a link to an objective or action, with a note. */
@Service
public class LinkProposal {

    private final JdbcClient jdbc;
    private final ProgrammingPermissions permissions;
    private final AccountsApi accounts;

    LinkProposal(JdbcClient jdbc, ProgrammingPermissions permissions, AccountsApi accounts) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @Transactional
    public void link(long proposalId, Long nodeId, String note) {
        permissions.requireManagerOfProposal(proposalId);
        if (nodeId == null) {
            throw new RuleViolation("nodeId", "programming.link.chooseObjective");
        }
        if (jdbc.sql("select count(*) from objective_node where id = :n").param("n", nodeId).query(Integer.class).single() == 0) {
            throw new NotFoundException("objective " + nodeId);
        }
        if (note != null && note.length() > 2000) {
            throw new RuleViolation("note", "Size", 0, 2000);
        }
        jdbc.sql("""
                insert into proposal_objective_link (proposal_id, node_id, note, linked_by) values (:p, :n, :note, :by)
                on conflict (proposal_id, node_id) do update set note = excluded.note, linked_by = excluded.linked_by,
                    linked_at = now()""")
                .param("p", proposalId).param("n", nodeId)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .param("by", accounts.currentAccountId().orElse(null)).update();
    }

    @Transactional
    public void unlink(long proposalId, long nodeId) {
        permissions.requireManagerOfProposal(proposalId);
        jdbc.sql("delete from proposal_objective_link where proposal_id = :p and node_id = :n").param("p", proposalId)
                .param("n", nodeId).update();
    }
}
