package org.percorsi.translations;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.shared.security.Caller;
import org.percorsi.translations.queries.TranslationQueries;
import org.springframework.stereotype.Component;

/**
 * Whether someone has translation work, for where staff find their work: the back office's link and start page. A
 * platform translator holds no role in any process, so nothing else would lead them to their queue.
 */
@Component
public class TranslatorWork {

    private final AccountsApi accounts;
    private final TranslationQueries queries;

    TranslatorWork(AccountsApi accounts, TranslationQueries queries) {
        this.accounts = accounts;
        this.queries = queries;
    }

    /** The signed-in person translates something: an administrator, a platform translator, a process's translator. */
    public boolean signedInTranslates() {
        return Caller.isAdmin()
                || accounts.currentAccountId().map(queries::translatesSomething).orElse(false);
    }

    /** A platform translator: their pages are their own (they see the back office's link), never shared. */
    public boolean isPlatformTranslator(long accountId) {
        return queries.isPlatformTranslator(accountId);
    }
}
