package org.percorsi.stakeholders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * In a real browser, a negotiation table from a request to a public decision: a signed-in participant asks, through
 * the form, to join the table of a public process for a new association she represents, consenting to her name
 * being public; the process's manager accepts the request and names her referent of one of the process's
 * neighbourhoods; signed in again, she now sees the process's reserved phase; the manager schedules a session for
 * today, records the association as present (by her) and a decision; and a visitor reads the association, her name
 * and her neighbourhood on the table's public page, and the attendance and the decision on the session's page.
 * Every page of the story passes axe-core and the Nu checker.
 */
class NegotiationTableFlowBrowserTest extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssociationAsksToJoinIsAcceptedNamedReferentAttendsASessionAndAVisitorSeesItAll() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String reservedPhase = "Fase riservata " + run;
        long processId = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess("Tavolo dei quartieri " + run));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", TODAY.minusDays(5), TODAY.plusDays(4), "", "", false));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.SHARING, reservedPhase, "", TODAY.plusDays(5), TODAY.plusDays(60), "", "", true));
            publish.handle(id);
            return id;
        });
        String slug = jdbc.sql("select slug from process_summary where id = :p")
                .param("p", processId)
                .query(String.class)
                .single();
        String north = "Quartiere Nord " + run;
        long northId = neighbourhoodOf(processId, north);
        neighbourhoodOf(processId, "Quartiere Sud " + run);
        String association = "Associazione Ponte Vecchio " + run;
        String person = "Giulia Ferri " + run;
        String participant = italianAccount("giulia-" + run, "Giulia " + run);
        String table = "/processes/" + slug + "/table";
        String adminTable = "/admin/processes/" + processId + "/table";

        // (1) the participant asks to join for a new association she represents
        page = Browser.newPage("it-IT");
        signIn(participant);
        page.navigate(url(table + "/join"));
        assertThat(page.locator("h1")).containsText("Aderisci al tavolo di negoziazione");
        assertAccessibleAndValid(page, "the form to join a negotiation table");
        page.locator("#organisationName").fill(association);
        page.locator("#kind").selectOption("ASSOCIATION");
        page.locator("#motivation").fill("Vogliamo portare al tavolo la voce dei residenti del Ponte Vecchio.");
        page.locator("#representativeName").fill(person);
        page.locator("#representativeRole").selectOption("MAIN");
        page.locator("label[for=namePublic]").click();
        assertThat(page.locator("#namePublic")).isChecked();
        send(button("Invia la richiesta"));
        assertThat(page).hasURL(url(table));
        assertThat(page.locator("main")).containsText("Richiesta inviata");
        assertThat(page.locator("main")).containsText("Le tue organizzazioni in questo tavolo");
        assertAccessibleAndValid(page, "the table's page with one's own pending request");
        page.navigate(url("/processes/" + slug));
        assertThat(page.locator("main")).not().containsText(reservedPhase);
        signOutAndWait();

        // (2) the manager accepts the request and names the representative referent of a neighbourhood
        BrowserVisit.signIn(page, port, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        page.navigate(url(adminTable));
        Locator request = page.locator("li.border-bottom", new Page.LocatorOptions().setHasText(association));
        assertThat(request).containsText("Richiesta da esaminare");
        assertThat(request).containsText(person);
        assertAccessibleAndValid(page, "a negotiation table with a request to examine (back office)");
        send(button("Accetta · " + association));
        assertThat(page.locator("main")).containsText("Adesione accettata");
        assertThat(request).containsText("Aderente");
        Locator candidate =
                page.locator("#referent-representativeId option", new Page.LocatorOptions().setHasText(person));
        page.locator("#referent-representativeId").selectOption(candidate.getAttribute("value"));
        page.locator("#referent-scopeId").selectOption(String.valueOf(northId));
        send(page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nomina").setExact(true)));
        assertThat(page.locator("main")).containsText("Referente nominato.");
        assertThat(page.locator("main table")).containsText("1 senza referente");
        assertThat(page.locator("main table tr", new Page.LocatorOptions().setHasText(north)))
                .containsText(person);
        assertAccessibleAndValid(page, "a negotiation table with a member and a referent (back office)");
        signOutAndWait();

        // (3) the representative now sees the process's reserved area
        signIn(participant);
        page.navigate(url("/processes/" + slug));
        assertThat(page.locator("main")).containsText(reservedPhase);
        assertAccessibleAndValid(page, "a process with its reserved phase, for a member of the table");
        signOutAndWait();

        // (4) the manager schedules a session, records the association as present and a decision
        String sessionTitle = "Prima seduta " + run;
        String decision = "Il tavolo chiede di illuminare il Ponte Vecchio entro l’estate " + run + ".";
        BrowserVisit.signIn(page, port, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        page.navigate(url(adminTable + "/sessions"));
        assertThat(page.locator("main")).containsText("Non ci sono ancora sedute.");
        assertAccessibleAndValid(page, "the sessions of a negotiation table (back office)");
        page.locator("#title").fill(sessionTitle);
        page.locator("#heldOn").fill(TODAY.toString());
        page.locator("#agenda").fill("Saluti\nIlluminazione del ponte");
        send(button("Programma la seduta"));
        assertThat(page.locator("main")).containsText("Seduta programmata.");
        assertThat(page.locator("h1")).hasText("Seduta n. 1: " + sessionTitle);
        page.getByLabel(association, new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Presente: " + person));
        send(button("Salva le presenze"));
        assertThat(page.locator("main")).containsText("Presenze salvate.");
        page.locator("#text").fill(decision);
        page.locator("#outcome").selectOption("APPROVED");
        page.locator("#votesFor").fill("1");
        page.locator("#votesAgainst").fill("0");
        page.locator("#abstentions").fill("0");
        send(button("Registra la decisione"));
        assertThat(page.locator("main")).containsText("Decisione registrata.");
        assertThat(page.locator("#decisions-heading + ol")).containsText(decision);
        assertAccessibleAndValid(page, "a session with attendance and a decision (back office)");
        signOutAndWait();

        // (5) a visitor sees the organisation on the table and the session with its decision
        page.navigate(url(table));
        Locator row = page.locator("main table tr", new Page.LocatorOptions().setHasText(association));
        assertThat(row).containsText("Associazione");
        assertThat(row).containsText(person);
        assertThat(row).containsText(north);
        assertThat(page.locator("main")).not().containsText("Vogliamo portare al tavolo");
        assertAccessibleAndValid(page, "a negotiation table's public page with a member");
        page.navigate(url(table + "/sessions/1"));
        assertThat(page.locator("h1")).hasText("Seduta n. 1: " + sessionTitle);
        assertThat(page.locator("#attendance-heading + div table")).containsText(association);
        assertThat(page.locator("#attendance-heading + div table")).containsText("Presente (" + person + ")");
        Locator decided = page.locator("#decision-1");
        assertThat(decided).containsText("Approvata");
        assertThat(decided).containsText("favorevoli 1, contrari 0, astenuti 0");
        assertThat(decided).containsText(decision);
        assertAccessibleAndValid(page, "a negotiation table's session, public");
    }

    /** A new neighbourhood among the places of the process: its id. */
    private long neighbourhoodOf(long processId, String name) {
        long scope = jdbc.sql("insert into scope (name, kind) values (:n, 'NEIGHBOURHOOD') returning id")
                .param("n", name)
                .query(Long.class)
                .single();
        jdbc.sql("insert into process_scope (process_id, scope_id) values (:p, :s)")
                .param("p", processId)
                .param("s", scope)
                .update();
        return scope;
    }

    /** Signs out and waits for the page that answers, so that the next step is not taken as the person before. */
    private void signOutAndWait() {
        signOut();
        assertThat(button("Esci")).hasCount(0);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private void send(Locator button) {
        BrowserVisit.send(page, button);
    }
}
