package org.percorsi.shared.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Rows read one at a time from a cursor and handed to a consumer, so that a large result (an open dataset of
 * tens of thousands of rows) never sits in memory. PostgreSQL keeps a cursor only inside a transaction: call
 * it from a {@code @Transactional(readOnly = true)} method, otherwise the driver reads every row at once.
 */
public final class StreamedRows {

    /** Rows fetched from the server at a time. */
    static final int FETCH_SIZE = 500;

    /** Turns the current row into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private StreamedRows() {}

    /** Runs the query and hands each of its rows, read by {@code reader}, to {@code rows}, in order. */
    public static <T> void each(JdbcTemplate jdbc, String sql, RowReader<T> reader, Consumer<? super T> rows) {
        each(jdbc, sql, List.of(), reader, rows);
    }

    /** The same for a query with positional parameters ({@code ?}), bound in order. */
    public static <T> void each(
            JdbcTemplate jdbc, String sql, List<?> parameters, RowReader<T> reader, Consumer<? super T> rows) {
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(sql);
                    statement.setFetchSize(FETCH_SIZE);
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    return statement;
                },
                (RowCallbackHandler) row -> rows.accept(reader.read(row)));
    }
}
