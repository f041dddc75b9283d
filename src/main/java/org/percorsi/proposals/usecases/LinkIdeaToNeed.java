package org.percorsi.proposals.usecases;

import org.percorsi.proposals.NeedLinked;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.NeedLinkStore;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator (or manager) says which need of the process an idea answers, as a neighbourhood lab turns its
 * priority needs into project ideas; or takes the link back. The database refuses a link to anything but a need
 * of the same process, from anything but an idea or a proposal.
 */
@Service
public class LinkIdeaToNeed {

    private final ProposalStore proposals;
    private final NeedLinkStore links;
    private final ProposalPermissions permissions;
    private final ApplicationEventPublisher events;

    LinkIdeaToNeed(
            ProposalStore proposals,
            NeedLinkStore links,
            ProposalPermissions permissions,
            ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.links = links;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional
    public void link(long ideaId, NeedLinkForm form) {
        long processId = processOf(ideaId);
        Long facilitator = permissions.requireFacilitatorId(processId);
        if (form.needId() == null) {
            throw new RuleViolation("needId", "proposals.needLink.required");
        }
        boolean added;
        try {
            added = links.link(ideaId, form.needId(), facilitator);
        } catch (DataIntegrityViolationException notANeedOfTheProcess) {
            throw new RuleViolation("needId", "proposals.needLink.notANeed");
        }
        if (!added) {
            throw new RuleViolation("needId", "proposals.needLink.already");
        }
        events.publishEvent(new NeedLinked(processId, ideaId, form.needId(), true));
    }

    @Transactional
    public void unlink(long ideaId, NeedLinkForm form) {
        long processId = processOf(ideaId);
        permissions.requireFacilitator(processId);
        if (form.needId() == null) {
            throw new RuleViolation("needId", "proposals.needLink.required");
        }
        if (!links.unlink(ideaId, form.needId())) {
            throw RuleViolation.global("proposals.needLink.notLinked");
        }
        events.publishEvent(new NeedLinked(processId, ideaId, form.needId(), false));
    }

    private long processOf(long ideaId) {
        return proposals
                .head(ideaId)
                .orElseThrow(() -> new NotFoundException("proposal " + ideaId))
                .processId();
    }
}
