package org.percorsi.documents.usecases;

import java.time.format.DateTimeFormatter;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.EnteActStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager adds a public monitoring update to the published act: on one of its items or on the act as a whole,
 * dated (not in the future, not before the act was adopted), where things stand and what was done. Updates are
 * never edited: a mistake is corrected by a new update naming the one it corrects, and both stay public.
 */
@Service
public class AddMonitoringUpdate {

    private final EnteActRules rules;
    private final EnteActStore store;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    AddMonitoringUpdate(
            EnteActRules rules, EnteActStore store, AccountsApi accounts, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public long handle(long processId, long documentId, MonitoringForm form) {
        var version = rules.answeredVersion(processId, documentId);
        var act = store.lockOfVersion(version.id())
                .filter(a -> a.publishedAt() != null)
                .orElseThrow(() -> RuleViolation.global("documents.act.notPublished"));
        var on = rules.pastDate("on", form.on());
        if (on.isBefore(act.adoptedOn())) {
            throw new RuleViolation(
                    "on",
                    "documents.act.beforeAdoption",
                    act.adoptedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        var progress = DocumentRules.present("progress", form.progress());
        String note = DocumentRules.required("note", form.note(), EnteActRules.MAX_TEXT);
        if (form.item() != null && !store.itemIds(version.id()).contains(form.item())) {
            throw new RuleViolation("item", "documents.act.unknownItem");
        }
        if (form.corrects() != null
                && store.actOfUpdate(form.corrects()).filter(a -> a == act.id()).isEmpty()) {
            throw new RuleViolation("corrects", "documents.act.unknownUpdate");
        }
        long id = store.addUpdate(
                act.id(),
                form.item(),
                on,
                progress.name(),
                note,
                form.corrects(),
                accounts.currentAccountId().orElse(null));
        events.publishEvent(new DocumentChanged(documentId));
        return id;
    }
}
