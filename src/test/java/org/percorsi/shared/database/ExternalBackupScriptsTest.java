package org.percorsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.percorsi.shared.database.BackupFixture.connect;
import static org.percorsi.shared.database.BackupFixture.count;
import static org.percorsi.shared.database.BackupFixture.fileBytes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;

/**
 * {@code bin/backup} and {@code bin/restore} on an external database, as the README says: a PostgreSQL
 * server of the version Debian ships with its client (here started from Debian's own binaries), the
 * platform's schema migrated into it, a process, a proposal with a support and an uploaded file written;
 * the backup ({@code pg_dump -Fc}) restored into a new empty database holds them all, file bytes included,
 * and a restore into a database that is not empty changes nothing.
 */
class ExternalBackupScriptsTest {

    @Test
    void theScriptsBackUpAnExternalDatabaseAndRestoreItIntoANewOne() throws Exception {
        Optional<Path> debian = debianPostgres();
        assumeTrue(debian.isPresent(), "Debian's PostgreSQL server and client (postgresql-15) are not installed");
        Path work = IntegrationTest.freshDataDir();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(work.resolve("server"), debian.get());
        try {
            String admin = server.jdbcUrl("postgres");
            execute(server, admin, "create database percorsi");
            String source = server.jdbcUrl("percorsi");
            Flyway.configure()
                    .dataSource(source, EmbeddedPostgresServer.SUPERUSER, server.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            byte[] image = "not really an image, bytes all the same \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
            UUID fileId = UUID.randomUUID();
            try (Connection db = connect(server, source)) {
                execute(
                        db,
                        "insert into account (email, nickname, password_hash) values "
                                + "('autrice@example.org', 'Autrice', '{noop}x'), ('sostegno@example.org', 'Sostegno', '{noop}x')");
                execute(db, "insert into process (slug, title, short_description) values ('salvato', 'Salvato', 'x')");
                execute(
                        db,
                        "insert into phase (process_id, position, type, title) "
                                + "select id, 1, 'OPENING', 'Apertura' from process where slug = 'salvato'");
                execute(
                        db,
                        "insert into proposal (process_id, phase_id, kind, title, body_html, author_id) "
                                + "select p.id, f.id, 'NEED', 'Da salvare', '<p>x</p>', a.id from process p "
                                + "join phase f on f.process_id = p.id join account a on a.nickname = 'Autrice' "
                                + "where p.slug = 'salvato'");
                execute(
                        db,
                        "insert into proposal_support (proposal_id, account_id) "
                                + "select p.id, a.id from proposal p, account a where a.nickname = 'Sostegno'");
                try (PreparedStatement file = db.prepareStatement(
                        "insert into stored_file "
                                + "(id, filename, content_type, size_bytes, sha256, data) values (?, 'foto.png', 'image/png', ?, ?, ?)")) {
                    file.setObject(1, fileId);
                    file.setInt(2, image.length);
                    file.setString(3, "0".repeat(64));
                    file.setBytes(4, image);
                    file.executeUpdate();
                }
            }

            Path backup = work.resolve("backups").resolve("percorsi.dump");
            // JDBC-only options in the address are left out for pg_dump
            assertThat(script("backup", backup, server, source + "?reWriteBatchedInserts=true", debian.get()))
                    .isZero();
            assertThat(backup).isRegularFile();

            execute(server, admin, "create database percorsi_restored template template0");
            String restored = server.jdbcUrl("percorsi_restored");
            assertThat(script("restore", backup, server, restored, debian.get()))
                    .isZero();
            try (Connection db = connect(server, restored)) {
                assertThat(count(db, "select count(*) from process where slug = 'salvato'"))
                        .isEqualTo(1);
                assertThat(count(db, "select count(*) from proposal")).isEqualTo(1);
                assertThat(count(db, "select count(*) from proposal_support")).isEqualTo(1);
                assertThat(count(db, "select support_count from proposal_summary"))
                        .as("counted by the trigger once")
                        .isEqualTo(1);
                try (Connection original = connect(server, source)) {
                    assertThat(count(db, "select count(*) from flyway_schema_history"))
                            .isEqualTo(count(original, "select count(*) from flyway_schema_history"));
                }
                assertThat(fileBytes(db, fileId)).isEqualTo(image);
            }

            assertThat(script("restore", backup, server, restored, debian.get()))
                    .as("a database that is not empty is refused")
                    .isNotZero();
            try (Connection db = connect(server, restored)) {
                assertThat(count(db, "select count(*) from proposal")).isEqualTo(1);
            }
        } finally {
            server.close();
            IntegrationTest.deleteQuietly(work);
        }
    }

    private static int script(String name, Path file, EmbeddedPostgresServer server, String url, Path debian)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "bin/" + name, file.toString()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("SPRING_DATASOURCE_URL", url);
        environment.put("SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.SUPERUSER);
        environment.put("SPRING_DATASOURCE_PASSWORD", server.password());
        environment.put("PG_BIN", debian.resolve("bin").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/" + name + " did not finish");
        }
        System.out.println("bin/" + name + ": " + output);
        return process.exitValue();
    }

    /** The newest of Debian's PostgreSQL installations with the server and pg_dump, if any. */
    private static Optional<Path> debianPostgres() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            List<Path> usable = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb"))
                            && Files.isExecutable(v.resolve("bin/pg_dump"))
                            && Files.isExecutable(v.resolve("bin/pg_restore")))
                    .sorted(Comparator.comparing(
                                    (Path v) -> v.getFileName().toString().length())
                            .thenComparing(v -> v.getFileName().toString())
                            .reversed())
                    .toList();
            return usable.stream().findFirst();
        }
    }

    private static void execute(EmbeddedPostgresServer server, String url, String sql) throws SQLException {
        try (Connection db = connect(server, url)) {
            execute(db, sql);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
