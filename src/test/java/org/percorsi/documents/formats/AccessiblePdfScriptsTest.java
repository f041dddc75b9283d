package org.percorsi.documents.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.percorsi.support.PdfText;

/**
 * A PDF with Chinese and Arabic paragraphs: its text, extracted, is the source's, in logical order, each script in
 * its embedded font; each paragraph runs in the direction of its own text.
 */
class AccessiblePdfScriptsTest {

    static final String CHINESE = "市民参与预算：我们一起讨论城市的未来，欢迎所有居民参加。";
    /** With lam-alef ("لا", one ligature) and the lam-lam of "للمدينة". */
    static final String ARABIC = "يشارك المواطنون في الميزانية التشاركية للمدينة ولا يدفعون شيئاً.";

    static final String ITALIAN = "Bilancio partecipativo della città.";

    final AccessiblePdf pdf = new AccessiblePdf();

    @Test
    void chineseAndArabicParagraphsReadBackAsWrittenInTheirEmbeddedFonts() throws Exception {
        byte[] bytes =
                pdf.render("Bilancio", "it", "<h1>" + ITALIAN + "</h1><p>" + CHINESE + "</p><p>" + ARABIC + "</p>");

        assertThat(PdfText.lines(bytes)).as("the paragraphs, in logical order").contains(ITALIAN, CHINESE, ARABIC);
        assertThat(PdfText.embeddedFonts(bytes))
                .as("each script in its font, embedded (subset)")
                .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"))
                .anyMatch(name -> name.endsWith("+NotoSansCJKsc-Regular"))
                .anyMatch(name -> name.endsWith("+NotoNaskhArabic-Regular"));
    }

    @Test
    void anArabicDocumentReadsRightToLeftWithItsItalianParagraphLeftToRight() throws Exception {
        byte[] bytes =
                pdf.render("الميزانية", "ar", "<h1>" + ARABIC + "</h1><p>" + ITALIAN + "</p><p>" + CHINESE + "</p>");

        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
        }
        assertThat(PdfText.lines(bytes)).contains(ARABIC, ITALIAN, CHINESE);
        assertThat(PdfText.embeddedFonts(bytes)).anyMatch(name -> name.endsWith("+NotoNaskhArabic-Bold"));
        assertThat(AccessiblePdf.withDirections("<h1>" + ARABIC + "</h1><p>" + ITALIAN + "</p><p>2026</p>"))
                .as("each block in the direction of its text; numbers alone in their parent's")
                .isEqualTo("<h1 dir=\"rtl\">" + ARABIC + "</h1><p dir=\"ltr\">" + ITALIAN + "</p><p>2026</p>");
    }
}
