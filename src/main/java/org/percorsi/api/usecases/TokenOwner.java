package org.percorsi.api.usecases;

import org.percorsi.accounts.AccountsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The one check of the token pages' actions: a person manages only their own tokens, signed in. */
@Component
class TokenOwner {

    private final AccountsApi accounts;

    TokenOwner(AccountsApi accounts) {
        this.accounts = accounts;
    }

    long require() {
        return accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
