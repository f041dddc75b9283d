package org.percorsi.programming.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.ObjectiveLinkStore;
import org.percorsi.programming.domain.ObjectiveStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager carries a proposal into the programming: a link to an objective or action, with a note. */
@Service
public class LinkProposal {

    private final ObjectiveStore objectives;
    private final ObjectiveLinkStore links;
    private final ProgrammingPermissions permissions;
    private final AccountsApi accounts;

    LinkProposal(
            ObjectiveStore objectives,
            ObjectiveLinkStore links,
            ProgrammingPermissions permissions,
            AccountsApi accounts) {
        this.objectives = objectives;
        this.links = links;
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @Transactional
    public void link(long proposalId, Long nodeId, String note) {
        permissions.requireManagerOfProposal(proposalId);
        if (nodeId == null) {
            throw new RuleViolation("nodeId", "programming.link.chooseObjective");
        }
        if (!objectives.nodeExists(nodeId)) {
            throw new NotFoundException("objective " + nodeId);
        }
        if (note != null && note.length() > 2000) {
            throw new RuleViolation("note", "Size", 0, 2000);
        }
        links.linkProposal(
                proposalId,
                nodeId,
                note == null || note.isBlank() ? null : note.strip(),
                accounts.currentAccountId().orElse(null));
    }

    /** Removes the link, if there is one; no objective chosen changes nothing. */
    @Transactional
    public void unlink(long proposalId, Long nodeId) {
        permissions.requireManagerOfProposal(proposalId);
        if (nodeId != null) {
            links.unlinkProposal(proposalId, nodeId);
        }
    }
}
