package org.percorsi.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The platform's scheduler, as its jobs meet it: a job that cannot reach the database (ShedLock reading its lock
 * while PostgreSQL restarts, or with no connection free) leaves one line, no stack trace; any other failure keeps
 * its stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledJobFailuresTest extends IntegrationTest {

    @Autowired
    TaskScheduler scheduler;

    @Test
    void aJobThatCannotReachTheDatabaseLeavesOneLine(CapturedOutput output) {
        String marker = "database away " + System.nanoTime();
        scheduler.schedule(
                () -> {
                    throw new CannotCreateTransactionException(
                            "Could not open JDBC Connection for transaction",
                            new SQLTransientConnectionException(marker));
                },
                Instant.now());

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> output.getOut().contains(marker));
        var lines = output.getOut().lines().toList();
        int at = 0;
        while (!lines.get(at).contains(marker)) {
            at++;
        }
        assertThat(lines.get(at)).contains("WARN").contains("could not reach the database; its next round tries again");
        String next = at + 1 < lines.size() ? lines.get(at + 1) : "";
        assertThat(next).doesNotStartWith("\tat ").doesNotContain("CannotCreateTransactionException");
    }

    @Test
    void anyOtherFailureKeepsItsStackTrace(CapturedOutput output) {
        String marker = "a fault " + System.nanoTime();
        scheduler.schedule(
                () -> {
                    throw new IllegalStateException(marker);
                },
                Instant.now());

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> output.getAll().contains("IllegalStateException: " + marker));
        assertThat(output.getAll()).contains("Unexpected error occurred in scheduled task");
    }
}
