package org.percorsi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.TestAccounts;

/**
 * In a real browser: a visitor goes from the home page to a process and its
 * timeline and switches to English; an administrator signs in and starts a
 * process with two phases from a template, then publishes it. Every page passes
 * axe-core (WCAG 2.1 AA) and the Nu HTML checker.
 */
class VisitorFollowsAProcessBrowserTest extends BrowserTest {

    static final String PRATO = "Interventi prioritari per le politiche di integrazione";

    @Test
    void visitorFollowsAProcessAndAdministratorStartsOneFromATemplate() {
        page = Browser.newPage("it-IT");
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "it");
        assertThat(page.locator("h1")).containsText("Partecipa con");
        assertAccessibleAndValid(page, "home");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu principale"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Percorsi partecipativi"))
                .click();
        assertThat(page).hasURL(url("/processes"));
        assertThat(page.locator("h1")).hasText("Percorsi partecipativi");
        assertAccessibleAndValid(page, "process list");

        // other tests add processes to the shared database: the visitor narrows the list to a theme of Prato's
        page.getByLabel("Tema").selectOption(new SelectOption().setLabel("Rete commerciale del centro storico"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PRATO))
                .first()
                .click();
        assertThat(page.locator("h1")).hasText(PRATO);
        var phases = page.locator("#timeline ol > li");
        assertThat(phases).hasCount(3);
        assertThat(phases.nth(0)).containsText("Analisi del contesto");
        assertThat(phases.nth(2)).containsText("Condivisione pubblica");
        // the demo dates its phases around the day it is loaded: the workshops are under way
        assertThat(phases.nth(1)).hasAttribute("aria-current", "step");
        assertThat(phases.nth(1)).containsText("In corso");
        assertThat(page.locator("#timeline li[aria-current=step]")).hasCount(1);
        assertAccessibleAndValid(page, "process page");

        page.locator(".percorsi-lang summary").click(); // the language switch opens its list
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#timeline-heading")).hasText("Phases of the process");
        assertAccessibleAndValid(page, "process page in English");

        page.navigate(url("/processes/no-such-process"));
        assertThat(page.locator("h1")).hasText("Page not found");
        assertAccessibleAndValid(page, "404 page");

        page.locator(".percorsi-lang summary").click(); // the language switch opens its list
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Italiano"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
        assertAccessibleAndValid(page, "sign-in page");
        page.getByLabel("Email").fill(TestAccounts.ADMIN_EMAIL);
        page.getByLabel("Password").fill(TestAccounts.ADMIN_PASSWORD);
        page.locator("main")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accedi"))
                .click();
        assertThat(page).hasURL(url("/admin"));
        assertAccessibleAndValid(page, "back office");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modelli di percorso"))
                .click();
        assertAccessibleAndValid(page, "templates");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(
                                        "Usa questo modello Percorso partecipativo LR 15/2018 (Emilia-Romagna): condivisione, apertura, restituzione"))
                .click();
        assertAccessibleAndValid(page, "template page");

        String title = "Bilancio partecipativo dei giovani "
                + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Titolo").fill(title);
        page.getByLabel("Descrizione breve").fill("I giovani decidono come usare una parte del bilancio comunale.");
        page.getByLabel("Data di inizio della prima fase").fill("2027-03-01");
        // Bootstrap Italia draws the box over the label, so a person clicks the label
        page.locator("label[for=keep-2]").click();
        assertThat(page.getByLabel("Restituzione")).not().isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crea il percorso"))
                .click();

        assertThat(page.locator("h1")).containsText(title);
        assertThat(page.locator("[role=status], .alert-success")).containsText("Percorso creato dal modello");
        var adminPhases = page.locator("#phases-heading + ol > li");
        assertThat(adminPhases).hasCount(2);
        assertThat(adminPhases.nth(0)).containsText("Condivisione");
        assertThat(adminPhases.nth(1)).containsText("Apertura");
        assertAccessibleAndValid(page, "process editing");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pubblica"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("Percorso pubblicato.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vedi la pagina pubblica"))
                .click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#timeline ol > li")).hasCount(2);
        assertThat(page.locator("#timeline ol > li").nth(0)).containsText("1 marzo 2027");
        assertAccessibleAndValid(page, "new public process page");
    }
}
