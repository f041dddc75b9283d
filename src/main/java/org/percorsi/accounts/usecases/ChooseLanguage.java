package org.percorsi.accounts.usecases;

import java.util.Locale;
import org.percorsi.accounts.domain.AccountRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person switches the site's language: if they are signed in, it becomes the language of their mails too.
 * Anyone may switch for themselves; nobody signed in, nothing to record.
 */
@Service
public class ChooseLanguage {

    private final AccountRepository accounts;

    ChooseLanguage(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public void handle(Locale locale) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal()) || locale == null) {
            return;
        }
        accounts.chooseLanguage(auth.getName(), "en".equals(locale.getLanguage()) ? "en" : "it");
    }
}
