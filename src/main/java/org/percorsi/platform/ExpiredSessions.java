package org.percorsi.platform;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired sessions every minute, on one node at a time. Spring Session's own cleanup (turned off:
 * {@code spring.session.jdbc.cleanup-cron: "-"}) would run the same delete on every node in the same second.
 */
@Component
class ExpiredSessions {

    private final JdbcIndexedSessionRepository sessions;

    ExpiredSessions(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "0 * * * * *")
    @SchedulerLock(name = "platform-expired-sessions", lockAtLeastFor = "PT30S")
    public void remove() {
        sessions.cleanUpExpiredSessions();
    }
}
