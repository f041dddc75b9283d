package org.percorsi.meetings.usecases;

import org.percorsi.accounts.AccountDeleted;
import org.percorsi.meetings.domain.MeetingStore;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an account is deleted, in the same transaction: its seats and queue places in meetings ahead are
 * given up (promoting the waiting list as a cancellation does), what it answered when registering is
 * erased everywhere, and its private calendar feed stops answering.
 */
@Component
class EraseMeetingRegistrations {

    private final RegisterForMeeting registrations;
    private final MeetingStore store;

    EraseMeetingRegistrations(RegisterForMeeting registrations, MeetingStore store) {
        this.registrations = registrations;
        this.store = store;
    }

    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        registrations.cancelAllOf(deleted.accountId());
        store.eraseAnswers(deleted.accountId());
        store.revokeFeed(deleted.accountId());
    }
}
