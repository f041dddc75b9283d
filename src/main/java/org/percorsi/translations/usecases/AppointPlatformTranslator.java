package org.percorsi.translations.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.translations.domain.PlatformTranslatorStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator names the account with this address translator of every process. */
@Service
public class AppointPlatformTranslator {

    private final TranslationRules rules;
    private final AccountsApi accounts;
    private final PlatformTranslatorStore store;

    AppointPlatformTranslator(TranslationRules rules, AccountsApi accounts, PlatformTranslatorStore store) {
        this.rules = rules;
        this.accounts = accounts;
        this.store = store;
    }

    @Transactional
    public void handle(TranslatorForm form) {
        rules.requireCanNameTranslators();
        var account = accounts.byEmail(form.email())
                .orElseThrow(() -> new RuleViolation("email", "translations.translators.unknownEmail"));
        store.appoint(account.id(), rules.viewer());
    }
}
