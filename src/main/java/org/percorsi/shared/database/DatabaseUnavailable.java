package org.percorsi.shared.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells a failure that comes from the database being away (down, restarting, no connection free) from a fault. */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    /** Whether the failure or one of its causes says the database cannot be reached right now. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            // 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or starting
            // a rollback that failed because the connection was gone: the failure that made it roll back tells
            // (pg-restart.sh saw three 500s so, among 216 503s)
            if (t instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && isCauseOf(rollback.getApplicationException())) {
                return true;
            }
            // the pool's stand-in for a connection it found broken (no SQL state); a failed commit's rollback
            // meets it, and Spring keeps only the rollback's failure
            if (t instanceof SQLException closed && brokenConnectionOfThePool(closed)) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean brokenConnectionOfThePool(SQLException failure) {
        var where = failure.getStackTrace();
        return "Connection is closed".equals(failure.getMessage())
                && where.length > 0
                && where[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection");
    }
}
