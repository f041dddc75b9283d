package org.percorsi.api;

import java.util.Map;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.PersonalData;
import org.percorsi.api.domain.ApiTokenStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's API tokens in their data download (names and dates, never the hash); gone with the account. */
@Component
class ApiTokensPersonalData implements PersonalData {

    private final ApiTokenStore tokens;

    ApiTokensPersonalData(ApiTokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public String section() {
        return "api-tokens";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        return Map.of("tokens", tokens.ofAccount(accountId));
    }

    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        tokens.deleteAccount(deleted.accountId());
    }
}
