package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.percorsi.support.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The embedded database crashes under a running platform: the health endpoint
 * says DOWN and pages answer a friendly 503 at once (not after 30 s), in the
 * visitor's language, signed in or not; the platform starts its database again
 * and recovers by itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseDownTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void answersUnavailableQuicklyAndRecoversWhenTheDatabaseIsBack(CapturedOutput output) throws Exception {
        Path dataDir = IntegrationTest.freshDataDir();
        // the watchdog looks rarely here, so that the test sees the outage before the restart
        try (var context =
                EmbeddedDatabaseSecurityTest.start(dataDir, "--percorsi.embedded-database.watchdog-interval=15s")) {
            String base = "http://localhost:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort();
            assertThat(get(base + "/", null, null).join().statusCode()).isEqualTo(200);

            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                    .get(0)
                    .strip());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly(); // a crash: kill -9
            ProcessHandle.of(postmaster).orElseThrow().onExit().get(10, TimeUnit.SECONDS);

            var health = get(base + "/actuator/health", null, null);
            var page = get(base + "/processes", "it", null);
            var signedInPage = get(base + "/", "en", "SESSION=ZmFrZQ");
            assertThat(health.join().statusCode()).isEqualTo(503);
            assertThat(health.join().body()).contains("\"status\":\"DOWN\"");
            assertThat(page.join().statusCode()).isEqualTo(503);
            assertThat(page.join().body())
                    .contains("Servizio momentaneamente non disponibile")
                    .doesNotContain("Exception");
            assertThat(signedInPage.join().statusCode()).isEqualTo(503);
            assertThat(signedInPage.join().body()).contains("Service temporarily unavailable");
            // the Kubernetes probes (deploy/kubernetes) do not look at the database: the pods are neither restarted
            // nor taken out of the Service, and keep answering the page above
            assertThat(get(base + "/actuator/health/liveness", null, null)
                            .join()
                            .statusCode())
                    .isEqualTo(200);
            assertThat(get(base + "/actuator/health/readiness", null, null)
                            .join()
                            .statusCode())
                    .isEqualTo(200);

            HttpResponse<String> back = null;
            for (int i = 0; i < 60 && (back == null || back.statusCode() != 200); i++) {
                Thread.sleep(1000);
                back = get(base + "/actuator/health", null, null).join();
            }
            assertThat(back.body()).contains("\"status\":\"UP\"");
            assertThat(get(base + "/processes", null, null).join().statusCode()).isEqualTo(200);
            assertThat(output.getOut()).contains("stopped unexpectedly: starting it again");
        }
    }

    /** A request that must be answered well before the 30 s a hanging pool used to take. */
    private CompletableFuture<HttpResponse<String>> get(String url, String language, String cookie) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
