package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.domain.OrganisationsMerged;
import org.percorsi.stakeholders.domain.RegistryStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office merges a duplicate into the organisation it keeps, in one transaction: representatives, themes,
 * neighbourhoods and negotiation-table memberships go to the kept one, the duplicate points to it, and
 * {@link OrganisationsMerged} lets every other store of the module move its rows before the commit.
 */
@Service
public class MergeOrganisations {

    private final StakeholderRules rules;
    private final RegistryStore registry;
    private final ApplicationEventPublisher events;

    MergeOrganisations(StakeholderRules rules, RegistryStore registry, ApplicationEventPublisher events) {
        this.rules = rules;
        this.registry = registry;
        this.events = events;
    }

    /** Returns the organisation kept. */
    @Transactional
    public long handle(long organisationId, MergeForm form) {
        rules.registryKeptByViewer();
        if (form.otherId() == null) {
            throw new RuleViolation("otherId", "stakeholders.registry.merge.otherRequired");
        }
        long other = form.otherId();
        if (other == organisationId) {
            throw new RuleViolation("otherId", "stakeholders.registry.merge.itself");
        }
        boolean keepThis = !"OTHER".equals(form.keep());
        if (!keepThis && !"THIS".equals(form.keep()) && form.keep() != null) {
            throw new RuleViolation("keep", "stakeholders.registry.merge.keepRequired");
        }
        long kept = keepThis ? organisationId : other;
        long duplicate = keepThis ? other : organisationId;
        // both rows locked, the lower id first, so that two merges of the same pair cannot wait on each other
        var first = registry.lock(Math.min(kept, duplicate));
        var second = registry.lock(Math.max(kept, duplicate));
        if (first.isEmpty() || second.isEmpty()) {
            if (registry.lock(organisationId).isEmpty()) {
                throw new NotFoundException("organisation " + organisationId);
            }
            throw new RuleViolation("otherId", "stakeholders.registry.merge.unknown");
        }
        if (first.get().merged() || second.get().merged()) {
            throw new RuleViolation("otherId", "stakeholders.registry.merge.alreadyMerged");
        }
        registry.merge(duplicate, kept);
        events.publishEvent(new OrganisationsMerged(duplicate, kept));
        return kept;
    }
}
