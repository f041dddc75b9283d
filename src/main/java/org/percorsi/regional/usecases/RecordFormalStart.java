package org.percorsi.regional.usecases;

import java.time.LocalDate;
import org.percorsi.regional.DossierChanged;
import org.percorsi.regional.domain.DossierStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager records the process's formal start (or corrects it): the starting action, its date, the date of the
 * certified mail that communicated it, the process's public address. A start after the call's deadline is refused,
 * as is one the call's required elements are missing for (the suspension act, the web page); nothing is saved then.
 */
@Service
public class RecordFormalStart {

    private final RegionalRules rules;
    private final DossierStore store;
    private final ApplicationEventPublisher events;

    RecordFormalStart(RegionalRules rules, DossierStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, FormalStartForm form) {
        rules.dossier(processId);
        long id = store.lockByProcess(processId).orElseThrow();
        var dossier = rules.dossier(processId);
        var call = dossier.call();
        String action = RegionalRules.required("action", form.action(), 2, 500);
        LocalDate start = rules.past("startDate", form.startDate());
        if (call.startDeadline() != null && start.isAfter(call.startDeadline())) {
            throw new RuleViolation(
                    "startDate",
                    "regional.start.afterDeadline",
                    RegionalRules.day(start),
                    RegionalRules.day(call.startDeadline()),
                    call.name());
        }
        if (start.isBefore(dossier.adhesionActDate())) {
            throw new RuleViolation(
                    "startDate", "regional.start.beforeAdhesion", RegionalRules.day(dossier.adhesionActDate()));
        }
        LocalDate pec = rules.past("pecDate", form.pecDate());
        if (pec.isBefore(start)) {
            throw new RuleViolation("pecDate", "regional.start.pecBeforeStart");
        }
        String url = RegionalRules.webAddress("publicUrl", form.publicUrl(), call.requiresWebPage());
        if (call.requiresSuspensionAct() && dossier.suspensionActNumber() == null) {
            throw RuleViolation.global("regional.start.suspensionMissing", call.name());
        }
        var firstExtension = dossier.extensions().stream().findFirst();
        if (firstExtension.isPresent() && firstExtension.get().grantedOn().isBefore(start)) {
            throw new RuleViolation("startDate", "regional.start.afterExtension");
        }
        store.recordStart(id, action, start, pec, url);
        events.publishEvent(new DossierChanged(processId));
    }
}
