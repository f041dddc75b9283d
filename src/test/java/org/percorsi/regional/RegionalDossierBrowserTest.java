package org.percorsi.regional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.BrowserVisit;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, a funded process's dossier from its manager to a visitor: the manager opens the dossier from the
 * Emilia-Romagna LR 15/2018 profile (the 2019 call: start by 15 January 2020, ten months), is told that a start on
 * 16 January is too late, records the formal start of 15 January and an extension of 30 days, and adds a cost; a
 * visitor reads on the process's page the call's required mention, the start, the end moved to 14 December 2020,
 * the extension and the amounts, and no person's name. Every page passes axe-core and the Nu checker.
 */
class RegionalDossierBrowserTest extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    RegionalApi regional;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerKeepsTheDossierAndAVisitorSeesItsPublicRecord() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String title = "Piano strategico " + run;
        long processId = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess(title));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.SHARING,
                            "Condivisione",
                            "",
                            TODAY.minusDays(5),
                            TODAY.plusDays(30),
                            "",
                            "",
                            false));
            publish.handle(id);
            return id;
        });
        String slug = jdbc.sql("select slug from process_summary where id = :p")
                .param("p", processId)
                .query(String.class)
                .single();
        String manager = italianAccount("responsabile-" + run, "Responsabile " + run);
        jdbc.sql("insert into process_role (process_id, account_id, role) "
                        + "select :p, id, 'MANAGER' from account where email = :e")
                .param("p", processId)
                .param("e", manager)
                .update();
        long call = regional.calls().stream()
                .filter(c -> c.code().equals("er-lr15-2019"))
                .findFirst()
                .orElseThrow()
                .id();
        String responsible = "Marta Gentili " + run;
        String guarantor = "Paolo Serra " + run;
        String dossier = "/admin/processes/" + processId + "/dossier";

        // (1) the manager opens the dossier from the 2019 call
        page = Browser.newPage("it-IT");
        signIn(manager);
        page.navigate(url(dossier));
        assertThat(page.locator("h1")).containsText("Dossier regionale");
        assertAccessibleAndValid(page, "a process without a dossier (back office)");
        page.locator("#create-callId").selectOption(String.valueOf(call));
        page.locator("#create-ente").fill("Unione dei Comuni " + run);
        page.locator("#create-adhesionActNumber").fill("Delibera di Giunta n. 101/2019");
        page.locator("#create-adhesionActDate").fill("2019-09-19");
        page.locator("#create-responsibleName").fill(responsible);
        page.locator("#create-guarantorName").fill(guarantor);
        page.locator("#create-suspensionActNumber").fill("Delibera n. 3/2020");
        page.locator("#create-suspensionActDate").fill("2020-01-09");
        page.locator("#create-contributionRequested").fill("12.000");
        page.locator("#create-contributionGranted").fill("12000");
        send(button("Apri il dossier"));
        assertThat(page.locator("main")).containsText("Dossier aperto.");
        assertThat(page.locator("main")).containsText("Bando partecipazione 2019");
        assertThat(page.locator("main")).containsText("Sollecitazione delle realtà sociali");
        assertAccessibleAndValid(page, "a dossier just opened (back office)");

        // (2) a start after the call's deadline is refused; the start on the day is recorded
        page.locator("#start-action").fill("Primo incontro del Tavolo di Negoziazione");
        page.locator("#start-startDate").fill("2020-01-16");
        page.locator("#start-pecDate").fill("2020-01-16");
        page.locator("#start-publicUrl").fill("https://partecipa.example.it/" + slug);
        send(button("Registra l’avvio formale"));
        assertThat(page.locator("#start-startDate-error")).containsText("è successivo al termine del bando");
        assertAccessibleAndValid(page, "a formal start refused as too late");
        page.locator("#start-startDate").fill("2020-01-15");
        send(button("Registra l’avvio formale"));
        assertThat(page.locator("main")).containsText("Avvio formale registrato.");
        assertThat(page.locator("main")).containsText("14 novembre 2020");

        // (3) an extension of 30 days moves the end
        page.locator("#extension-days").fill("30");
        page.locator("#extension-grantedOn").fill("2020-10-01");
        page.locator("#extension-reason").fill("Incontri rinviati per l’emergenza sanitaria");
        send(button("Registra la proroga"));
        assertThat(page.locator("main")).containsText("Proroga registrata");
        assertThat(page.locator("main")).containsText("14 dicembre 2020");

        // (4) a cost with its funding
        page.locator("#cost-category").selectOption("FACILITATION");
        page.locator("#cost-description").fill("World café e town meeting");
        page.locator("#cost-amount").fill("15.000,00");
        page.locator("#cost-regionalPart").fill("12000");
        page.locator("#cost-ownPart").fill("3000");
        send(button("Aggiungi il costo"));
        assertThat(page.locator("main")).containsText("Costo aggiunto.");
        assertThat(page.locator("main")).containsText("Cofinanziamento rispettato");
        assertAccessibleAndValid(page, "a dossier started, extended and with a cost (back office)");
        signOut();
        assertThat(button("Esci")).hasCount(0);

        // (5) a visitor reads the public record on the process's page
        page.navigate(url("/processes/" + slug));
        Locator record = page.locator("#regional-record");
        assertThat(record).containsText("Percorso sostenuto dalla Regione Emilia-Romagna");
        assertThat(record).containsText("Unione dei Comuni " + run);
        assertThat(record).containsText("15 gennaio 2020");
        assertThat(record).containsText("14 dicembre 2020");
        assertThat(record).containsText("30 giorni: Incontri rinviati");
        assertThat(record).containsText("12.000,00");
        assertThat(page.locator("body")).not().containsText(responsible);
        assertThat(page.locator("body")).not().containsText(guarantor);
        assertAccessibleAndValid(page, "a funded process's public page with its dossier's record");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private void send(Locator button) {
        BrowserVisit.send(page, button);
    }
}
