package org.percorsi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.percorsi.support.TwoNodes;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The API behind a load balancer: two nodes on one PostgreSQL (as in {@code TwoNodesTest}) give the same ETag for
 * the same data, so a client's {@code If-None-Match} gets its 304 from either; a change made on one node changes
 * the ETag on both, and both agree again on the new one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiOnTwoNodesTest {

    private static final String LIST = "/api/v1/processes?limit=200";

    private final HttpClient http = HttpClient.newHttpClient();
    private TwoNodes nodes;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        nodes = TwoNodes.start(List.of());
        nodeA = nodes.a();
        nodeB = nodes.b();
    }

    @AfterAll
    void stopBoth() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void bothNodesGiveTheSameEtagAndAChangeOnOneMovesItOnBoth() {
        // both agree (the listening connections' start counts as a change heard, once each)
        TwoNodes.waitUntil(() -> etag(nodeA).equals(etag(nodeB)), "both nodes give the same ETag");
        String before = etag(nodeA);
        assertThat(get(nodeB, LIST, before).statusCode())
                .as("node B answers 304 to the ETag node A gave")
                .isEqualTo(304);
        assertThat(get(nodeA, LIST, etag(nodeB)).statusCode()).isEqualTo(304);

        String title = "Due nodi API " + UUID.randomUUID();
        TwoNodes.publishProcess(nodeA, title);

        var onA = get(nodeA, LIST, before);
        assertThat(onA.statusCode())
                .as("node A, where the change was made, at once")
                .isEqualTo(200);
        assertThat(onA.body()).contains(title);
        TwoNodes.waitUntil(() -> get(nodeB, LIST, before).statusCode() == 200, "node B's ETag moved too");
        // a publication may announce more than one change (its follow-up work too): the nodes agree again once
        // each has heard them all, and then each answers 304 to the other's ETag
        TwoNodes.waitUntil(
                () -> get(nodeB, LIST, etag(nodeA)).statusCode() == 304
                        && get(nodeA, LIST, etag(nodeB)).statusCode() == 304,
                "both nodes give the same new ETag");
        var onB = get(nodeB, LIST, null);
        assertThat(onB.body()).contains(title);
        assertThat(onB.headers().firstValue("ETag")).as("a new ETag").isNotEqualTo(Optional.of(before));
    }

    private String etag(ConfigurableApplicationContext node) {
        var response = get(node, LIST, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String ifNoneMatch) {
        int port = TwoNodes.port(node);
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
}
