package org.percorsi.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.Visibility;
import org.percorsi.proposals.ProposalForms;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an operator's Prometheus scrapes: the management port answers in Prometheus's text format with the
 * requests (by route template), the pool, the backlogs and participation's totals; the public port does not
 * serve the metrics by any spelling of their address, and the management port serves nothing else.
 */
class OperatorMetricsTest extends IntegrationTest {

    @LocalServerPort
    int publicPort;

    @Autowired
    ManagementPort management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SubmitProposal submit;

    @Autowired
    SupportProposal support;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theManagementPortAnswersPrometheusTextWithTheMetricsOperatorsWatch() throws Exception {
        long proposal = proposalToSupport();
        String email = participant();
        assertThat(get(publicPort, "/proposals/" + proposal).statusCode()).isEqualTo(200);

        var response = get(managementPort(), "/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        String metrics = response.body();
        assertThat(metrics)
                .contains("http_server_requests_seconds_count{")
                .contains("http_server_requests_seconds_bucket{")
                .contains("hikaricp_connections_active")
                .contains("hikaricp_connections_pending")
                .contains("percorsi_events_incomplete ")
                .contains("percorsi_mail_outbox_queued ")
                .contains("percorsi_proposals ")
                .contains("percorsi_proposal_supports ")
                .contains("percorsi_proposal_comments ")
                .contains("percorsi_meeting_registrations ");
        assertThat(metrics)
                .as("requests are counted by route template, never by address")
                .contains("uri=\"/proposals/{id}\"")
                .doesNotContain("/proposals/" + proposal + "\"");
        assertThat(metrics).as("no person in any metric").doesNotContain(email).doesNotContain("@");
    }

    @Test
    void thePublicPortServesNoMetricsAndTheManagementPortNothingElse() throws Exception {
        for (String path : new String[] {
            "/actuator/prometheus", "/actuator/prometheus/", "/ACTUATOR/PROMETHEUS", "/actuator/%70rometheus",
            "/actuator/./prometheus", "/x/../actuator/prometheus", "/actuator", "/actuator/metrics"
        }) {
            var response = get(publicPort, path);
            assertThat(response.statusCode()).as("public %s", path).isIn(400, 404);
            assertThat(response.body()).as("public %s", path).doesNotContain("jvm_memory");
        }
        assertThat(get(publicPort, "/actuator/health").statusCode())
                .as("load balancers still ask the public port")
                .isEqualTo(200);
        assertThat(get(managementPort(), "/").statusCode()).isEqualTo(404);
        assertThat(get(managementPort(), "/processes").statusCode()).isEqualTo(404);
        assertThat(get(managementPort(), "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aSupportRaisesTheSupportsGauge() throws Exception {
        long proposal = proposalToSupport();
        String email = participant();
        double before = gauge("percorsi_proposal_supports");

        TestAccounts.asParticipant(email, () -> support.support(proposal));

        assertThat(gauge("percorsi_proposal_supports")).isEqualTo(before + 1);
    }

    @Test
    void pendingMailAndUnfinishedBackgroundWorkShowInTheBacklogs() throws Exception {
        // a mail SMTP will not be asked to deliver again (its attempts spent), and work no listener finished
        long mail = jdbc.sql("insert into mail_message (recipient, subject, body_text, attempts) "
                        + "values ('backlog@example.org', 'Prova', 'Prova', 1000) returning id")
                .query(Long.class)
                .single();
        String listener = "metrics-test-" + UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                values (:id, :listener, 'java.lang.String', '"x"', now(), 'PUBLISHED')""").param("id", UUID.randomUUID()).param("listener", listener).update();
        try {
            assertThat(gauge("percorsi_mail_outbox_queued")).isGreaterThanOrEqualTo(1);
            assertThat(gauge("percorsi_events_incomplete")).isGreaterThanOrEqualTo(1);
        } finally {
            jdbc.sql("delete from mail_message where id = :id")
                    .param("id", mail)
                    .update();
            jdbc.sql("delete from event_publication where listener_id = :l")
                    .param("l", listener)
                    .update();
        }
    }

    private int managementPort() {
        return management.localPort().orElseThrow();
    }

    private double gauge(String name) throws Exception {
        String metrics = get(managementPort(), "/actuator/prometheus").body();
        var line = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics);
        assertThat(line.find()).as(name).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long proposalToSupport() {
        long process = PublishedProcesses.published(context, "Metriche " + UUID.randomUUID(), Visibility.PUBLIC);
        return TestAccounts.asParticipant(
                participant(),
                () -> submit.handle(
                        process, ProposalForms.of(ProposalKind.IDEA, "Una fontanella in piazza", "Acqua per tutti.")));
    }

    private String participant() {
        return TestAccounts.newParticipant(
                jdbc, "metrics-", "Metriche " + UUID.randomUUID().toString().substring(0, 8));
    }
}
