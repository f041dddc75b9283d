package org.percorsi.accounts.usecases;

import java.util.Locale;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.shared.language.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person switches the site's language: if they are signed in, it becomes the language of their mails too.
 * Anyone may switch for themselves; nobody signed in, nothing to record.
 */
@Service
public class ChooseLanguage {

    private final AccountsApi signedIn;
    private final AccountRepository accounts;

    ChooseLanguage(AccountsApi signedIn, AccountRepository accounts) {
        this.signedIn = signedIn;
        this.accounts = accounts;
    }

    @Transactional
    public void handle(Locale locale) {
        // the language's code alone (zh for zh-Hans): what the mails' bundles are named by
        String language =
                Language.ofLocale(locale).orElse(Language.ITALIAN).locale().getLanguage();
        signedIn.current().ifPresent(account -> accounts.chooseLanguage(account.email(), language));
    }
}
