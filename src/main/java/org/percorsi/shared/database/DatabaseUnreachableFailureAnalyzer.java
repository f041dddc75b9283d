package org.percorsi.shared.database;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "cannot reach the database" at start-up into one clear line saying what
 * to set, instead of a wall of stack traces (Boot prints the stack trace only at
 * debug level once an analyzer has explained the failure).
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        boolean unreachable = state.startsWith("08")
                || hasCause(cause, ConnectException.class)
                || hasCause(cause, UnknownHostException.class);
        boolean refused = state.equals("28P01") || state.equals("28000") || state.equals("3D000");
        if (!unreachable && !refused) {
            return null;
        }
        String what = refused
                ? "PostgreSQL refused the login or the database does not exist (" + firstLine(cause) + ")."
                : "Cannot reach PostgreSQL (" + firstLine(cause) + ").";
        return new FailureAnalysis(
                what + " Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD"
                        + " to a reachable server, or leave SPRING_DATASOURCE_URL unset to use the embedded database.",
                "Check spring.datasource.url (jdbc:postgresql://host:5432/percorsi), username and password.",
                cause);
    }

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
