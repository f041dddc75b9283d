package org.percorsi.outreach.usecases;

import org.percorsi.outreach.domain.ActionStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager says how many days before a public meeting its promotion must start at the latest. */
@Service
public class SetPromotionLead {

    private final OutreachRules rules;
    private final ActionStore store;

    SetPromotionLead(OutreachRules rules, ActionStore store) {
        this.rules = rules;
        this.store = store;
    }

    @Transactional
    public void handle(long processId, Integer days) {
        rules.managedByViewer(processId);
        if (days == null || days < 1 || days > 180) {
            throw new RuleViolation("leadDays", "outreach.plan.leadDaysRange");
        }
        store.setPromotionLeadDays(processId, days);
    }
}
