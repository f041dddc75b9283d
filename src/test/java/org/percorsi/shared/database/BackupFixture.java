package org.percorsi.shared.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/** What the backup tests share: running the operator's commands, opening a database and reading it back. */
final class BackupFixture {

    /** What a command answered: its exit status and what it printed. */
    record Outcome(int status, String output) {}

    /** Work done on an open connection. */
    interface OnDatabase {
        void run(Connection db) throws SQLException;
    }

    private BackupFixture() {}

    /** {@code backup FILE} or {@code restore FILE} as {@code bin/backup} and {@code bin/restore} run it. */
    static Outcome command(String name, Path file, Map<String, String> environment) {
        var out = new ByteArrayOutputStream();
        int status = DatabaseCommands.run(
                new String[] {name, file.toString()}, environment, new PrintStream(out, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8);
        System.out.println(name + ": " + output);
        return new Outcome(status, output);
    }

    /** The command on the embedded database of {@code dataDir}. */
    static int command(String name, Path file, Path dataDir) {
        return command(name, file, Map.of("PERCORSI_DATA_DIR", dataDir.toString()))
                .status();
    }

    /** Starts the embedded database of {@code dataDir}, runs the work on it as its superuser, stops it. */
    static void onEmbedded(Path dataDir, OnDatabase work) throws SQLException, IOException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
        try (Connection db = connect(server, server.jdbcUrl("postgres"))) {
            work.run(db);
        } finally {
            server.close();
        }
    }

    static Connection connect(EmbeddedPostgresServer server, String url) throws SQLException {
        return DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, server.password());
    }

    /** The first column of the first row, a number ({@code select count(*) ...}). */
    static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The first column of the row with this id, as text; null if there is none. */
    static String text(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** The stored bytes of an uploaded file; null if there is none. */
    static byte[] fileBytes(Connection db, UUID id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("select data from stored_file where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        }
    }
}
