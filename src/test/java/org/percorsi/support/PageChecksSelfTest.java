package org.percorsi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The page checks fail on broken pages and pass on good ones, so a green browser test means something. */
class PageChecksSelfTest {

    static final String GOOD = """
            <!DOCTYPE html>
            <html lang="it"><head><meta charset="utf-8"><title>Prova</title></head>
            <body><main><h1>Prova</h1><p>Testo.</p></main></body></html>""";

    @Test
    void theHtmlCheckerAcceptsAValidPageAndReportsErrors() {
        assertThat(PageChecks.validate(GOOD)).isEmpty();
        String broken = GOOD.replace("<p>Testo.</p>", "<p id=\"x\">Uno</p><p id=\"x\">Due</p><div><span></div>");
        assertThatThrownBy(() -> PageChecks.assertValidHtml(broken, "broken page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Duplicate ID");
    }

    @Test
    void axeReportsAnImageWithoutAlternativeText() {
        var page = Browser.newPage("it-IT");
        try {
            page.setContent(GOOD);
            PageChecks.assertAccessible(page, "good page");
            page.setContent(GOOD.replace("<p>Testo.</p>", "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"));
            assertThatThrownBy(() -> PageChecks.assertAccessible(page, "page with an image without alt"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt");
        } finally {
            page.context().close();
        }
    }
}
