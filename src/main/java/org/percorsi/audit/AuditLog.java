package org.percorsi.audit;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit events (each in its own transaction, so a failed action is still recorded) and purges old ones. */
@Component
class AuditLog {

    static final Duration RETENTION = Duration.ofDays(365);

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, String target, String outcome, String address) {
        jdbc.sql(
                        "insert into audit_event (actor, action, target, outcome, address) values (:actor, :action, :target, :outcome, :address)")
                .param("actor", actor)
                .param("action", truncate(action, 200))
                .param("target", target)
                .param("outcome", outcome)
                .param("address", truncate(address, 100))
                .update();
    }

    @Scheduled(cron = "0 30 3 * * *")
    @SchedulerLock(name = "audit-purge", lockAtLeastFor = "PT5M")
    @Transactional
    public void purge() {
        jdbc.sql("delete from audit_event where occurred_at < now() - make_interval(days => :days)")
                .param("days", (int) RETENTION.toDays())
                .update();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
