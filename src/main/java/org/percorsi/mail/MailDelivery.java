package org.percorsi.mail;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
 * several app nodes never send the same one twice.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender,
            @Value("${percorsi.mail.from:noreply@percorsi.local}") String from) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void afterCommit(MailApi.MailQueued queued) {
        deliver(queued.id());
    }

    @Scheduled(fixedDelayString = "${percorsi.mail.retry-every:60s}", initialDelayString = "${percorsi.mail.retry-every:60s}")
    @Transactional
    public void retryQueued() {
        List<Long> ids = jdbc.sql("select id from mail_message where status = 'QUEUED' and attempts < :max "
                        + "and created_at < now() - interval '30 seconds' order by id limit 100")
                .param("max", MAX_ATTEMPTS).query(Long.class).list();
        ids.forEach(this::deliver);
    }

    void deliver(long id) {
        var message = jdbc.sql("select recipient, subject, body_text from mail_message "
                        + "where id = :id and status = 'QUEUED' for update skip locked")
                .param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional();
        if (message.isEmpty()) {
            return;
        }
        String[] m = message.get();
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("Mail (no SMTP server configured, kept in the outbox) to {}: {}\n{}", m[0], m[1], m[2]);
            mark(id, "LOGGED", null);
            return;
        }
        try {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(m[0]);
            mail.setSubject(m[1]);
            mail.setText(m[2]);
            smtp.send(mail);
            mark(id, "SENT", null);
        } catch (MailException e) {
            log.warn("Mail {} to {} not delivered: {}", id, m[0], e.getMessage());
            jdbc.sql("update mail_message set attempts = attempts + 1, last_error = :error, "
                            + "status = case when attempts + 1 >= :max then 'FAILED' else 'QUEUED' end where id = :id")
                    .param("error", String.valueOf(e.getMessage())).param("max", MAX_ATTEMPTS).param("id", id).update();
        }
    }

    private void mark(long id, String status, String error) {
        jdbc.sql("update mail_message set status = :status, attempts = attempts + 1, last_error = :error, "
                        + "sent_at = now() where id = :id")
                .param("status", status).param("error", error).param("id", id).update();
    }
}
