package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.percorsi.PercorsiApplication;
import org.percorsi.support.IntegrationTest;

/**
 * The platform as a service manager stops it: SIGTERM while pages are being
 * served. It stops taking requests, finishes those in flight, closes the pool,
 * then stops its embedded PostgreSQL; it exits without a warning or a stack
 * trace, and leaves no PostgreSQL running behind it.
 */
class SigtermShutdownTest {

    @Test
    void stopsCleanlyOnSigtermUnderLoad() throws Exception {
        Path dataDir = IntegrationTest.freshDataDir();
        Path log = dataDir.resolve("platform.log");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process platform = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PercorsiApplication.class.getName(),
                "--server.port=" + port, "--percorsi.data-dir=" + dataDir, "--percorsi.demo.enabled=false",
                "--percorsi.base-url=http://localhost", "--percorsi.admin.password=a password for the tests")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://localhost:" + port;
            boolean up = false;
            for (int i = 0; i < 180 && !up && platform.isAlive(); i++) {
                Thread.sleep(1000);
                try {
                    up = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (java.io.IOException notYet) {
                    // still starting
                }
            }
            assertThat(up).as("started").isTrue();
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());

            AtomicBoolean stopping = new AtomicBoolean();
            List<Thread> visitors = java.util.stream.IntStream.range(0, 8).mapToObj(n -> Thread.ofVirtual().start(() -> {
                while (!stopping.get() || platform.isAlive()) {
                    try {
                        http.send(HttpRequest.newBuilder(URI.create(base + "/processes")).build(),
                                HttpResponse.BodyHandlers.discarding());
                    } catch (Exception refused) {
                        return; // no longer taking requests
                    }
                }
            })).toList();
            Thread.sleep(2000);
            long before = Files.size(log);
            stopping.set(true);
            platform.destroy(); // SIGTERM
            assertThat(platform.waitFor(20, TimeUnit.SECONDS)).as("stopped").isTrue();
            for (Thread visitor : visitors) {
                visitor.join(5000);
            }

            String shutdown = Files.readString(log).substring((int) before);
            assertThat(shutdown.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList()).isEmpty();
            assertThat(shutdown.lines().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")).toList())
                    .as("no stack trace").isEmpty();
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .as("its PostgreSQL stopped with it").isFalse();
        } finally {
            platform.destroyForcibly();
        }
    }
}
