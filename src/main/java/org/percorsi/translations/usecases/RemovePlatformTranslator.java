package org.percorsi.translations.usecases;

import org.percorsi.translations.domain.PlatformTranslatorStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator removes a platform translator; what they translated stays. */
@Service
public class RemovePlatformTranslator {

    private final TranslationRules rules;
    private final PlatformTranslatorStore store;

    RemovePlatformTranslator(TranslationRules rules, PlatformTranslatorStore store) {
        this.rules = rules;
        this.store = store;
    }

    @Transactional
    public void handle(long accountId) {
        rules.requireCanNameTranslators();
        store.remove(accountId);
    }
}
