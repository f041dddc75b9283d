package org.percorsi.outreach;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.BrowserVisit;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a process's manager sees the warning about a public meeting not yet promoted, adds to the
 * communication plan an action promoting it (the warning goes), adds an info point with its opening hours and
 * languages, and records a week's contacts; a visitor then sees the action and the info point on the process page
 * and on the info points' page. Every page passes axe-core and the Nu checker.
 */
class OutreachBrowserTest extends BrowserTest {

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerPlansAnActionForAMeetingAndAnInfoPointAndAVisitorSeesThem() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(TimeConfiguration.ROME);
        long processId = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess("Percorso dei quartieri " + run));
            addPhase.handle(id, ProcessForms.openPhase());
            publish.handle(id);
            return id;
        });
        String slug = jdbc.sql("select slug from process where id = :p")
                .param("p", processId)
                .query(String.class)
                .single();
        String meeting = "Assemblea di quartiere " + run;
        long meetingId = jdbc.sql("""
                        insert into meeting (process_id, format, title, starts_at, ends_at, address)
                        values (:p, 'TOWN_MEETING', :t, now() + interval '30 days', now() + interval '30 days 2 hours',
                                'Sala civica')
                        returning id""")
                .param("p", processId)
                .param("t", meeting)
                .query(Long.class)
                .single();
        String manager = italianAccount("responsabile-" + run, "Responsabile " + run);
        jdbc.sql("insert into process_role (process_id, account_id, role) "
                        + "select :p, id, 'MANAGER' from account where email = :e")
                .param("p", processId)
                .param("e", manager)
                .update();
        String action = "Volantini nelle scuole " + run;
        String point = "Punto informativo di via Pistoiese " + run;

        // (1) the manager sees the warning, and adds an action promoting the meeting
        page = Browser.newPage("it-IT");
        signIn(manager);
        page.navigate(url("/admin/processes/" + processId + "/communication"));
        assertThat(page.locator("#promotion-warning")).containsText(meeting);
        assertAccessibleAndValid(page, "a communication plan with a meeting not promoted (back office)");
        page.locator("#channel").selectOption("POSTERS_LEAFLETS");
        page.locator("#title").fill(action);
        page.locator("#audience").fill("Famiglie del quartiere");
        page.locator("label[for=lang-ar]").click();
        page.locator("#plannedOn").fill(today.toString());
        page.locator("#owner").fill("Ufficio Partecipazione");
        page.locator("#meetingId").selectOption(String.valueOf(meetingId));
        send(button("Aggiungi l’azione"));
        assertThat(page.locator("main")).containsText("Azione aggiunta al piano.");
        assertThat(page.locator("#promotion-warning")).hasCount(0);
        Locator row = page.locator("main table tr", new Page.LocatorOptions().setHasText(action));
        assertThat(row).containsText(meeting);
        assertThat(row).containsText("Arabo");
        assertAccessibleAndValid(page, "a communication plan with an action (back office)");

        // (2) the manager adds an info point with its hours, and records a week's contacts
        page.navigate(url("/admin/processes/" + processId + "/info-points"));
        assertAccessibleAndValid(page, "the info points of a process (back office)");
        page.locator("#name").fill(point);
        page.locator("#address").fill("Via Pistoiese 120, Prato");
        page.locator("#organisation").fill("Associazione Insieme " + run);
        page.locator("label[for=lang-zh]").click();
        page.locator("#slotDay-0").selectOption("2");
        page.locator("#slotOpens-0").fill("15:00");
        page.locator("#slotCloses-0").fill("19:00");
        send(button("Aggiungi il punto"));
        assertThat(page.locator("main")).containsText("Punto informativo aggiunto.");
        page.locator("#period").selectOption("WEEK");
        page.locator("#startsOn").fill(today.with(DayOfWeek.MONDAY).toString());
        page.locator("#contacts").fill("14");
        page.locator("#topic").selectOption("DOCUMENTS");
        send(button("Registra i contatti"));
        assertThat(page.locator("#counts table")).containsText("14");
        assertAccessibleAndValid(page, "an info point with its contacts (back office)");
        signOut();
        assertThat(button("Esci")).hasCount(0);

        // (3) a visitor sees the action and the info point
        page.navigate(url("/processes/" + slug));
        Locator outreach = page.locator("#outreach");
        assertThat(outreach).containsText(action);
        assertThat(outreach).containsText(meeting);
        assertThat(outreach).containsText(point);
        assertThat(outreach).containsText("martedì 15:00–19:00");
        assertAccessibleAndValid(page, "a process page with its communication and info points");
        page.navigate(url("/processes/" + slug + "/info-points"));
        assertThat(page.locator("main")).containsText("Cinese");
        assertAccessibleAndValid(page, "the info points of a process, public");
        page.navigate(url("/processes/" + slug + "/communication"));
        assertThat(page.locator("main")).containsText(action);
        assertAccessibleAndValid(page, "the communication of a process, public");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private void send(Locator button) {
        BrowserVisit.send(page, button);
    }
}
