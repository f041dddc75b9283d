package org.percorsi.regional.usecases;

import java.math.BigDecimal;
import org.percorsi.regional.DossierChanged;
import org.percorsi.regional.domain.DossierStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager adds a cost of the process with its funding: the regional contribution, the ente's own funds and
 * other sources must add up to the amount (checked by the database too). The co-funding share is then shown
 * against the call's minimum.
 */
@Service
public class AddCost {

    private final RegionalRules rules;
    private final DossierStore store;
    private final ApplicationEventPublisher events;

    AddCost(RegionalRules rules, DossierStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, CostForm form) {
        rules.dossier(processId);
        long id = store.lockByProcess(processId).orElseThrow();
        var category = RegionalRules.present("category", form.category());
        String description = RegionalRules.required("description", form.description(), 2, 300);
        BigDecimal amount = RegionalRules.requiredAmount("amount", form.amount());
        if (amount.signum() <= 0) {
            throw new RuleViolation("amount", "regional.amount.positive");
        }
        BigDecimal regional = part("regionalPart", form.regionalPart());
        BigDecimal own = part("ownPart", form.ownPart());
        BigDecimal other = part("otherPart", form.otherPart());
        BigDecimal sum = regional.add(own).add(other);
        if (sum.compareTo(amount) != 0) {
            throw new RuleViolation(
                    "regionalPart", "regional.cost.partsDiffer", RegionalRules.euro(sum), RegionalRules.euro(amount));
        }
        store.addCost(id, category.name(), description, amount, regional, own, other);
        events.publishEvent(new DossierChanged(processId));
    }

    private static BigDecimal part(String field, String typed) {
        BigDecimal value = RegionalRules.amount(field, typed);
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }
}
