package org.percorsi.opendata;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.BrowserVisit;
import org.percorsi.support.TestAccounts;

/**
 * In a real browser: a visitor finds the open data from the footer, opens the page of the proposals' dataset
 * and reads its columns, in Italian and in English, and the administrator's IPA code form; every page passes
 * axe-core (WCAG 2.1 AA) and the Nu HTML checker.
 */
class VisitorFindsTheOpenDataBrowserTest extends BrowserTest {

    @Test
    void aVisitorFindsTheDatasetsAndTheirColumnsFromTheFooter() {
        page = Browser.newPage("it-IT");
        page.navigate(url("/"));
        page.locator("footer")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dati aperti"))
                .click();
        assertThat(page).hasURL(url("/opendata"));
        assertThat(page.locator("h1")).hasText("Dati aperti");
        assertAccessibleAndValid(page, "open data");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Proposte e risposte"))
                .click();
        assertThat(page.locator("h1")).hasText("Proposte e risposte");
        assertThat(page.locator("#columns tbody tr").first()).containsText("proposal_id");
        assertAccessibleAndValid(page, "dataset page");

        page.navigate(url("/opendata/meetings?lang=en"));
        assertThat(page.locator("h1")).hasText("Meetings and attendance");
        assertThat(page.locator("main")).containsText("counts of participants below 5 are left empty");
        assertAccessibleAndValid(page, "dataset page in English");

        page.navigate(url("/?lang=it"));
        BrowserVisit.signIn(page, port, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        page.navigate(url("/admin/organisation/ipa-code"));
        assertThat(page.locator("h1")).hasText("Codice IPA per i dati aperti");
        assertAccessibleAndValid(page, "IPA code form");
    }
}
