package org.percorsi.shared.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Background work that failed or was cut short is done again. The work that follows a change (indexing,
 * notifications: the module listeners) runs after the commit, and the event publication registry keeps
 * each piece until it completes; whatever is still incomplete a few minutes after it was published (it
 * failed, or the platform stopped meanwhile) is submitted again, shortly after a start and then every
 * couple of minutes, until it succeeds. Completed work is kept a week, for whoever looks into a problem.
 *
 * <p>Nodes sharing one PostgreSQL handle each piece of work once. Fresh work is handled only by the node whose
 * transaction published it (after its commit, in that node's memory). Work still incomplete is submitted again
 * only here, never at a start (Spring Modulith's republication on restart stays off: every node starting would
 * submit again what the others are handling), and by one node at a time: the round is a scheduled job under
 * its lock ({@code ScheduledJobLocks}), and the retry itself holds an advisory lock on a connection of its own,
 * which PostgreSQL releases if that node dies midway. What a round submits again is marked so in the registry
 * and not submitted again by the next round, on any node, until it completed, failed or was cut short.
 */
@Component
@EnableScheduling
public class FailedWorkRetries {

    /** The advisory lock of the retries (one key, a space apart from the two-key locks used elsewhere). */
    public static final long LOCK = 0x5045_5243_4f52_5349L; // "PERCORSI"

    static final Duration KEEP_COMPLETED = Duration.ofDays(7);

    /** A retry that neither completed nor failed in this time was cut short (its node stopped): it may run again. */
    static final Duration RETRY_CUT_SHORT = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(FailedWorkRetries.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Duration retryAfter;

    FailedWorkRetries(
            IncompleteEventPublications incomplete,
            CompletedEventPublications completed,
            DataSource dataSource,
            JdbcClient jdbc,
            @Value("${percorsi.events.retry-after:5m}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.retryAfter = retryAfter;
    }

    @Scheduled(
            initialDelayString = "${percorsi.events.first-retry:30s}",
            fixedDelayString = "${percorsi.events.retry-every:2m}")
    @SchedulerLock(name = "events-failed-work-retries", lockAtLeastFor = "PT1M")
    void onSchedule() {
        try {
            retryOlderThan(retryAfter);
        } catch (DataAccessException | IllegalStateException e) {
            // the database is away: the next round tries again
            log.warn("Retrying failed background work did not run: {}", e.getMessage());
        }
    }

    /**
     * Submits again the work published more than {@code age} ago and not completed, and forgets completed
     * work older than a week.
     *
     * @return whether this node did it; {@code false} when another node is doing it right now
     */
    public boolean retryOlderThan(Duration age) {
        // a session lock on a connection of its own: the retries themselves commit as they go
        try (Connection lockHolder = dataSource.getConnection()) {
            if (!advisoryLock(lockHolder, "pg_try_advisory_lock")) {
                return false;
            }
            try {
                releaseRetriesCutShort();
                incomplete.resubmitIncompletePublicationsOlderThan(age);
                completed.deletePublicationsOlderThan(KEEP_COMPLETED);
            } finally {
                advisoryLock(lockHolder, "pg_advisory_unlock");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the retries' advisory lock", e);
        }
    }

    /**
     * The registry resubmits nothing marked as being resubmitted; one whose node stopped midway would stay so
     * forever. (Spring Modulith's staleness monitor would judge by the first publication date instead, and
     * so mark a retry of old work as failed while it runs.)
     */
    private void releaseRetriesCutShort() {
        jdbc.sql(
                        "update event_publication set status = 'FAILED' where status = 'RESUBMITTED' "
                                + "and completion_date is null and last_resubmission_date < now() - make_interval(secs => :secs)")
                .param("secs", RETRY_CUT_SHORT.toSeconds())
                .update();
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (var statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, LOCK);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
