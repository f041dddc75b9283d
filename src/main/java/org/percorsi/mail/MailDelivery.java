package org.percorsi.mail;

import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.percorsi.shared.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers queued mail right after the commit that queued it, and retries what
 * failed every minute. Each message is claimed with a row lock (skip locked), so
 * several app nodes never send the same one twice. Once SMTP has taken a message,
 * its secrets ({@link MailApi.Secret}) are removed from the stored copy: only the
 * recipient holds working links. Without SMTP the outbox is where mail is read, so
 * the copy keeps them.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String secretRemoved;

    MailDelivery(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> sender,
            @Value("${percorsi.mail.from:noreply@percorsi.local}") String from,
            MessageSource messages,
            @Value("${spring.web.locale:it}") Locale platformLanguage) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.from = from;
        this.secretRemoved = messages.getMessage("mail.secretRemoved", null, platformLanguage);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void afterCommit(MailApi.MailQueued queued) {
        deliver(queued.id());
    }

    @Scheduled(
            fixedDelayString = "${percorsi.mail.retry-every:60s}",
            initialDelayString = "${percorsi.mail.retry-every:60s}")
    @SchedulerLock(name = "mail-retry-queued", lockAtLeastFor = "PT30S")
    @Transactional
    public void retryQueued() {
        List<Long> ids = jdbc.sql("select id from mail_message where status = 'QUEUED' and attempts < :max "
                        + "and created_at < now() - interval '30 seconds' order by id limit 100")
                .param("max", MAX_ATTEMPTS)
                .query(Long.class)
                .list();
        ids.forEach(this::deliver);
    }

    void deliver(long id) {
        var message = jdbc.sql("select recipient, subject, body_text, secret_parts from mail_message "
                        + "where id = :id and status = 'QUEUED' for update skip locked")
                .param("id", id)
                .query((rs, n) -> new Queued(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getArray(4) == null
                                ? new String[0]
                                : (String[]) rs.getArray(4).getArray()))
                .optional();
        if (message.isEmpty()) {
            return;
        }
        Queued queued = message.get();
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            // never the address, subject or text: they hold personal data and one-time links
            log.info("Mail {} kept in the outbox (no SMTP server configured): see it in Gestione → Posta inviata", id);
            mark(id, "LOGGED", null);
            return;
        }
        try {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(queued.recipient());
            mail.setSubject(queued.subject());
            mail.setText(queued.body());
            smtp.send(mail);
            mark(id, "SENT", null);
            forgetSecrets(id, queued);
        } catch (MailException e) {
            log.warn("Mail {} not delivered: {}", id, LogSafe.text(e.getMessage()));
            jdbc.sql("update mail_message set attempts = attempts + 1, last_error = :error, "
                            + "status = case when attempts + 1 >= :max then 'FAILED' else 'QUEUED' end where id = :id")
                    .param("error", String.valueOf(e.getMessage()))
                    .param("max", MAX_ATTEMPTS)
                    .param("id", id)
                    .update();
        }
    }

    private record Queued(String recipient, String subject, String body, String[] secrets) {}

    /** The stored copy without the parts that would let its reader act as the recipient. */
    private void forgetSecrets(long id, Queued sent) {
        if (sent.secrets().length == 0) {
            return;
        }
        String body = sent.body();
        for (String secret : sent.secrets()) {
            body = body.replace(secret, secretRemoved);
        }
        jdbc.sql("update mail_message set body_text = :body, secret_parts = null where id = :id")
                .param("body", body)
                .param("id", id)
                .update();
    }

    private void mark(long id, String status, String error) {
        jdbc.sql("update mail_message set status = :status, attempts = attempts + 1, last_error = :error, "
                        + "sent_at = now() where id = :id")
                .param("status", status)
                .param("error", error)
                .param("id", id)
                .update();
    }
}
