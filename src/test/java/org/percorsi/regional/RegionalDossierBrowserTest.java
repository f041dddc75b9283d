package org.percorsi.regional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.assertj.core.api.Assertions;
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
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, a funded process's dossier from its manager to a visitor, the whole story of issue 17. The
 * manager opens the dossier from the Emilia-Romagna LR 15/2018 profile (the 2019 call: start by 15 January 2020, ten
 * months), is told that a start on 16 January is too late, records the formal start of 15 January, an extension of
 * 30 days and a cost; assesses every quality criterion beside the platform's evidence (attendance, formats, later
 * joiners of the table, public documents); on the final document, cannot drop the validation the call requires nor
 * mark it sent to the ente before the tecnico di garanzia's validation, records the validation, then the sending;
 * downloads the final report, whose text holds the figures and no person's name; publishes the ente's act, refused
 * first for a divergence without motivation. A visitor then reads the public record on the process's page, the final
 * document with its validation and the act. Every page passes axe-core and the Nu checker.
 *
 * <p>No fixed clock is needed: the dossier's dates are absolute (2020, always in the past) and what is asserted
 * follows from them; the only dates relative to today are the document's steps, which must not be in the future.
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

    @Autowired
    ApplicationContext context;

    @Test
    void aManagerKeepsTheDossierToTheEntesActAndAVisitorSeesItsPublicRecord() {
        String run = UniqueWords.next();
        String title = "Piano strategico " + run;
        long processId = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess(title));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.OPENING, "Proposte", "", TODAY.minusDays(5), TODAY.plusDays(30), "", "", false));
            publish.handle(id);
            return id;
        });
        String slug = jdbc.sql("select slug from process_summary where id = :p")
                .param("p", processId)
                .query(String.class)
                .single();
        String managerNickname = "Responsabile " + run;
        String manager = italianAccount("responsabile-" + run, managerNickname);
        RegionalFixtures.manager(context, processId, manager);
        // what the other modules hold about the process: two meetings with their attendance, the table
        long worldCafe = EvidenceFixtures.meeting(jdbc, processId, "WORLD_CAFE", LocalDate.of(2020, 2, 1), "CLOSED");
        EvidenceFixtures.attendance(jdbc, worldCafe, "GENDER", "WOMEN", 25);
        EvidenceFixtures.attendance(jdbc, worldCafe, "GENDER", "MEN", 12);
        EvidenceFixtures.attendance(jdbc, worldCafe, "CATEGORY", "CITIZENS", 30);
        EvidenceFixtures.attendance(jdbc, worldCafe, "CATEGORY", "ASSOCIATIONS", 7);
        long townMeeting =
                EvidenceFixtures.meeting(jdbc, processId, "TOWN_MEETING", LocalDate.of(2020, 6, 6), "CLOSED");
        EvidenceFixtures.attendance(jdbc, townMeeting, "GENDER", "WOMEN", 18);
        EvidenceFixtures.attendance(jdbc, townMeeting, "GENDER", "MEN", 20);
        EvidenceFixtures.session(jdbc, processId, 1, LocalDate.of(2020, 1, 20));
        EvidenceFixtures.member(jdbc, processId, LocalDate.of(2020, 1, 10));
        EvidenceFixtures.member(jdbc, processId, LocalDate.of(2020, 4, 2));
        // the final document, drafted and through its consultation (its drafting is the documents tests' matter)
        var finalDocument = new FinalDocumentSteps(context, jdbc).closedAfterConsultation(processId, run, TODAY);
        long document = finalDocument.documentId();

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

        // (5) the quality criteria, each assessed beside the evidence the platform holds
        link("Criteri di qualità e loro riscontri").click();
        assertThat(page.locator("h1")).containsText("Criteri di qualità: " + title);
        assertThat(criterion("SOCIAL_REACH"))
                .containsText("Incontri del percorso: 2, di cui 2 con le presenze registrate");
        assertThat(criterion("SOCIAL_REACH")).containsText("Presenze per genere: donne 43, uomini 32");
        assertThat(criterion("SOCIAL_REACH")).containsText("Presenze per categoria: cittadini 30, associazioni 7");
        assertThat(criterion("LATER_ACTORS"))
                .containsText("Organizzazioni entrate nel tavolo di negoziazione dopo la prima seduta: 1");
        assertThat(criterion("EARLY_TABLE"))
                .containsText("Tavolo di negoziazione: 2 organizzazioni aderenti, 1 sedute");
        assertThat(criterion("EARLY_TABLE"))
                .containsText("Prima seduta del tavolo: 20 gennaio 2020 (avvio formale del percorso: 15 gennaio 2020)");
        assertThat(criterion("DISAGREEMENT")).containsText("Metodi degli incontri: World café 1, Town meeting 1");
        assertThat(criterion("PUBLIC_DOCS")).containsText("Documenti pubblici sulle pagine del percorso: 1");
        assertThat(criterion("PUBLIC_DOCS")).containsText(finalDocument.title());
        assertThat(criterion("PUBLIC_DOCS"))
                .containsText("Pagina pubblica del percorso: https://partecipa.example.it/" + slug);
        assertAccessibleAndValid(page, "the quality criteria with their evidence (back office)");
        // a criterion met only in part needs the note that explains it
        assess("SOCIAL_REACH", "PARTLY", "");
        assertThat(page.locator("#c-SOCIAL_REACH-note-error")).containsText("Spiega nella nota");
        assertAccessibleAndValid(page, "a criterion's assessment refused without its note");
        assess("SOCIAL_REACH", "PARTLY", "Poche presenze sotto i 30 anni; donne 43 su 75.");
        assess("LATER_ACTORS", "MET", "Un’associazione entrata ad aprile.");
        assess("EARLY_TABLE", "MET", "Prima seduta cinque giorni dopo l’avvio.");
        assess("DISAGREEMENT", "MET", "World café e town meeting, sentito il tecnico " + guarantor + ".");
        assess("PUBLIC_DOCS", "MET", "Documento finale in consultazione pubblica.");
        for (String code : new String[] {"LATER_ACTORS", "EARLY_TABLE", "DISAGREEMENT", "PUBLIC_DOCS"}) {
            assertThat(criterion(code)).containsText("Valutazione attuale: Soddisfatto");
        }
        assertThat(criterion("SOCIAL_REACH")).containsText("Valutazione attuale: Soddisfatto in parte");
        assertAccessibleAndValid(page, "the quality criteria assessed (back office)");

        // (6) the final document: the call's validation cannot be dropped, nor the sending recorded before it
        page.navigate(url(dossier));
        link("documenti del percorso").click();
        link(finalDocument.title()).click();
        link("Fonti, punti e revisioni").click();
        assertAccessibleAndValid(page, "the final document's review steps (back office)");
        // Bootstrap Italia draws the radio under its label: a person clicks the label
        page.locator("label[for=requiresValidation-no]").click();
        assertThat(page.locator("#requiresValidation-no")).isChecked();
        send(button("Salva", true));
        Locator refusal = page.locator("main .alert-danger");
        assertThat(refusal).containsText("Il bando «Bando partecipazione 2019");
        assertThat(refusal)
                .containsText("che finanzia questo percorso chiede la validazione del tecnico di garanzia prima"
                        + " dell'invio all'ente.");
        assertAccessibleAndValid(page, "dropping the validation refused (back office)");
        page.locator("#sent-on").fill(TODAY.toString());
        page.locator("#sent-protocolNumber").fill("PG/" + run);
        send(button("Registra l’invio"));
        assertThat(page.locator("main"))
                .containsText("La versione 1 non si può segnare come inviata all’ente prima della validazione positiva"
                        + " del tecnico di garanzia.");
        assertAccessibleAndValid(page, "sending before the validation refused (back office)");
        page.locator("#validation-on").fill(TODAY.toString());
        page.locator("#validation-outcome").selectOption("APPROVED");
        page.locator("#validation-notes").fill("Conforme ai criteri del bando.");
        send(button("Registra la validazione"));
        assertThat(page.locator("main")).containsText("Passaggio di revisione registrato.");
        assertThat(page.locator("main")).containsText("Validazione del tecnico di garanzia");
        page.locator("#sent-on").fill(TODAY.toString());
        page.locator("#sent-protocolNumber").fill("PG/" + run);
        send(button("Registra l’invio"));
        assertThat(page.locator("main")).containsText("Passaggio di revisione registrato.");
        assertThat(page.locator("main")).containsText("protocollo n. PG/" + run);
        assertAccessibleAndValid(page, "the final document validated and sent (back office)");

        // (7) the final report: the figures, and no person's name
        page.navigate(url(dossier));
        var download = page.waitForDownload(
                () -> link("Scarica la relazione finale (ODT)").click());
        Assertions.assertThat(download.suggestedFilename()).endsWith(".odt");
        String report = OdtReportText.of(download.path());
        Assertions.assertThat(report)
                .contains("Relazione finale del percorso «" + title + "»")
                .contains("Unione dei Comuni " + run)
                .contains("Avvio formale il 15 gennaio 2020: Primo incontro del Tavolo di Negoziazione.")
                .contains("Conclusione il 14 dicembre 2020")
                .contains("Proroghe concesse: 1, per 30 giorni in tutto.")
                .contains("Incontri del percorso: 2, di cui 2 con le presenze registrate")
                .contains("Presenze per genere: donne 43, uomini 32")
                .contains("Presenze per categoria: cittadini 30, associazioni 7")
                .contains("Metodi degli incontri: World café 1, Town meeting 1")
                .contains("Tavolo di negoziazione: 2 organizzazioni aderenti, 1 sedute")
                .contains("Costi totali 15.000,00 €: contributo regionale 12.000,00 €, fondi propri 3.000,00 €")
                .contains("Quota di cofinanziamento dell’ente: 20")
                .contains("Contributo richiesto 12.000,00 €, concesso 12.000,00 €.")
                .contains("Sollecitazione delle realtà sociali, con attenzione alle differenze di genere, abilità, età,"
                        + " lingua e cultura: Soddisfatto in parte")
                .contains("Metodi per la mediazione delle eventuali divergenze: Soddisfatto")
                .contains("Validazione del tecnico di garanzia il")
                .contains("Documento finale inviato all’ente il");
        Assertions.assertThat(report)
                .doesNotContain(responsible)
                .doesNotContain("Gentili")
                .doesNotContain(guarantor)
                .doesNotContain("Serra")
                .doesNotContain(managerNickname)
                .doesNotContain(manager)
                .doesNotContain(finalDocument.authorNickname());

        // (8) the ente's act answers every item; a divergence without motivation is refused first
        page.navigate(url("/admin/processes/" + processId + "/documents/" + document));
        link("Atto dell’ente").click();
        assertThat(page.locator("h1")).hasText("Atto dell’ente su «" + finalDocument.title() + "»");
        assertThat(page.locator("#decision-" + finalDocument.acceptedItem())).hasValue("ACCEPTED");
        assertAccessibleAndValid(page, "the ente's act (back office)");
        page.locator("#kind").selectOption("GIUNTA_RESOLUTION");
        page.locator("#number").fill("45");
        page.locator("#adoptedOn").fill(TODAY.toString());
        page.locator("#summary").fill("La Giunta accoglie il piano e non il parcheggio " + run + ".");
        page.locator("#decision-" + finalDocument.divergentItem()).selectOption("REJECTED");
        send(button("Salva l’atto"));
        assertThat(page.locator("main")).containsText("Atto salvato.");
        send(button("Pubblica l’atto"));
        assertThat(page.locator("main"))
                .containsText("questi punti non accolti per intero non hanno una motivazione: 2 «"
                        + finalDocument.divergentTitle() + "»");
        assertAccessibleAndValid(page, "the ente's act refused without a motivation (back office)");
        page.locator("#motivation-" + finalDocument.divergentItem()).fill("L’area è vincolata dal piano " + run + ".");
        send(button("Salva l’atto"));
        assertThat(page.locator("main")).containsText("Atto salvato.");
        send(button("Pubblica l’atto"));
        assertThat(page.locator("main")).containsText("Atto pubblicato.");
        assertAccessibleAndValid(page, "the ente's act published (back office)");
        signOut();
        assertThat(button("Esci")).hasCount(0);
        page.context().close();

        // (9) a visitor, in a browser of their own, reads the public record
        page = Browser.newPage("it-IT");
        page.navigate(url("/processes/" + slug));
        Locator record = page.locator("#regional-record");
        assertThat(record)
                .containsText("Percorso sostenuto dalla Regione Emilia-Romagna con il bando partecipazione 2019"
                        + " (LR 15/2018).");
        assertThat(record).containsText("Unione dei Comuni " + run);
        assertThat(record).containsText("15 gennaio 2020");
        assertThat(record).containsText("14 dicembre 2020");
        assertThat(record).containsText("30 giorni: Incontri rinviati");
        assertThat(record).containsText("12.000,00");
        assertThat(record).containsText("Validazione del tecnico di garanzia il");
        assertThat(record).containsText(": approvato.");
        assertThat(record).containsText("Documento finale inviato all’ente il");
        assertThat(record).containsText("Delibera di Giunta n. 45");
        assertThat(page.locator("body")).not().containsText(responsible);
        assertThat(page.locator("body")).not().containsText(guarantor);
        assertAccessibleAndValid(page, "a funded process's public page with its dossier's record");
        link(finalDocument.title()).first().click();
        assertThat(page.locator("h1")).containsText(finalDocument.title());
        Locator reviews = page.locator("section[aria-labelledby=reviews-heading]");
        assertThat(reviews).containsText("Validazione del tecnico di garanzia");
        assertThat(reviews).containsText("Approvato");
        assertThat(reviews).containsText("Inviato all’ente");
        assertThat(page.locator("#act")).containsText("Delibera di Giunta n. 45");
        assertThat(page.locator("body")).not().containsText(guarantor);
        assertAccessibleAndValid(page, "the funded process's final document, validated, with the ente's act");
        link("La pagina dell’atto dell’ente").click();
        assertThat(page.locator("h1")).hasText("L’atto dell’ente su «" + finalDocument.title() + "»");
        assertThat(page.locator("main")).containsText("Non accolta");
        assertThat(page.locator("main")).containsText("L’area è vincolata dal piano " + run + ".");
        assertAccessibleAndValid(page, "the ente's act on the funded process's final document (public page)");
    }

    /** The manager's judgement of one criterion, sent with its own form; the page comes back on it. */
    private void assess(String code, String state, String note) {
        page.locator("#c-" + code + "-state").selectOption(state);
        page.locator("#c-" + code + "-note").fill(note);
        send(criterion(code)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Salva la valutazione")));
    }

    private Locator criterion(String code) {
        return page.locator("#criterion-" + code);
    }

    private Locator link(String name) {
        return page.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return button(name, false);
    }

    private Locator button(String name, boolean exact) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(exact));
    }

    private void send(Locator button) {
        BrowserVisit.send(page, button);
    }
}
