package org.percorsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.percorsi.support.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * After kill -9 of the platform its PostgreSQL keeps running: the next start on
 * the same data directory stops that orphan cleanly, says so in one line, and
 * starts normally. A second platform on a directory still in use is refused.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresOrphanTest {

    @Test
    void aStartAfterKillDashNineStopsTheOrphanedServerAndStartsNormally(CapturedOutput output) throws Exception {
        Path dataDir = IntegrationTest.freshDataDir();
        Process platform = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StartsAndWaits.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (var lines = new BufferedReader(new InputStreamReader(platform.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals("started")) {
                // the embedded server's own start-up lines
            }
        }
        long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(0)
                .strip());
        platform.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                .as("left running")
                .contains(true);

        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
        try {
            assertThat(output.getOut())
                    .contains("Stopped the embedded PostgreSQL (pid " + orphanPid + ") left running");
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            Properties login = new Properties();
            login.setProperty("user", "postgres");
            login.setProperty("password", server.password());
            try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), login)) {
                assertThat(connection.isValid(2)).isTrue();
            }

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
                    .as("the directory is in use")
                    .hasMessageContaining("Another running platform uses the data directory");
        } finally {
            server.close();
        }
    }

    /** A platform's database start in a JVM of its own, so that the test can kill it with -9. */
    public static class StartsAndWaits {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer.start(Path.of(args[0]));
            System.out.println("started");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(10));
        }
    }
}
