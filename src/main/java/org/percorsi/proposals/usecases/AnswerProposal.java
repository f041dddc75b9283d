package org.percorsi.proposals.usecases;

import java.time.LocalDate;
import org.percorsi.proposals.Act;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.text.Texts;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality answers a proposal: one answer, whoever types it (the evaluator who looks at it
 * first, the manager who records the Giunta's act later). A new answer replaces the current one; the
 * earlier ones stay in the proposal's history. The proposal's state is the answer's decision.
 */
@Service
public class AnswerProposal {

    private final ProposalStore store;
    private final ProposalPermissions permissions;
    private final ProposalEvents events;

    AnswerProposal(ProposalStore store, ProposalPermissions permissions, ProposalEvents events) {
        this.events = events;
        this.store = store;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long proposalId, AnswerForm form) {
        var head = store.lock(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        long evaluator = permissions.requireEvaluator(head.processId());
        var decision = form.decision();
        if (decision == null || !ProposalState.DECISIONS.contains(decision)) {
            throw new RuleViolation("decision", "proposals.answer.stateNotAllowed");
        }
        if (!head.state().canBecome(decision, false)) {
            throw RuleViolation.global("proposals.answer.withdrawnIsFinal");
        }
        String motivation = form.motivation() == null ? "" : RichText.sanitize(form.motivation());
        boolean motivated = !RichText.plainText(motivation).isBlank();
        if (decision.needsMotivation() && !motivated) {
            throw new RuleViolation("motivation", "proposals.answer.motivationRequired");
        }
        Long mergedInto = null;
        if (decision == ProposalState.MERGED) {
            if (form.mergedInto() == null || form.mergedInto() == proposalId) {
                throw new RuleViolation("mergedInto", "proposals.answer.mergeTarget");
            }
            var target = store.lock(form.mergedInto())
                    .filter(t -> t.processId() == head.processId())
                    .orElseThrow(() -> new RuleViolation("mergedInto", "proposals.answer.mergeTarget"));
            mergedInto = target.id();
        }
        store.answer(
                proposalId,
                decision,
                motivated ? motivation : null,
                mergedInto,
                act(form),
                evaluator < 0 ? null : evaluator);
        events.answered(proposalId);
    }

    /** The act is optional; given in part, the missing parts are asked for on their fields. */
    private static Act act(AnswerForm form) {
        String type = Texts.blankToNull(form.actType());
        String number = Texts.blankToNull(form.actNumber());
        LocalDate date = form.actDate();
        String url = Texts.blankToNull(form.actUrl());
        if (type == null && number == null && date == null && url == null) {
            return null;
        }
        if (type == null) {
            throw new RuleViolation("actType", "proposals.answer.actIncomplete");
        }
        if (number == null) {
            throw new RuleViolation("actNumber", "proposals.answer.actIncomplete");
        }
        if (date == null) {
            throw new RuleViolation("actDate", "proposals.answer.actIncomplete");
        }
        if (date.isAfter(LocalDate.now(TimeConfiguration.ROME))) {
            throw new RuleViolation("actDate", "proposals.answer.actInFuture");
        }
        if (url != null && !Texts.isWebAddress(url)) {
            throw new RuleViolation("actUrl", "proposals.answer.actUrlInvalid");
        }
        return new Act(type.strip(), number.strip(), date, url);
    }
}
