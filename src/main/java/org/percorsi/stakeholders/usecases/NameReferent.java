package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.NegotiationTableChanged;
import org.percorsi.stakeholders.domain.ReferentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager names the table's referent of a neighbourhood or of a theme: a representative, valid today, of an
 * accepted member. The referent it replaces ends today.
 */
@Service
public class NameReferent {

    private final StakeholderRules rules;
    private final ReferentStore referents;
    private final OrganisationApi organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NameReferent(
            StakeholderRules rules,
            ReferentStore referents,
            OrganisationApi organisation,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.referents = referents;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(long processId, ReferentForm form) {
        rules.tableManagedByViewer(processId);
        if ((form.scopeId() == null) == (form.themeId() == null)) {
            throw new RuleViolation("scopeId", "stakeholders.table.referentScopeOrTheme");
        }
        if (form.scopeId() != null && !organisation.scopesExist(List.of(form.scopeId()))) {
            throw new RuleViolation("scopeId", "stakeholders.table.unknownScope");
        }
        if (form.themeId() != null && !organisation.themesExist(List.of(form.themeId()))) {
            throw new RuleViolation("themeId", "stakeholders.table.unknownTheme");
        }
        long representative = TableInput.present("representativeId", form.representativeId());
        LocalDate today = LocalDate.now(clock);
        if (!referents.eligible(processId, representative, today)) {
            throw new RuleViolation("representativeId", "stakeholders.table.referentNotRepresentative");
        }
        if (referents
                .lockCurrent(processId, form.scopeId(), form.themeId())
                .filter(current -> current == representative)
                .isPresent()) {
            throw new RuleViolation("representativeId", "stakeholders.table.alreadyReferent");
        }
        referents.name(processId, form.scopeId(), form.themeId(), representative, today, rules.viewer());
        events.publishEvent(new NegotiationTableChanged(processId));
    }
}
