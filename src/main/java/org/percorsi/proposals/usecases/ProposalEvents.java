package org.percorsi.proposals.usecases;

import org.percorsi.proposals.ProposalAnswered;
import org.percorsi.proposals.ProposalChanged;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.richtext.RichText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The events of a change to a proposal, carrying the proposal as the change left it (read in the change's
 * transaction, after its writes), so that listeners need not ask for it later, when it may have changed again.
 */
@Component
class ProposalEvents {

    private final ProposalStore store;
    private final ApplicationEventPublisher events;

    ProposalEvents(ProposalStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** A proposal was submitted, or its state changed without an answer to tell its author of (a withdrawal). */
    void changed(long proposalId) {
        events.publishEvent(changedEvent(proposalId));
    }

    /** The municipality answered: the change, and the answer its author hears of. */
    void answered(long proposalId) {
        var changed = changedEvent(proposalId);
        events.publishEvent(changed);
        events.publishEvent(new ProposalAnswered(
                changed.proposalId(), changed.processId(), changed.title(), changed.authorId(), changed.state()));
    }

    private ProposalChanged changedEvent(long proposalId) {
        var p = store.snapshot(proposalId).orElseThrow(() -> new IllegalStateException("proposal " + proposalId));
        return new ProposalChanged(
                p.id(),
                p.version(),
                p.processId(),
                p.phaseId(),
                p.title(),
                RichText.plainText(p.bodyHtml()) + " " + RichText.plainText(p.motivationHtml()),
                p.state(),
                p.authorId());
    }
}
