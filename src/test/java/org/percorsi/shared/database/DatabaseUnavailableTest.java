package org.percorsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures get the friendly 503 page ("the database is away") rather than an error. */
class DatabaseUnavailableTest {

    @Test
    void aRollbackThatFailedBecauseTheDatabaseWentAwayIsTheDatabaseBeingAway() {
        // what pg-restart.sh met: the statement lost its connection, then the rollback found it closed
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "PreparedStatementCallback",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseUnavailable.isCauseOf(rollback)).isTrue();
    }

    @Test
    void aCommitWhoseRollbackMetTheConnectionThePoolFoundBrokenIsTheDatabaseBeingAway() {
        // Spring keeps only the rollback's failure: Hikari's stand-in for the broken connection, with no SQL state
        var closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(
                    "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection",
                    "lambda$getClosedConnection$0",
                    "ProxyConnection.java",
                    559)
        });
        assertThat(DatabaseUnavailable.isCauseOf(new TransactionSystemException("JDBC rollback failed", closed)))
                .isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("Connection is closed")))
                .as("the same words from elsewhere")
                .isFalse();
    }

    @Test
    void aRollbackThatFailedAfterAFaultIsAFault() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("rollback refused"));
        rollback.initApplicationException(new DataIntegrityViolationException("duplicate key"));

        assertThat(DatabaseUnavailable.isCauseOf(rollback)).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug")))
                .isFalse();
    }
}
