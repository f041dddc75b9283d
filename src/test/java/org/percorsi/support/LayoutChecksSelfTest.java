package org.percorsi.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The layout checks catch what they are for, and pass a page without those faults. */
class LayoutChecksSelfTest {

    Page page = Browser.newPage("it-IT");

    @AfterEach
    void close() {
        page.context().close();
    }

    @Test
    void aBorderlessFieldALabelOverAControlOverflowAndContentOverTheFooterAreEachFound() {
        page.setContent("""
                <!DOCTYPE html><html lang="it"><head><title>t</title><style>
                  body { margin: 0; font: 16px sans-serif; }
                  .bare { border: none; background: transparent; }
                  .over { position: relative; top: 30px; }
                  .wide { width: 2000px; height: 10px; }
                  .sink { position: relative; top: 40px; height: 20px; margin: 0; }
                  footer { height: 100px; background: #eee; }
                </style></head><body><main>
                  <label for="a">Nome</label><input id="a" class="bare">
                  <h1>Pagina</h1><h2 class="over">Titolo sopra</h2><a href="/x">Un collegamento</a><h4>Salto</h4>
                  <div class="wide"></div>
                  <p class="sink">Testo che scende</p>
                </main><footer><p>Piè di pagina</p></footer></body></html>""");
        List<String> problems = LayoutChecks.problems(page);
        assertThat(problems).anyMatch(p -> p.contains("input#a") && p.contains("no visible boundary"));
        assertThat(problems).anyMatch(p -> p.contains("h2 \"Titolo sopra\" is drawn over a \"Un collegamento\""));
        assertThat(problems).anyMatch(p -> p.contains("px wide in a") && p.contains("div"));
        assertThat(problems).anyMatch(p -> p.contains("over the footer") && p.contains("Testo che scende"));
        assertThat(problems).anyMatch(p -> p.contains("h4 \"Salto\" skips a level (h4 after h2)"));
    }

    @Test
    void aPlainWellLaidOutFormPasses() {
        page.setContent("""
                <!DOCTYPE html><html lang="it"><head><title>t</title><style>
                  input { border: 1px solid #555; display: block; margin-bottom: 1rem; }
                </style></head><body><main><h1>Modulo</h1>
                  <label for="a">Nome</label><input id="a" type="text">
                  <label for="f">File</label><input id="f" type="file">
                </main><footer>Piè di pagina</footer></body></html>""");
        assertThat(LayoutChecks.problems(page)).isEmpty();
    }

    @Test
    void consoleErrorsAreRecorded() {
        List<String> errors = new ArrayList<>();
        LayoutChecks.recordConsoleErrors(page, errors);
        page.setContent("<!DOCTYPE html><title>t</title><script>console.error('guasto')</script>");
        assertThat(errors).containsExactly("console error: guasto");
    }
}
