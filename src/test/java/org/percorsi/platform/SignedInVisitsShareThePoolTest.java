package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Many pages of signed-in people at once, more than the pool has connections: every one is served. A request
 * once held a connection for its account lookup while it waited for a second one to read its session; with as
 * many such requests as connections the pool was deadlocked until its timeout, and the benchmark's signed-in
 * pages fell from 273 to 23 requests/s, most of them answered "service unavailable".
 */
class SignedInVisitsShareThePoolTest {

    private static final int CONNECTIONS = 2;
    private static final int AT_ONCE = 8 * CONNECTIONS;

    @Test
    void moreSignedInVisitsAtOnceThanConnectionsAreAllServed() throws Exception {
        Path dataDir = IntegrationTest.freshDataDir();
        // a small pool, and a wait for a connection long enough that only a deadlock exhausts it
        try (var context = EmbeddedDatabaseSecurityTest.start(
                dataDir,
                "--percorsi.admin.email=pool@test.percorsi",
                "--spring.datasource.hikari.maximum-pool-size=" + CONNECTIONS,
                "--spring.datasource.hikari.connection-timeout=60000")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String session = new HttpVisitor(port)
                    .signIn("pool@test.percorsi", "a password for the tests")
                    .sessionCookie();
            var http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int round = 0; round < 5; round++) {
                List<CompletableFuture<HttpResponse<String>>> visits = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    visits.add(http.sendAsync(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/processes"))
                                    .header("Cookie", "SESSION=" + session)
                                    .timeout(Duration.ofMinutes(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                for (var visit : visits) {
                    var page = visit.join();
                    assertThat(page.statusCode())
                            .as("a signed-in page among many")
                            .isEqualTo(200);
                    assertThat(page.body()).as("signed in").contains("action=\"/logout\"");
                }
            }
        } finally {
            IntegrationTest.deleteQuietly(dataDir);
        }
    }
}
