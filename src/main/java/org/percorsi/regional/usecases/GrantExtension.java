package org.percorsi.regional.usecases;

import java.time.LocalDate;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.DossierChanged;
import org.percorsi.regional.domain.DossierStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager records an extension granted to the process: it moves the end, and every deadline after it, by its
 * days. Only within the call's rule (how many extensions, how many days together), for a started process, granted
 * before its end; beyond the rule nothing is saved and the manager is told how much is left.
 */
@Service
public class GrantExtension {

    private final RegionalRules rules;
    private final DossierStore store;
    private final ApplicationEventPublisher events;

    GrantExtension(RegionalRules rules, DossierStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, ExtensionForm form) {
        rules.dossier(processId);
        long id = store.lockByProcess(processId).orElseThrow();
        Dossier dossier = rules.dossier(processId);
        var call = dossier.call();
        if (!dossier.started()) {
            throw RuleViolation.global("regional.extension.notStarted");
        }
        if (dossier.extensions().size() >= call.extensionMaxCount()) {
            throw RuleViolation.global("regional.extension.tooMany", call.extensionMaxCount(), call.name());
        }
        int days = RegionalRules.between("days", form.days(), 1, 730);
        int left = call.extensionMaxDays() - dossier.extensionDays();
        if (days > left) {
            throw new RuleViolation("days", "regional.extension.tooLong", call.extensionMaxDays(), left);
        }
        String reason = RegionalRules.required("reason", form.reason(), 2, 2000);
        LocalDate grantedOn = rules.past("grantedOn", form.grantedOn());
        if (grantedOn.isBefore(dossier.start().date())) {
            throw new RuleViolation(
                    "grantedOn",
                    "regional.dossier.beforeStart",
                    RegionalRules.day(dossier.start().date()));
        }
        if (grantedOn.isAfter(dossier.endDate())) {
            throw new RuleViolation("grantedOn", "regional.extension.afterEnd", RegionalRules.day(dossier.endDate()));
        }
        store.addExtension(id, store.nextExtensionNumber(id), days, reason, grantedOn);
        events.publishEvent(new DossierChanged(processId));
    }
}
