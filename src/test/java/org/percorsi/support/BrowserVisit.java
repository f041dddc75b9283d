package org.percorsi.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** Signing in and out through the Italian pages, as a person does in the browser. */
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

    public static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Esci"))
                .click();
    }
}
