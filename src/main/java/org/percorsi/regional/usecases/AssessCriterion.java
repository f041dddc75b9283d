package org.percorsi.regional.usecases;

import java.util.Arrays;
import org.percorsi.regional.CriterionState;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.DossierChanged;
import org.percorsi.regional.domain.ChecklistStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager judges one of the call's quality criteria for the process (met, partly, not met, not applicable) with
 * a note, after reading the evidence beside it; saving again replaces the judgement. Only the criteria of the
 * dossier's call.
 */
@Service
public class AssessCriterion {

    private final RegionalRules rules;
    private final ChecklistStore store;
    private final ApplicationEventPublisher events;

    AssessCriterion(RegionalRules rules, ChecklistStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, ChecklistForm form) {
        Dossier dossier = rules.dossier(processId);
        String code = form.criterion();
        if (code == null
                || dossier.call().criteria().stream().noneMatch(c -> c.code().equals(code))) {
            throw RuleViolation.global("regional.checklist.unknownCriterion");
        }
        CriterionState state = Arrays.stream(CriterionState.values())
                .filter(s -> s.name().equals(form.state()))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("state", "regional.checklist.chooseState"));
        String note = RegionalRules.optional("note", form.note(), 4000);
        if (state != CriterionState.MET && state != CriterionState.NOT_APPLICABLE && note == null) {
            // a criterion partly met or not met is explained to the guarantor
            throw new RuleViolation("note", "regional.checklist.noteRequired");
        }
        store.save(dossier.id(), code, state, note);
        events.publishEvent(new DossierChanged(processId));
    }
}
