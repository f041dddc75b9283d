package org.percorsi.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The proposals' dataset at 30,000 proposals, over real HTTP: it is streamed as it is read (chunked, no length
 * known in advance, so neither the application nor a page cache held it whole) and holds every proposal.
 */
class LargeDatasetTest extends IntegrationTest {

    static final int PROPOSALS = 30_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void thirtyThousandProposalsAreStreamedRowByRow() throws Exception {
        OpenDataFixtures fixtures = new OpenDataFixtures(jdbc);
        String word = UniqueWords.next();
        long process = fixtures.process("Percorso grande " + word, false);
        try {
            long phase = fixtures.phase(process, "Fase", false);
            jdbc.sql("""
                            insert into proposal (process_id, phase_id, kind, title, body_html)
                            select :p, :ph, 'IDEA', :t || ' ' || n, '<p>Un testo di prova, con una virgola e "virgolette".</p>'
                            from generate_series(1, :n) as n""")
                    .param("p", process)
                    .param("ph", phase)
                    .param("t", "Grande " + word)
                    .param("n", PROPOSALS)
                    .update();
            for (String format : new String[] {"csv", "json"}) {
                HttpResponse<InputStream> response = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(
                                                "http://localhost:" + port + "/opendata/proposals." + format))
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Length"))
                        .as("streamed, not held whole before sending")
                        .isEmpty();
                int found = 0;
                try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    String line;
                    String needle = "Grande " + word + " ";
                    while ((line = lines.readLine()) != null) {
                        int at = line.indexOf(needle);
                        while (at >= 0) {
                            found++;
                            at = line.indexOf(needle, at + needle.length());
                        }
                    }
                }
                assertThat(found).as(format).isEqualTo(PROPOSALS);
            }
        } finally {
            // The 30,000 rows have nothing hanging from them: removed without the per-row foreign key checks, which
            // scan the unindexed references to a proposal (merged_into) once per row and take over a minute.
            transactions.executeWithoutResult(status -> {
                jdbc.sql("set local session_replication_role = replica").update();
                jdbc.sql("delete from proposal where process_id = :p")
                        .param("p", process)
                        .update();
            });
            jdbc.sql("delete from process where id = :p").param("p", process).update();
        }
    }
}
