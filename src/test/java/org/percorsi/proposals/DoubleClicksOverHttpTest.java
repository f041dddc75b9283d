package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person who double-clicks sends the same request several times at once with
 * one session: over real HTTP (sessions in PostgreSQL, read and written by each click),
 * every click gets its answer and one support counts.
 */
class DoubleClicksOverHttpTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    SubmitProposal submit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyIdenticalClicksAtOnceAllSucceedAndCountOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        long[] proposal = new long[1];
        TestAccounts.asAdmin(() -> {
            long process = createProcess.handle(ProcessForms.publicProcess("Doppi clic " + UUID.randomUUID()));
            addPhase.handle(
                    process,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", today.minusDays(1), today.plusDays(10), "", "", false));
            publish.handle(process);
            proposal[0] = TestAccounts.asParticipant(
                    account(),
                    () -> submit.handle(
                            process,
                            ProposalForms.of(ProposalKind.IDEA, "Una fontanella in piazza", "Acqua per tutti.")));
        });
        var person = new HttpVisitor(port).signIn(account(), "x");
        String csrf = HttpVisitor.csrfOf(person.get("/proposals/" + proposal[0]).body());
        List<Future<Integer>> clicks = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                clicks.add(pool.submit(
                        (Callable<Integer>) () -> person.post("/proposals/" + proposal[0] + "/support", csrf, "")
                                .statusCode()));
            }
            for (var click : clicks) {
                assertThat(click.get())
                        .as("each click is answered with the page again")
                        .isEqualTo(302);
            }
        }
        assertThat(jdbc.sql("select support_count from proposal_summary where id = :id")
                        .param("id", proposal[0])
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private String account() {
        String email = TestAccounts.newParticipant(
                jdbc, "click-", "Clic " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }
}
