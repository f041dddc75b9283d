package org.percorsi.documents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.BrowserVisit;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the participation office writes a theme document in Markdown, opens it to the public,
 * writes a second version and opens that too; a visitor finds it on the process page, reads it and compares
 * the two versions, where the changed words are marked. Every page passes axe-core and the Nu checker.
 */
class EditorPublishesADocumentBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorPublishesTwoVersionsAndAVisitorComparesThem() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String processTitle = "Quartieri vivi " + run;
        long processId =
                new DocumentSteps(context).publishedProcess(processTitle, DocumentSteps.openPhase("Laboratori"));

        page = Browser.newPage("it-IT");
        BrowserVisit.signIn(page, port, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        page.navigate(url("/admin/processes/" + processId + "/documents"));
        assertAccessibleAndValid(page, "documents of a process (back office)");
        page.getByLabel("Titolo").fill("Documento sul verde " + run);
        page.locator("#kind").selectOption("THEME_DOCUMENT");
        BrowserVisit.send(
                page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crea il documento")));
        assertThat(page.locator("h1")).hasText("Documento sul verde " + run);

        page.locator("#markdown").fill("""
                # Il verde del quartiere

                Le aiuole sono poco curate in estate.

                Mancano alberi lungo il viale.
                """);
        BrowserVisit.send(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva il testo")));
        assertAccessibleAndValid(page, "a document's draft (back office)");
        choosePublic();
        BrowserVisit.send(
                page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apri la consultazione")));
        BrowserVisit.send(
                page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avvia la versione 2")));
        page.locator("#markdown").fill("""
                # Il verde del quartiere

                Le aiuole sono curate dai volontari in estate.

                Mancano alberi lungo il viale.
                """);
        BrowserVisit.send(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva il testo")));
        choosePublic();
        BrowserVisit.send(
                page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apri la consultazione")));
        assertThat(page.locator("main table")).containsText("In consultazione");
        assertAccessibleAndValid(page, "a document in consultation (back office)");
        BrowserVisit.signOut(page);

        // other tests add processes to the shared database: the visitor comes straight to this one's page
        page.navigate(url("/processes/"
                + jdbc.sql("select slug from process_summary where id = :id")
                        .param("id", processId)
                        .query(String.class)
                        .single()));
        assertThat(page.locator("h1")).hasText(processTitle);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Documento sul verde " + run))
                .click();
        assertThat(page.locator("h1")).hasText("Documento sul verde " + run);
        assertThat(page.locator("main")).containsText("Le aiuole sono curate dai volontari in estate.");
        assertAccessibleAndValid(page, "a document's public page");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Confronta le versioni"))
                .click();
        assertThat(page.locator("main ins").first()).containsText("curate dai volontari");
        assertThat(page.locator("main del").first()).containsText("poco curate");
        assertThat(page.locator("main")).containsText("Modificato");
        assertAccessibleAndValid(page, "comparison of two versions");
    }

    /** A person clicks the label of the choice (Bootstrap Italia draws the radio button under it). */
    private void choosePublic() {
        page.locator("label[for=visibility-public]").click();
        assertThat(page.locator("#visibility-public")).isChecked();
    }
}
