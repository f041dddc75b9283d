package org.percorsi.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The way the browser tests run axe-core finds violations (a check that cannot fail would pass every page). */
class AxeCatchesViolationsTest {

    @Test
    void anImageWithoutTextAndAFieldWithoutLabelAreReported() {
        Page page = Browser.newPage("it-IT");
        try {
            page.setContent("<!doctype html><html lang=\"it\"><head><title>Prova</title></head><body><main>"
                    + "<h1>Prova</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                    + "<input type=\"text\"></main></body></html>");

            assertThat(Axe.violations(page)).extracting(Rule::getId).contains("image-alt", "label");
        } finally {
            page.context().close();
        }
    }

    @Test
    void aCleanPageHasNone() {
        Page page = Browser.newPage("it-IT");
        try {
            page.setContent("<!doctype html><html lang=\"it\"><head><title>Prova</title></head><body><main>"
                    + "<h1>Prova</h1><label for=\"nome\">Nome</label><input id=\"nome\" type=\"text\"></main>"
                    + "</body></html>");

            assertThat(Axe.violations(page)).isEmpty();
        } finally {
            page.context().close();
        }
    }
}
