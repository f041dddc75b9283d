package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.domain.StakeholderMapStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager takes a place off the process's stakeholder map (the organisation stays in the registry). */
@Service
public class RemoveFromStakeholderMap {

    private final StakeholderRules rules;
    private final StakeholderMapStore store;

    RemoveFromStakeholderMap(StakeholderRules rules, StakeholderMapStore store) {
        this.rules = rules;
        this.store = store;
    }

    @Transactional
    public void handle(long processId, long entryId) {
        rules.tableManagedByViewer(processId);
        if (!store.delete(processId, entryId)) {
            throw new NotFoundException("map entry " + entryId);
        }
    }
}
