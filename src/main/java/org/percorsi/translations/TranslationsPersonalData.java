package org.percorsi.translations;

import java.util.Map;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.PersonalData;
import org.percorsi.translations.domain.PlatformTranslatorStore;
import org.percorsi.translations.domain.TranslationStore;
import org.percorsi.translations.queries.TranslationQueries;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the translations keep about a person: which translations they wrote or reviewed, and whether they translate
 * for the platform. When the account is deleted the translations stay (they are the municipality's), without the
 * link to the person; the platform role goes.
 */
@Component
class TranslationsPersonalData implements PersonalData {

    private final TranslationQueries queries;
    private final TranslationStore translations;
    private final PlatformTranslatorStore translators;

    TranslationsPersonalData(
            TranslationQueries queries, TranslationStore translations, PlatformTranslatorStore translators) {
        this.queries = queries;
        this.translations = translations;
        this.translators = translators;
    }

    @Override
    public String section() {
        return "translations";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        return Map.of(
                "platformTranslator", queries.isPlatformTranslator(accountId),
                "translations", queries.byAccount(accountId));
    }

    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        translations.forgetAccount(deleted.accountId());
        translators.forgetAccount(deleted.accountId());
    }
}
