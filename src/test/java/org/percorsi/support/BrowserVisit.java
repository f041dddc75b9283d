package org.percorsi.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/**
 * Signing in and out through the Italian pages, as a person does in the browser, and sending a form that
 * answers with a new page.
 */
public final class BrowserVisit {

    private BrowserVisit() {}

    public static void signIn(Page page, int port, String email, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("main")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accedi"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/(account|admin)$"));
    }

    /**
     * Clicks a button that sends a form and waits until the browser shows the page that answers it. Why: the
     * next step may fill a field that the page before had too (a form that stays on the page), and a value
     * typed there just before the new page replaces it is lost; waiting for a message is not enough when the
     * page before showed the same one. A new page has a new window, without the mark set here.
     */
    public static void send(Page page, Locator button) {
        page.evaluate("() => { window.percorsiPageBeforeSending = true; }");
        button.click();
        page.waitForFunction("() => window.percorsiPageBeforeSending === undefined");
    }

    public static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Esci"))
                .click();
    }
}
