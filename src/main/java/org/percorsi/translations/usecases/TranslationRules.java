package org.percorsi.translations.usecases;

import java.util.List;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.shared.security.Caller;
import org.percorsi.translations.queries.TranslationQueries;
import org.percorsi.translations.queries.TranslationQueries.ProcessRef;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who translates what: a process's translators and managers translate its texts; the platform's translators and
 * administrators translate every process's; administrators name the platform's translators.
 */
@Component
public class TranslationRules {

    private final ProcessPermissions processes;
    private final TranslationQueries queries;
    private final AccountsApi accounts;

    TranslationRules(ProcessPermissions processes, TranslationQueries queries, AccountsApi accounts) {
        this.processes = processes;
        this.queries = queries;
        this.accounts = accounts;
    }

    /** The processes whose texts the signed-in person translates (none for a visitor). */
    public List<ProcessRef> translatableProcesses() {
        if (translatesEverything()) {
            return queries.allProcesses();
        }
        return accounts.currentAccountId().map(queries::processesTranslatedBy).orElse(List.of());
    }

    public boolean canTranslate(long processId) {
        return translatesEverything() || processes.hasRole(processId, ProcessRole.TRANSLATOR, ProcessRole.MANAGER);
    }

    public void requireCanTranslate(long processId) {
        if (!canTranslate(processId)) {
            throw new AccessDeniedException("Translators of process " + processId + " only");
        }
    }

    /** The queue is for whoever translates some process. */
    public void requireTranslatesAny() {
        if (translatableProcesses().isEmpty() && !translatesEverything()) {
            throw new AccessDeniedException("Translators only");
        }
    }

    /** Naming and removing the platform's translators. */
    public void requireCanNameTranslators() {
        Caller.requireAdmin();
    }

    long viewer() {
        return accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Signed-in people only"));
    }

    private boolean translatesEverything() {
        return Caller.isAdmin()
                || accounts.currentAccountId()
                        .map(queries::isPlatformTranslator)
                        .orElse(false);
    }
}
