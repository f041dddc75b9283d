package org.percorsi.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.percorsi.PercorsiApplication;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The API behind a load balancer: two nodes on one PostgreSQL (as in {@code TwoNodesTest}) give the same ETag for
 * the same data, so a client's {@code If-None-Match} gets its 304 from either; a change made on one node changes
 * the ETag on both, and both agree again on the new one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiOnTwoNodesTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(30);
    private static final String LIST = "/api/v1/processes?limit=200";

    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        dataDir = IntegrationTest.freshDataDir();
        nodeA = start("--percorsi.data-dir=" + dataDir);
        String url =
                nodeA.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
        String password = Files.readString(dataDir.resolve("postgres-password")).strip();
        nodeB = start(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + password);
    }

    @AfterAll
    void stopBoth() {
        try {
            if (nodeB != null) {
                nodeB.close();
            }
            if (nodeA != null) {
                nodeA.close(); // last: it runs the database
            }
        } finally {
            IntegrationTest.deleteQuietly(dataDir);
        }
    }

    @Test
    void bothNodesGiveTheSameEtagAndAChangeOnOneMovesItOnBoth() {
        // both agree (the listening connections' start counts as a change heard, once each)
        waitUntil(() -> etag(nodeA).equals(etag(nodeB)), "both nodes give the same ETag");
        String before = etag(nodeA);
        assertThat(get(nodeB, LIST, before).statusCode())
                .as("node B answers 304 to the ETag node A gave")
                .isEqualTo(304);
        assertThat(get(nodeA, LIST, etag(nodeB)).statusCode()).isEqualTo(304);

        String title = "Due nodi API " + UUID.randomUUID();
        publishProcess(nodeA, title);

        var onA = get(nodeA, LIST, before);
        assertThat(onA.statusCode())
                .as("node A, where the change was made, at once")
                .isEqualTo(200);
        assertThat(onA.body()).contains(title);
        waitUntil(() -> get(nodeB, LIST, before).statusCode() == 200, "node B's ETag moved too");
        var onB = get(nodeB, LIST, null);
        assertThat(onB.body()).contains(title);
        assertThat(onB.headers().firstValue("ETag"))
                .as("the same new ETag on both")
                .hasValue(etag(nodeA))
                .isNotEqualTo(before);
        assertThat(get(nodeB, LIST, etag(nodeA)).statusCode()).isEqualTo(304);
    }

    private static ConfigurableApplicationContext start(String... node) {
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--percorsi.demo.enabled=false",
                "--percorsi.base-url=http://localhost",
                "--percorsi.admin.email=" + TestAccounts.ADMIN_EMAIL,
                "--percorsi.admin.password=" + TestAccounts.ADMIN_PASSWORD));
        args.addAll(List.of(node));
        return new SpringApplicationBuilder(PercorsiApplication.class).run(args.toArray(String[]::new));
    }

    private static void publishProcess(ConfigurableApplicationContext node, String title) {
        LocalDate today = LocalDate.now(TimeConfiguration.ROME);
        TestAccounts.asAdmin(() -> {
            long process = node.getBean(CreateProcess.class).handle(ProcessForms.publicProcess(title));
            node.getBean(AddPhase.class)
                    .handle(
                            process,
                            new PhaseForm(
                                    PhaseType.OPENING,
                                    "Apertura",
                                    "",
                                    today.minusDays(1),
                                    today.plusDays(10),
                                    "",
                                    "",
                                    false));
            node.getBean(PublishProcess.class).handle(process);
        });
    }

    private String etag(ConfigurableApplicationContext node) {
        var response = get(node, LIST, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String ifNoneMatch) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks every few milliseconds until it holds. */
    private static void waitUntil(Callable<Boolean> condition, String what) {
        Awaitility.await(what)
                .atMost(AT_ONCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(condition);
    }
}
