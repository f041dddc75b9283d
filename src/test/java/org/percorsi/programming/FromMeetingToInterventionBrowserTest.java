package org.percorsi.programming;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.harvest.HarvestItemKind;
import org.percorsi.harvest.usecases.AddHarvestItem;
import org.percorsi.harvest.usecases.HarvestItemForm;
import org.percorsi.harvest.usecases.HarvestProposalForm;
import org.percorsi.harvest.usecases.HarvestToProposal;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.usecases.ScheduleMeeting;
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
import org.percorsi.shared.web.View;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.BrowserVisit;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * In a real browser: the administrator imports the seed's DUP table and confirms
 * the preview, links two proposals to DUP actions, records the municipality's
 * answer with its act, creates an intervention and funds it through a call; then a
 * visitor follows one proposal from the meeting it was born in to the
 * intervention's progress. Every page passes axe-core and the Nu HTML checker.
 */
class FromMeetingToInterventionBrowserTest extends BrowserTest {

    /** Seed 002 (shared/seeds/002_21ae8c23261b0544.txt) byte for byte, shipped with the demo data. */
    static final Path SEED = Path.of("src", "main", "resources", "demo", "dup-prato-2022-2024.txt")
            .toAbsolutePath();

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    AddHarvestItem addHarvestItem;

    @Autowired
    HarvestToProposal toProposal;

    @Autowired
    SubmitProposal submit;

    @Test
    void fromTheDupTableToTheInterventionsProgress() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String slug = "integrazione-" + run;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        long[] ids = new long[3];
        TestAccounts.asAdmin(() -> {
            ids[0] = createProcess.handle(new ProcessForm(
                    "Integrazione " + run,
                    slug,
                    "Linee d'azione condivise.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.PUBLIC,
                    List.of(),
                    List.of(),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(
                    ids[0],
                    new PhaseForm(
                            PhaseType.OPENING, "Workshop", "", today.minusDays(20), today.plusDays(20), "", "", false));
            publish.handle(ids[0]);
            var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                    .minusDays(3)
                    .withSecond(0)
                    .withNano(0);
            long meeting = schedule.create(
                    ids[0],
                    MeetingForms.meeting(
                                    "Workshop sulla partecipazione attiva " + run,
                                    MeetingFormat.THEMATIC_WORKSHOP,
                                    start)
                            .at("Palazzo comunale")
                            .forAudience("Associazioni")
                            .alreadyHeld()
                            .form());
            long note = addHarvestItem.handle(
                    meeting,
                    new HarvestItemForm(
                            HarvestItemKind.COMMENT,
                            null,
                            null,
                            null,
                            "Formare animatori di comunità nei quartieri " + run));
            LocaleContextHolder.setLocale(Locale.ITALIAN);
            ids[1] = toProposal.handle(meeting, new HarvestProposalForm(false, note, ProposalKind.IDEA, null, null));
            ids[2] = submit.handle(
                    ids[0],
                    new ProposalForm(
                            ProposalKind.NEED,
                            "Nuove aree verdi nel quartiere " + run,
                            "Servono alberi e ombra.",
                            null,
                            null,
                            null,
                            "Cartellone del workshop",
                            null,
                            null,
                            null,
                            null));
        });
        String animators = "Formare animatori di comunità nei quartieri " + run;

        page = Browser.newPage("it-IT");
        BrowserVisit.signIn(page, port, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        page.navigate(url("/admin/programming"));
        page.getByLabel("Titolo").fill("DUP 2022/2024 prova " + run);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crea il ciclo"))
                .click();
        page.getByLabel("Versione").fill("Nota di aggiornamento");
        page.getByLabel("File della tabella").setInputFiles(SEED);
        assertAccessibleAndValid(page, "import form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mostra l’anteprima"))
                .click();
        assertThat(page.locator("main")).containsText("Righe lette: 17 (unite alla precedente: 1");
        assertThat(page.locator("main")).containsText("riga 38");
        assertAccessibleAndValid(page, "import preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conferma e salva"))
                .click();
        assertThat(page.locator("main")).containsText("Tabella importata.");
        assertThat(page.locator("main")).containsText("CITTÀ DIRITTI E OPPORTUNITÀ");
        assertAccessibleAndValid(page, "cycle tree");

        String programming = "/admin/processes/" + ids[0] + "/proposals/%d/programming";
        page.navigate(url(programming.formatted(ids[1])));
        page.getByLabel("Cerca un obiettivo o un’azione del DUP").fill("specifici percorsi formativi");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Cerca").setExact(true))
                .click();
        page.locator("li", new Page.LocatorOptions().setHasText("Organizzazione specifici percorsi formativi"))
                .first()
                .getByRole(AriaRole.BUTTON)
                .click();
        assertThat(page.locator("main")).containsText("Proposta collegata alla programmazione.");
        assertAccessibleAndValid(page, "proposal programming page");
        // the answer is given on the proposal's page, the one place where it is typed
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rispondi alla proposta"))
                .click();
        page.getByLabel("Decisione").selectOption("PARTLY_ACCEPTED");
        page.getByLabel("Motivazione pubblica")
                .fill("Si parte con dieci animatori; il resto dipende dal bando regionale.");
        page.getByLabel("Tipo di atto").fill("Delibera di Giunta");
        page.getByLabel("Numero", new Page.GetByLabelOptions().setExact(true)).fill("312");
        page.getByLabel("Data", new Page.GetByLabelOptions().setExact(true))
                .fill(today.minusDays(1).toString());
        assertAccessibleAndValid(page, "proposal page with the answer form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registra la risposta"))
                .click();
        assertThat(page.locator("main")).containsText("Risposta registrata.");
        assertThat(page.locator("#answer-heading + p")).containsText("Accolta in parte");
        assertThat(page.locator("main")).containsText("Atto: Delibera di Giunta n. 312");

