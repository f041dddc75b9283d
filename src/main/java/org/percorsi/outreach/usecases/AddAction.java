package org.percorsi.outreach.usecases;

import org.percorsi.outreach.domain.ActionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager adds an action to the process's communication plan. */
@Service
public class AddAction {

    private final OutreachRules rules;
    private final ActionInput input;
    private final ActionStore store;

    AddAction(OutreachRules rules, ActionInput input, ActionStore store) {
        this.rules = rules;
        this.input = input;
        this.store = store;
    }

    @Transactional
    public long handle(long processId, ActionForm form) {
        rules.managedByViewer(processId);
        return store.insert(processId, input.read(processId, form));
    }
}
