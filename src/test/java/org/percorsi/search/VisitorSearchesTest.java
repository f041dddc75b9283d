package org.percorsi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One search over processes and proposals: Italian word forms and missing
 * accents still match, snippets highlight the words, markup is escaped, and a
 * reserved process is found only by its members.
 */
class VisitorSearchesTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CreateProcess createProcess;
    @Autowired AddPhase addPhase;
    @Autowired PublishProcess publish;
    @Autowired SubmitProposal submit;

    @Test
    void findsWordFormsWithoutAccentsAndHidesReservedProcesses() throws Exception {
        String run = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        long[] ids = new long[2];
        TestAccounts.asAdmin(() -> {
            ids[0] = createProcess.handle(new ProcessForm("Mobilità sostenibile " + run, "", "Piste ciclabili e città.",
                    "", "", "", "", "", "", Visibility.PUBLIC, List.of(), List.of(), null, "", false, null));
            addPhase.handle(ids[0], new PhaseForm(PhaseType.OPENING, "Apertura", "", today.minusDays(1), today.plusDays(9),
                    "", "", false));
            publish.handle(ids[0]);
            ids[1] = createProcess.handle(new ProcessForm("Tavolo riservato " + run, "", "Trattative sulle biciclette.",
                    "", "", "", "", "", "", Visibility.RESERVED, List.of(), List.of(), null, "", false, null));
            addPhase.handle(ids[1], new PhaseForm(PhaseType.SHARING, "Condivisione", "", today.minusDays(1), today.plusDays(9),
                    "", "", false));
            publish.handle(ids[1]);
        });
        String author = "s-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, nickname, password_hash, verification) values (:e, :n, '{noop}x', 'EMAIL_CONFIRMED')")
                .param("e", author).param("n", "Cercatore " + run).update();
        TestAccounts.asParticipant(author, () -> submit.handle(ids[0], new ProposalForm(ProposalKind.IDEA,
                "Rastrelliere per biciclette " + run, "Servono rastrelliere davanti alla stazione <script>x</script> e alle scuole.",
                null, null, null, null, null, null, null, null)));
        jdbc.sql("insert into process_role (process_id, account_id, role) select :p, id, 'MEMBER' from account where email = :e")
                .param("p", ids[1]).param("e", author).update();

        String anonymous = awaitResults("bicicletta " + run, null, 1);
        assertThat(anonymous).contains("Rastrelliere per biciclette " + run).doesNotContain("Tavolo riservato");
        String highlighted = awaitResults("stazioni " + run, null, 1);
        assertThat(highlighted).contains("<mark>stazione</mark>").doesNotContain("<script>");
        assertThat(awaitResults("mobilita " + run, null, 1)).contains("Mobilità sostenibile " + run);
        String member = awaitResults("biciclette " + run, author, 2);
        assertThat(member).contains("Tavolo riservato " + run);
        String onlyProposals = mvc.perform(get("/search").param("q", "biciclette " + run).param("kind", "PROPOSAL")
                .with(user(author).roles("PARTICIPANT"))).andReturn().getResponse().getContentAsString();
        assertThat(onlyProposals).contains("Risultati: 1");
    }

    /** Indexing follows the commit asynchronously: waits (briefly) for the expected number of results. */
    private String awaitResults(String q, String viewer, int expected) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        String page = "";
        while (Instant.now().isBefore(until)) {
            var request = get("/search").param("q", q);
            if (viewer != null) {
                request.with(user(viewer).roles("PARTICIPANT"));
            }
            page = mvc.perform(request).andReturn().getResponse().getContentAsString();
            if (page.contains("Risultati: " + expected)) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Expected " + expected + " results for " + q + ", page said: "
                + page.replaceAll("(?s).*(Risultati: \\d+).*", "$1"));
    }
}
