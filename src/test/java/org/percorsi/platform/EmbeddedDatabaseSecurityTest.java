package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.percorsi.PercorsiApplication;
import org.percorsi.support.IntegrationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database is the default for municipalities: it saves what it
 * acknowledges, listens on loopback only and asks for a password that only the
 * owner of the data directory can read. A data directory created by an earlier
 * version (no password, trust authentication) is moved over on the next start.
 */
class EmbeddedDatabaseSecurityTest {

    @Test
    void runsDurableOnLoopbackWithAPasswordOnlyTheOwnerCanRead() throws Exception {
        Path dataDir = IntegrationTest.freshDataDir();
        try (var context = start(dataDir)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(show(jdbc, "fsync")).isEqualTo("on");
            assertThat(show(jdbc, "synchronous_commit")).isEqualTo("on");
            assertThat(show(jdbc, "full_page_writes")).isEqualTo("on");
            assertThat(show(jdbc, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(show(jdbc, "password_encryption")).isEqualTo("scram-sha-256");

            Path passwordFile = dataDir.resolve("postgres-password");
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            String password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);

            int port = port(context.getBean(DataSource.class));
            assertThatThrownBy(() -> connect(port, null))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(port, "a wrong one"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            connect(port, password);
        }
    }

    @Test
    void movesADataDirectoryCreatedWithoutAPasswordToPasswordLogins() throws Exception {
        Path dataDir = IntegrationTest.freshDataDir();
        // as earlier versions created it: the embedded library's defaults, anyone on the machine may log in
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .start()) {
            JdbcClient.create(old.getPostgresDatabase())
                    .sql("create schema earlier; create table earlier.kept (note text)")
                    .update();
            JdbcClient.create(old.getPostgresDatabase())
                    .sql("insert into earlier.kept values ('still here')")
                    .update();
        }

        try (var context = start(dataDir)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select note from earlier.kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("still here");
            int port = port(context.getBean(DataSource.class));
            assertThatThrownBy(() -> connect(port, null)).isInstanceOf(SQLException.class);
            connect(port, Files.readString(dataDir.resolve("postgres-password")).strip());
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
                    .doesNotContain("trust");
        }
    }

    static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "--server.port=0";
        args[1] = "--percorsi.data-dir=" + dataDir;
        args[2] = "--percorsi.demo.enabled=false";
        args[3] = "--percorsi.base-url=http://localhost";
        args[4] = "--percorsi.admin.password=a password for the tests";
        System.arraycopy(extra, 0, args, 5, extra.length);
        return new SpringApplicationBuilder(PercorsiApplication.class).run(args);
    }

    private static String show(JdbcClient jdbc, String setting) {
        return jdbc.sql("show " + setting).query(String.class).single();
    }

    static int port(DataSource dataSource) throws SQLException {
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        return Integer.parseInt(url.replaceAll("^jdbc:postgresql://[^:]+:(\\d+)/.*$", "$1"));
    }

    private static void connect(int port, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties)
                .close();
    }
}
