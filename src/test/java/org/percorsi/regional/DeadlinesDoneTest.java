package org.percorsi.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A deadline met carries the day it was met: the formal start of a call that sets no deadline (the 2022 call) shows
 * the day of the start on the dossier's page instead of a dash, and every row once done says when.
 */
class DeadlinesDoneTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RegionalApi regional;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    String manager;
    long processId;
    String base;

    @BeforeEach
    void aDossierUnderACallWithoutAStartDeadline() {
        manager = TestAccounts.newParticipant(jdbc, "gestore-", "Gestore " + run);
        processId =
                RegionalFixtures.managedProcess(context, "scadenze-" + run, "Percorso delle scadenze " + run, manager);
        RegionalFixtures.dossier(jdbc, processId); // its call sets no start deadline
        base = "/admin/processes/" + processId + "/dossier";
    }

    @Test
    void theFormalStartShowsItsDayOnceRecorded() throws Exception {
        assertThat(row("Avvio formale")).contains("–").contains("Non ancora nota");

        var started = mvc.perform(post(base + "/start")
                        .with(user(manager).roles("PARTICIPANT"))
                        .with(csrf())
                        .param("action", "Assemblea pubblica del Tavolo di Negoziazione")
                        .param("startDate", "2023-03-16")
                        .param("pecDate", "2023-03-17"))
                .andReturn()
                .getResponse();
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(302);

        var formalStart = regional.dossier(processId)
                .orElseThrow()
                .deadlines(LocalDate.of(2024, 1, 1))
                .getFirst();
        assertThat(formalStart.kind()).isEqualTo(DeadlineKind.FORMAL_START);
        assertThat(formalStart.state()).isEqualTo(DeadlineState.DONE);
        assertThat(formalStart.due()).isNull();
        assertThat(formalStart.doneOn()).isEqualTo(LocalDate.of(2023, 3, 16));
        assertThat(row("Avvio formale"))
                .contains("16 marzo 2023")
                .contains("Fatto il 16 marzo 2023")
                .doesNotContain("–");
    }

    @Test
    void aDeadlineWithItsDueDayKeepsItAndSaysWhenItWasMet() throws Exception {
        long call = RegionalFixtures.call(jdbc, LocalDate.of(2020, 1, 15), 10, 1, 60);
        jdbc.sql("""
                        update regional_dossier set call_id = :c, start_action = 'Primo incontro',
                            start_date = date '2020-01-10', start_pec_date = date '2020-01-10',
                            final_report_sent_on = date '2020-12-10'
                        where process_id = :p""").param("c", call).param("p", processId).update();
        var deadlines = regional.dossier(processId).orElseThrow().deadlines(LocalDate.of(2021, 1, 5));
        assertThat(deadlines)
                .extracting(Deadline::due)
                .containsExactly(
                        LocalDate.of(2020, 1, 15),
                        LocalDate.of(2020, 11, 9),
                        LocalDate.of(2020, 12, 9),
                        LocalDate.of(2021, 1, 8));
        // the end is done once passed, on its own day; the ente's act is not done yet
        assertThat(deadlines)
                .extracting(Deadline::doneOn)
                .containsExactly(
                        LocalDate.of(2020, 1, 10), LocalDate.of(2020, 11, 9), LocalDate.of(2020, 12, 10), null);
        assertThat(row("Avvio formale")).contains("15 gennaio 2020").contains("Fatto il 10 gennaio 2020");
        assertThat(row("Relazione finale")).contains("9 dicembre 2020").contains("Fatto il 10 dicembre 2020");
    }

    /** The text of the row of the dossier's deadlines table headed {@code what}. */
    private String row(String what) throws Exception {
        var page = mvc.perform(get(base).with(user(manager).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return Jsoup.parse(page.getContentAsString()).select("#deadlines-heading ~ div table tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(what))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + what))
                .text();
    }
}
