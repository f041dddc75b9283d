package org.percorsi.mail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues a plain-text mail; it leaves only if the caller's transaction commits. */
@Service
public class MailApi {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MailApi(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public long send(String recipient, String subject, String body) {
        long id = jdbc.sql("insert into mail_message (recipient, subject, body_text) values (:to, :subject, :body) returning id")
                .param("to", recipient).param("subject", subject).param("body", body)
                .query(Long.class).single();
        events.publishEvent(new MailQueued(id));
        return id;
    }

    /** Published when a mail is queued; delivery follows the commit. */
    record MailQueued(long id) {
    }
}
