package org.percorsi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.BrowserVisit;
import org.percorsi.support.PageChecks;
import org.percorsi.support.TestAccounts;

/**
 * On a phone (390 px wide), signed in as the administrator, in Italian and in Arabic: the page never scrolls
 * sideways, the top bar (language, notifications, account, sign-out) stays on one line with every item still
 * named for a screen reader, a back-office table scrolls inside its own named, focusable region, and axe-core
 * finds no WCAG 2.1 A/AA violation.
 */
class SignedInOnAPhoneBrowserTest extends BrowserTest {

    static final int PHONE_WIDTH = 390;

    @Test
    void theSignedInHeaderAndABackOfficeTableFitAPhone() {
        page = Browser.newPage("it-IT");
        BrowserVisit.signIn(page, port, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        page.setViewportSize(PHONE_WIDTH, 844);

        for (String lang : List.of("it", "ar")) {
            page.navigate(url("/account?lang=" + lang));
            assertFitsTheWindow("/account in " + lang);
            assertTopBarOnOneLine(lang);
            PageChecks.assertAccessible(page, "/account in " + lang + " at 390 px");

            page.navigate(url("/admin/accounts?lang=" + lang));
            assertFitsTheWindow("/admin/accounts in " + lang);
            assertTopBarOnOneLine(lang);
            Locator region = page.locator("main").getByRole(AriaRole.REGION);
            assertThat(region).hasCount(1);
            assertThat(region).hasAttribute("tabindex", "0");
            assertThat(region.locator("table")).isVisible();
            PageChecks.assertAccessible(page, "/admin/accounts in " + lang + " at 390 px");
        }
    }

    /** Nothing wider than the window: the page itself never scrolls sideways. */
    private void assertFitsTheWindow(String where) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits)
                .as("%s is no wider than a %d px window", where, PHONE_WIDTH)
                .isEqualTo(true);
    }

    /** The account and sign-out keep their names (read by screen readers) and sit on the notifications' line. */
    private void assertTopBarOnOneLine(String lang) {
        boolean arabic = lang.equals("ar");
        Locator header = page.locator("header .it-header-slim-wrapper");
        Locator notifications = header.locator("a[href='/notifications']");
        Locator account = header.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(arabic ? "حسابي" : "Il mio account"));
        Locator signOut =
                header.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(arabic ? "الخروج" : "Esci"));
        assertThat(account).isVisible();
        assertThat(signOut).isVisible();
        double line = middle(notifications);
        assertThat(List.of(middle(account), middle(signOut), middle(header.locator(".percorsi-lang summary"))))
                .as("the top bar's items in %s sit on one line", lang)
                .allSatisfy(y -> assertThat(Math.abs(y - line)).isLessThan(4.0));
        Object wrapped = page.evaluate(WRAPPED_TEXTS);
        assertThat(wrapped)
                .as("texts of the top bar in %s broken over two lines", lang)
                .isEqualTo(List.of());
    }

    /** The visible texts of the top bar's right side that the browser draws on more than one line. */
    static final String WRAPPED_TEXTS = """
            () => {
              const zone = document.querySelector('.it-header-slim-right-zone');
              const walker = document.createTreeWalker(zone, NodeFilter.SHOW_TEXT);
              const wrapped = [];
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const range = document.createRange();
                range.selectNodeContents(node);
                const lines = new Set([...range.getClientRects()]
                    .filter(r => r.width > 1 && r.height > 1)
                    .map(r => Math.round(r.top)));
                if (lines.size > 1) wrapped.push(node.textContent.trim());
              }
              return wrapped;
            }
            """;

    private static double middle(Locator element) {
        var box = element.boundingBox();
        return box.y + box.height / 2;
    }
}
