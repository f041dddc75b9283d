package org.percorsi.outreach.usecases;

import org.percorsi.outreach.domain.InfoPointStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A count recorded by mistake is removed, to be recorded again. */
@Service
public class RemoveContacts {

    private final OutreachRules rules;
    private final InfoPointStore store;

    RemoveContacts(OutreachRules rules, InfoPointStore store) {
        this.rules = rules;
        this.store = store;
    }

    @Transactional
    public void handle(long processId, long pointId, long countId) {
        rules.managedByViewer(processId);
        if (!store.deleteCount(processId, pointId, countId)) {
            throw RuleViolation.global("outreach.alreadyRemoved");
        }
    }
}
