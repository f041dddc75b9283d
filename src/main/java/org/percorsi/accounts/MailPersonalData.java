package org.percorsi.accounts;

import org.percorsi.mail.MailApi;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails sent to a person's address (date, subject, body), exported with the account and erased with it.
 * The outbox is the mail module's, which reads and erases it; the contribution lives here because accounts
 * already depend on mail, and mail depending on accounts would make a cycle.
 */
@Component
class MailPersonalData implements PersonalData {

    private final MailApi mail;

    MailPersonalData(MailApi mail) {
        this.mail = mail;
    }

    @Override
    public String section() {
        return "mail";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        return mail.mailsTo(email);
    }

    /** With the former address the event carries: queued mails to it do not leave either. */
    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        mail.forgetMailsTo(deleted.email());
    }
}
