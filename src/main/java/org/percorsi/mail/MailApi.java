package org.percorsi.mail;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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

    /**
     * A part of a mail that lets its reader act as the recipient (a reset, confirmation or invitation link).
     * It reaches the recipient, but the outbox's copy keeps it only until SMTP has delivered the mail. Formats
     * as its value, so it can be a message argument.
     */
    public record Secret(String value) {
        @Override
        public String toString() {
            return value;
        }
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public long send(String recipient, String subject, String body) {
        return send(recipient, subject, body, List.of());
    }

    /** A mail whose body holds these secrets (see {@link Secret}). */
    @Transactional(propagation = Propagation.REQUIRED)
    public long send(String recipient, String subject, String body, List<Secret> secrets) {
        String[] parts = secrets.stream().filter(Objects::nonNull).map(Secret::value).toArray(String[]::new);
        long id = jdbc.sql("insert into mail_message (recipient, subject, body_text, secret_parts) "
                        + "values (:to, :subject, :body, :secrets) returning id")
                .param("to", recipient).param("subject", subject).param("body", body)
                .param("secrets", parts.length == 0 ? null : parts)
                .query(Long.class).single();
        events.publishEvent(new MailQueued(id));
        return id;
    }

    /** The secrets among a message's arguments. */
    public static List<Secret> secretsIn(Object... args) {
        return Arrays.stream(args).filter(Secret.class::isInstance).map(Secret.class::cast).toList();
    }

    /** Published when a mail is queued; delivery follows the commit. */
    record MailQueued(long id) {
    }
}
