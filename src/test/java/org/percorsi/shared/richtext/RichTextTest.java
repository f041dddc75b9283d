package org.percorsi.shared.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rich text as it is saved, and as a person sees it again in the form to edit it. */
class RichTextTest {

    @Test
    void apostrophesAndQuotesAreEditedAsTypedAndSavingUnchangedStoresTheSameHtml() {
        String typed = "L'analisi del \"contesto\" + i dati = 100% <script>alert(1)</script> a < b & c";
        String saved = RichText.sanitize(typed);
        assertThat(saved).contains("&#39;").doesNotContain("<script>");

        String editing = RichText.forEditing(saved);
        assertThat(editing)
                .contains("<p>L'analisi del \"contesto\" + i dati = 100%")
                .contains("a &lt; b &amp; c")
                .doesNotContain("&#");
        assertThat(RichText.sanitize(editing)).as("saved again unchanged").isEqualTo(saved);
    }

    @Test
    void entitiesThatStandForMarkupStayEntities() {
        assertThat(RichText.forEditing("<p>&#60;b&#62; &#38; &#x3C;</p>")).isEqualTo("<p>&#60;b&#62; &#38; &#x3C;</p>");
        assertThat(RichText.forEditing(null)).isEmpty();
    }
}
