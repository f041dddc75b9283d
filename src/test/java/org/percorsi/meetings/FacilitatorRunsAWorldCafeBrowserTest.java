package org.percorsi.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: a citizen registers for a world café and downloads its
 * calendar file; a facilitator checks her in, records two tables and three rounds
 * with their notes and the synthesis, closes the meeting with minutes and counts
 * and turns a table's note into a proposal; a visitor sees it all on the public
 * page and follows the proposal back to the meeting. Every page passes axe-core
 * and the Nu HTML checker.
 */
class FacilitatorRunsAWorldCafeBrowserTest extends BrowserTest {

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    AssignRole assignRole;

    @Autowired
    ScheduleMeeting schedule;

    @Test
    void aWorldCafeFromRegistrationToItsPublicRecord() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String citizen = italianAccount("amina-" + run, "Amina " + run);
        String facilitator = italianAccount("facilitatore-" + run, "Paolo " + run);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        // under way since half an hour; late registrations accepted until an hour from now
        LocalDateTime now =
                LocalDateTime.now(ZoneId.of("Europe/Rome")).withSecond(0).withNano(0);
        long[] ids = new long[2];
        TestAccounts.asAdmin(() -> {
            ids[0] = createProcess.handle(new ProcessForm(
                    "Piano del commercio " + run,
                    "commercio-" + run,
                    "Il futuro dei negozi di vicinato.",
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
                            PhaseType.OPENING, "Apertura", "", today.minusDays(3), today.plusDays(30), "", "", false));
            publish.handle(ids[0]);
            assignRole.handle(ids[0], new RoleForm(facilitator, ProcessRole.FACILITATOR));
            ids[1] = schedule.create(
                    ids[0],
                    new MeetingForm(
                            "World café degli attori economici",
                            MeetingFormat.WORLD_CAFE,
                            null,
                            null,
                            null,
                            "<p>Commercianti, artigiani e associazioni di categoria.</p>",
                            now.minusMinutes(30),
                            now.plusHours(2),
                            "Via Emilia 12, Imola",
                            "Sala del Consiglio",
                            "Ingresso senza gradini",
                            "",
                            null,
                            null,
                            "Attori economici",
                            "<p>Tre giri di tavoli e una sintesi in plenaria.</p>",
                            "Paolo " + run,
                            false,
                            true,
                            40,
                            true,
                            now.plusHours(1),
                            "Serve un interprete? In quale lingua?",
                            true));
        });
        long meeting = ids[1];
        String admin = "/admin/processes/" + ids[0] + "/meetings/" + meeting;

        page = Browser.newPage("it-IT");
        signIn(citizen);
        page.navigate(url("/meetings/" + meeting));
        assertAccessibleAndValid(page, "meeting page before registering");
        page.getByLabel("Serve un interprete? In quale lingua?").fill("Sì, arabo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iscriviti"))
                .click();
        assertThat(page.locator("main")).containsText("Sei iscritto a questo incontro.");
        assertAccessibleAndValid(page, "meeting page once registered");
        var ics = page.context().request().get(url("/meetings/" + meeting + "/calendar.ics"));
        Assertions.assertThat(ics.headers().get("content-type")).startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(ics.text()));
        Assertions.assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        Assertions.assertThat(ics.text()).contains("SUMMARY:World café degli attori economici");
        signOut();

        signIn(facilitator);
        page.navigate(url(admin + "/registrations"));
        assertThat(page.locator("main")).containsText("Sì, arabo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Segna presente Amina " + run))
                .click();
        assertThat(page.locator("main")).containsText("Presente dalle");
        assertAccessibleAndValid(page, "registrations and check-in");

        page.navigate(url(admin + "/harvest"));
        for (String[] table : new String[][] {{"Tavolo 1", "Anna"}, {"Tavolo 2", "Luca"}}) {
            page.locator("#table-label").fill(table[0]);
            page.locator("#table-host").fill(table[1]);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi tavolo"))
                    .click();
            // the page after this very table: the message alone is still there from the one before
            assertThat(page.locator("#item-table option", new Page.LocatorOptions().setHasText(table[0])))
                    .hasCount(1);
            assertThat(page.locator("main")).containsText("Raccolta aggiornata.");
        }
        for (String question : List.of("Che cosa funziona oggi?", "Che cosa manca?", "Che cosa faresti domani?")) {
            page.locator("#round-question").fill(question);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi giro"))
                    .click();
            assertThat(page.locator("#item-round option", new Page.LocatorOptions().setHasText(question)))
                    .hasCount(1);
            assertThat(page.locator("main")).containsText("Raccolta aggiornata.");
        }
        String[][] notes = {
            {"Tavolo 1", "1. Che cosa funziona oggi?", "Il mercato del sabato porta gente in centro"},
            {"Tavolo 2", "2. Che cosa manca?", "Un bando per riaprire i negozi sfitti"},
            {"Tavolo 1", "3. Che cosa faresti domani?", "Una tessera unica per i negozi di vicinato"}
        };
        for (String[] note : notes) {
            page.locator("#item-table").selectOption(new SelectOption().setLabel(note[0]));
            page.locator("#item-round").selectOption(new SelectOption().setLabel(note[1]));
            page.locator("#item-body").fill(note[2]);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi appunto"))
                    .click();
            assertThat(page.locator("main")).containsText(note[2]);
        }
        page.locator("#synthesis").fill("I tavoli chiedono di riportare i negozi nelle vie del centro.");
        page.locator("#synthesis-heading + form button").click();
        assertAccessibleAndValid(page, "harvest of the world café");

        page.navigate(url(admin + "/record"));
        page.getByLabel("Verbale").fill("Hanno partecipato commercianti, artigiani e due associazioni di categoria.");
        page.getByLabel("Cittadini").fill("12");
        page.getByLabel("Imprese").fill("9");
        page.getByLabel("Donne").fill("11");
        page.getByLabel("Uomini").fill("10");
        page.getByLabel("30–44 anni").fill("8");
        page.getByLabel("45–64 anni").fill("13");
        assertAccessibleAndValid(page, "record form");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Chiudi l’incontro e pubblica il resoconto"))
                .click();
        assertThat(page.locator("main")).containsText("Incontro chiuso: il resoconto è pubblicato.");

        page.navigate(url(admin + "/harvest"));
        var note = page.locator("li", new Page.LocatorOptions().setHasText("Un bando per riaprire i negozi sfitti"));
        note.locator("summary").click();
        note.getByLabel("Tipo").selectOption("NEED");
        note.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("h1")).hasText("Un bando per riaprire i negozi sfitti");
        assertThat(page.locator("main")).containsText("Nata nell’incontro");
        assertThat(page.locator("main")).containsText("Tavolo 2");
        assertAccessibleAndValid(page, "proposal born at the meeting");
        signOut();

        page.navigate(url("/meetings/" + meeting));
        var main = page.locator("main");
        assertThat(main).containsText("Concluso");
        assertThat(main).containsText("Il mercato del sabato porta gente in centro");
        assertThat(main).containsText("I tavoli chiedono di riportare i negozi nelle vie del centro.");
        assertThat(main).containsText("Hanno partecipato commercianti");
        assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Per categoria")))
                .containsText("21");
        assertAccessibleAndValid(page, "public page of the closed meeting");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Un bando per riaprire i negozi sfitti"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("World café degli attori economici"))
                .click();
        assertThat(page.locator("h1")).hasText("World café degli attori economici");
    }
}