        page.navigate(url(programming.formatted(ids[2])));
        page.getByLabel("Cerca un obiettivo o un’azione del DUP").fill("nuove aree verdi attrezzate");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Cerca").setExact(true))
                .click();
        page.locator("li", new Page.LocatorOptions().setHasText("nuove aree verdi attrezzate"))
                .first()
                .getByRole(AriaRole.BUTTON)
                .click();
        assertThat(page.locator("main")).containsText("Proposta collegata alla programmazione.");

        page.navigate(url("/admin/interventions"));
        page.locator("#call-title").fill("POR FSE inclusione " + run);
        page.locator("#call-funder").fill("Regione Toscana");
        page.locator("#call-deadline").fill(today.plusDays(30).toString());
        page.locator("#call-maxPerProject").fill("80.000,00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva il bando"))
                .click();
        assertThat(page.locator("main")).containsText("Bando salvato.");
        page.locator("#title").fill("Animatori di comunità " + run);
        page.getByLabel("Stato").selectOption("DESIGNED");
        assertAccessibleAndValid(page, "interventions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crea l’intervento"))
                .click();
        assertThat(page.locator("main")).containsText("Intervento aggiornato.");
        page.getByLabel("Numero della proposta").fill(String.valueOf(ids[1]));
        BrowserVisit.send(
                page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Collega la proposta")));
        page.locator("#budget-description").fill("Formazione degli animatori");
        page.locator("#budget-source").fill("Fondo sociale europeo");
        page.locator("#budget-amount").fill("48.000,00");
        BrowserVisit.send(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi voce")));
        page.locator("#callId")
                .selectOption(new SelectOption()
                        .setLabel("POR FSE inclusione " + run + " (Regione Toscana, " + View.date(today.plusDays(30))
                                + ")"));
        page.locator("#requestedAmount").fill("48.000,00");
        BrowserVisit.send(
                page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Candida l’intervento")));
        page.locator("input[id^=granted-]").fill("48.000,00");
        BrowserVisit.send(
                page,
                page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Finanziato").setExact(true)));
        page.locator("#milestone-title").fill("Avvio del corso");
        page.locator("#milestone-due").fill(today.toString());
        BrowserVisit.send(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi tappa")));
        BrowserVisit.send(
                page,
                page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Segna raggiunta: Avvio del corso")));
        page.locator("#milestone-title").fill("Dieci animatori formati");
        page.locator("#milestone-due").fill(today.plusDays(60).toString());
        BrowserVisit.send(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi tappa")));
        assertThat(page.locator("main")).containsText("Finanziato");
        assertAccessibleAndValid(page, "intervention sheet (back office)");
        BrowserVisit.signOut(page);

        page.navigate(url("/meetings"));
        page.getByLabel("Quando").selectOption("PAST");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Workshop sulla partecipazione attiva " + run))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(animators))
                .click();
        assertThat(page.locator("main")).containsText("Nata nell’incontro");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Che cosa ne ha fatto il Comune: risposta, programmazione e interventi"))
                .click();
        var outcome = page.locator("article", new Page.LocatorOptions().setHasText(animators));
        assertThat(outcome).containsText("Accolta in parte");
        assertThat(outcome).containsText("Si parte con dieci animatori");
        assertThat(outcome).containsText("Delibera di Giunta n. 312");
        assertThat(outcome).containsText("Organizzazione specifici percorsi formativi");
        assertThat(outcome).containsText("Animatori di comunità " + run);
        assertThat(outcome).containsText("tappe raggiunte: 1 su 2");
        assertAccessibleAndValid(page, "what became of the proposals");
        outcome.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Animatori di comunità " + run))
                .click();
        assertThat(page.locator("main")).containsText("Finanziato");
        assertThat(page.locator("main")).containsText("48.000,00");
        assertThat(page.locator("main")).containsText("Avvio del corso");
        assertAccessibleAndValid(page, "public intervention sheet");
    }
}
