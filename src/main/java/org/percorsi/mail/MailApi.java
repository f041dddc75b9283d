package org.percorsi.mail;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a plain-text mail; it leaves only if the caller's transaction commits. Also gives a person the
 * stored copies of what was mailed to their address, and forgets them when the account goes.
 */
@Service
public class MailApi {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    MailApi(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages) {
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
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
        String[] parts =
                secrets.stream().filter(Objects::nonNull).map(Secret::value).toArray(String[]::new);
        long id = jdbc.sql("insert into mail_message (recipient, subject, body_text, secret_parts) "
                        + "values (:to, :subject, :body, :secrets) returning id")
                .param("to", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("secrets", parts.length == 0 ? null : parts)
                .query(Long.class)
                .single();
        events.publishEvent(new MailQueued(id));
        return id;
    }

    /** How many mails wait in the outbox for delivery (queued, retries included): the operators' backlog. */
    @Transactional(readOnly = true)
    public long queuedCount() {
        return jdbc.sql("select count(*) from mail_message where status = 'QUEUED'")
                .query(Long.class)
                .single();
    }

    /** A stored copy of a mail, as its recipient gets it in their personal data download. */
    public record MailCopy(Instant createdAt, Instant sentAt, String status, String subject, String body) {}

    /**
     * The copies of the mails sent to this address, oldest first. Secrets still live in a copy (a mail not yet
     * delivered by SMTP, or any mail when there is no SMTP server, as in the demo) are replaced, as after
     * delivery: the download is a file that leaves the platform and may be kept or forwarded carelessly, and a
     * working reset or invitation link in it would let whoever reads it act as the person. The rest of the
     * body is theirs and stays, rather than listing subjects and dates only.
     */
    @Transactional(readOnly = true)
    public List<MailCopy> mailsTo(String address) {
        String withheld = messages.getMessage("mail.secretWithheld", null, LocaleContextHolder.getLocale());
        return jdbc.sql("""
                        select created_at, sent_at, status, subject, body_text, secret_parts from mail_message
                        where lower(recipient) = lower(:address) order by id""")
                .param("address", address)
                .query((rs, n) -> {
                    String body = rs.getString("body_text");
                    if (rs.getArray("secret_parts") != null) {
                        for (String secret :
                                (String[]) rs.getArray("secret_parts").getArray()) {
                            body = body.replace(secret, withheld);
                        }
                    }
                    var sent = rs.getTimestamp("sent_at");
                    return new MailCopy(
                            rs.getTimestamp("created_at").toInstant(),
                            sent == null ? null : sent.toInstant(),
                            rs.getString("status"),
                            rs.getString("subject"),
                            body);
                })
                .list();
    }

    /** Erases every mail sent to this address, queued ones included (they will not leave). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void forgetMailsTo(String address) {
        jdbc.sql("delete from mail_message where lower(recipient) = lower(:address)")
                .param("address", address)
                .update();
    }

    /** The secrets among a message's arguments. */
    public static List<Secret> secretsIn(Object... args) {
        return Arrays.stream(args)
                .filter(Secret.class::isInstance)
                .map(Secret.class::cast)
                .toList();
    }

    /** Published when a mail is queued; delivery follows the commit. */
    record MailQueued(long id) {}
}
