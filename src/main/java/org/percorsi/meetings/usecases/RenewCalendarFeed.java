package org.percorsi.meetings.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.shared.security.OneTimeSecrets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in participant creates the secret address of their private calendar feed, or a new one: the old
 * address stops working, e.g. after it was shared by mistake.
 */
@Service
public class RenewCalendarFeed {

    private final MeetingStore store;
    private final AccountsApi accounts;

    RenewCalendarFeed(MeetingStore store, AccountsApi accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @Transactional
    public void renew() {
        long accountId = accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        store.saveFeedToken(accountId, OneTimeSecrets.newSecret());
    }
}
