package org.percorsi.proposals.usecases;

import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.ApplicationEventPublisher;
import org.percorsi.proposals.ProposalChanged;
import org.percorsi.proposals.ProposalAnswered;

/**
 * An evaluator moves a proposal on: under evaluation, or answered (accepted,
 * partly accepted, rejected, merged into another of the same process), always
 * with a public motivation; the change is kept in the proposal's history.
 */
@Service
public class AnswerProposal {

    private final ProposalStore store;
    private final ProposalPermissions permissions;
    private final ApplicationEventPublisher events;

    AnswerProposal(ProposalStore store, ProposalPermissions permissions,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long proposalId, AnswerForm form) {
        var head = store.lock(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        long evaluator = permissions.requireEvaluator(head.processId());
        if (form.state() == ProposalState.SUBMITTED || form.state() == ProposalState.WITHDRAWN) {
            throw new RuleViolation("state", "proposals.answer.stateNotAllowed");
        }
        if (!head.state().isOpen()) {
            throw RuleViolation.global("proposals.answer.alreadyAnswered");
        }
        String motivation = RichText.sanitize(form.motivation());
        if (RichText.plainText(motivation).isBlank()) {
            throw new RuleViolation("motivation", "proposals.answer.motivationRequired");
        }
        Long mergedInto = null;
        if (form.state() == ProposalState.MERGED) {
            if (form.mergedInto() == null || form.mergedInto() == proposalId) {
                throw new RuleViolation("mergedInto", "proposals.answer.mergeTarget");
            }
            var target = store.lock(form.mergedInto())
                    .filter(t -> t.processId() == head.processId())
                    .orElseThrow(() -> new RuleViolation("mergedInto", "proposals.answer.mergeTarget"));
            mergedInto = target.id();
        }
        boolean answer = ProposalState.ANSWERS.contains(form.state());
        store.changeState(proposalId, form.state(), motivation, evaluator < 0 ? null : evaluator, mergedInto, answer);
        events.publishEvent(new ProposalChanged(proposalId));
        events.publishEvent(new ProposalAnswered(proposalId, form.state()));
    }
}
