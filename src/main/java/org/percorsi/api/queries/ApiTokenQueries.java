package org.percorsi.api.queries;

import java.util.List;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.api.domain.ApiTokenStore;
import org.percorsi.api.domain.ApiTokenStore.TokenRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's API tokens, for their page: names and dates, never the token nor its hash. */
@Service
@Transactional(readOnly = true)
public class ApiTokenQueries {

    private final AccountsApi accounts;
    private final ApiTokenStore tokens;

    ApiTokenQueries(AccountsApi accounts, ApiTokenStore tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    public List<TokenRow> mine() {
        return tokens.ofAccount(
                accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first")));
    }
}
