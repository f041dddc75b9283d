package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.percorsi.PercorsiApplication;
import org.percorsi.support.IntegrationTest;

/**
 * The platform as a service manager stops it: SIGTERM while pages are being
 * served and while a form is still being sent. It stops taking requests,
 * finishes those in flight (the form gets its answer, no page gets an error),
 * closes the pool, then stops its embedded PostgreSQL; it exits within 10 s,
 * without a warning or a stack trace, and leaves no PostgreSQL running behind it.
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
        Process platform = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PercorsiApplication.class.getName(),
                        "--server.port=" + port,
                        "--percorsi.data-dir=" + dataDir,
                        "--percorsi.demo.enabled=false",
                        "--percorsi.base-url=http://localhost",
                        "--percorsi.admin.password=a password for the tests")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            String base = "http://localhost:" + port;
            boolean up = false;
            for (int i = 0; i < 180 && !up && platform.isAlive(); i++) {
                Thread.sleep(1000);
                try {
                    up = http.send(
                                            HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .statusCode()
                            == 200;
                } catch (IOException notYet) {
                    // still starting
                }
            }
            assertThat(up).as("started").isTrue();
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                    .get(0)
                    .strip());

            AtomicBoolean stopping = new AtomicBoolean();
            var errorsSeen = new ConcurrentLinkedQueue<Integer>();
            List<Thread> visitors = IntStream.range(0, 8)
                    .mapToObj(n -> Thread.ofVirtual().start(() -> {
                        while (!stopping.get() || platform.isAlive()) {
                            try {
                                int status = http.send(
                                                HttpRequest.newBuilder(URI.create(base + "/processes"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode();
                                if (status >= 500) {
                                    errorsSeen.add(status);
                                }
                            } catch (Exception refused) {
                                return; // no longer taking requests
                            }
                        }
                    }))
                    .toList();
            Thread.sleep(2000);
            long before = Files.size(log);
            // A sign-in form sent slowly: once the application is reading it, the service manager sends SIGTERM,
            // and the body trickles in for about half a second more. "Expect: 100-continue" is how we know,
            // without guessing a delay, that the request is being handled: the platform says "continue" when the
            // application first reads the body (TomcatSettings). Before that the connection may count as idle,
            // and a graceful stop rightly closes idle connections.
            byte[] form = "username=someone%40example.org&password=not-the-password-of-anyone-at-all"
                    .getBytes(StandardCharsets.US_ASCII);
            long signalledAt;
            String formStatus;
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                out.write(("POST /login HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\n"
                                + "Content-Length: " + form.length + "\r\nExpect: 100-continue\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(in.readLine())
                        .as("the application is reading the form")
                        .startsWith("HTTP/1.1 100");
                while (!in.readLine().isEmpty()) {
                    // the rest of the interim answer
                }
                stopping.set(true);
                signalledAt = System.nanoTime();
                platform.destroy(); // SIGTERM
                for (byte b : form) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(7);
                }
                formStatus = in.readLine();
            }
            assertThat(formStatus).as("the form in flight was answered").matches("HTTP/1\\.1 [234]\\d\\d.*");

            assertThat(platform.waitFor(10, TimeUnit.SECONDS))
                    .as("stopped within 10 s")
                    .isTrue();
            System.out.printf("stopped %d ms after SIGTERM%n", (System.nanoTime() - signalledAt) / 1_000_000);
            for (Thread visitor : visitors) {
                visitor.join(5000);
            }
            assertThat(errorsSeen)
                    .as("no page answered with an error while stopping")
                    .isEmpty();

            String shutdown = Files.readString(log).substring((int) before);
            assertThat(shutdown.lines()
                            .filter(l -> l.contains(" WARN ") || l.contains(" ERROR "))
                            .toList())
                    .isEmpty();
            assertThat(shutdown.lines()
                            .filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:"))
                            .toList())
                    .as("no stack trace")
                    .isEmpty();
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .as("its PostgreSQL stopped with it")
                    .isFalse();
        } finally {
            platform.destroyForcibly();
        }
    }
}
