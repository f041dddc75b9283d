package org.percorsi.meetings.usecases;

import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.shared.security.OneTimeSecrets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant creates the secret address of their private calendar feed, or a new
 * one: the old address stops working, e.g. after it was shared by mistake.
 */
@Service
public class RenewCalendarFeed {

    private final MeetingStore store;

    RenewCalendarFeed(MeetingStore store) {
        this.store = store;
    }

    @Transactional
    public void renew(long accountId) {
        store.saveFeedToken(accountId, OneTimeSecrets.newSecret());
    }
}
