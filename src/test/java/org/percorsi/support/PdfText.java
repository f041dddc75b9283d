package org.percorsi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader gets out of a PDF: its lines of text, in logical order, and the fonts it embeds. */
public final class PdfText {

    private PdfText() {}

    /** The lines of text of every page (PDFBox puts right-to-left lines back in logical order), stripped. */
    public static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> lines = new ArrayList<>();
            for (String line : new PDFTextStripper().getText(document).split("\\R")) {
                lines.add(letters(line.strip()));
            }
            return lines;
        }
    }

    /** The names of the fonts on the pages (subsets as {@code ABCDEF+Name}), each checked to be embedded. */
    public static List<String> embeddedFonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as("font " + font.getName() + " embedded")
                            .isTrue();
                    names.add(font.getName());
                }
            }
            return names;
        }
    }

    /**
     * Arabic presentation forms (the joined shapes of letters, ligatures such as lam-alef) as the letters they
     * show, by NFKC on them alone: a PDF holds the shaped glyphs, and an extractor that maps them to the shapes'
     * own code points rather than to the letters would differ from the source. The rest stays as it is (NFKC
     * would also turn Chinese full-width punctuation into ASCII).
     */
    public static String letters(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean presentationForm = (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
            out.append(
                    presentationForm
                            ? Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC)
                            : Character.toString(c));
        });
        return out.toString();
    }
}
