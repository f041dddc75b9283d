package org.percorsi.documents.formats;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.pdf.PdfFonts;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Accessible PDFs from XHTML: tagged for PDF/UA (headings, paragraphs, lists and tables become the PDF's
 * structure, in reading order), PDF/A-3a, real text in embedded fonts (DejaVu Sans, then Noto Naskh Arabic and
 * Noto Sans SC for the characters it lacks: {@link PdfFonts}), Arabic shaped and every paragraph laid out in the
 * direction of its own text (as {@code dir="auto"}; the page in the language's), the document's language and
 * its title in the metadata (shown as the window's title). A version's export uses it, and so can any report:
 * give it the title, the language (an ISO code, {@code it}) and a body of well-formed XHTML ({@link #xhtml}
 * makes it from sanitized HTML) whose headings start at {@code h1}. Published to other modules as the named
 * interface {@code pdf} (the regional final report uses it).
 */
@Component
@NamedInterface("pdf")
public class AccessiblePdf {

    private static final String STYLE =
            """
            @page { size: A4; margin: 2cm 2cm 2.2cm 2cm; }
            body { font-family: FAMILIES; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
            h1 { font-size: 18pt; margin: 0 0 8pt 0; }
            h2 { font-size: 14pt; margin: 14pt 0 6pt 0; }
            h3 { font-size: 12pt; margin: 12pt 0 4pt 0; }
            h4 { font-size: 11pt; margin: 10pt 0 4pt 0; }
            p, ul, ol { margin: 0 0 6pt 0; }
            blockquote { margin: 0 0 6pt 10pt; padding-left: 8pt; border-left: 2pt solid #888888; }
            a { color: #0047a0; }
            table { border-collapse: collapse; width: 100%; margin: 0 0 8pt 0; }
            th, td { border: 0.75pt solid #555555; padding: 3pt 5pt; text-align: left; vertical-align: top; }
            th { font-weight: bold; background-color: #eeeeee; }
            [dir=rtl] th, [dir=rtl] td, th[dir=rtl], td[dir=rtl] { text-align: right; }
            [dir=rtl] { font-family: RTL_FAMILIES; }
            [dir=ltr] { font-family: FAMILIES; }
            blockquote[dir=rtl] { margin: 0 10pt 6pt 0; padding-left: 0; padding-right: 8pt; border-left: none;
                                  border-right: 2pt solid #888888; }
            """.replace("RTL_FAMILIES", PdfFonts.CSS_RIGHT_TO_LEFT_FAMILIES).replace("FAMILIES", PdfFonts.CSS_FAMILIES);

    /** Blocks whose text decides their own direction. */
    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, caption, dt, dd";

    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** The PDF of {@code xhtmlBody} (the inside of {@code <body>}), titled and in {@code language}. */
    public byte[] render(String title, String language, String xhtmlBody) {
        var out = new ByteArrayOutputStream();
        render(title, language, xhtmlBody, out);
        return out.toByteArray();
    }

    public void render(String title, String language, String xhtmlBody, OutputStream out) {
        String lang = ExportedText.xml(language);
        boolean rightToLeft =
                Language.ofTag(language).map(Language::rightToLeft).orElse(false);
        String page = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\" xml:lang=\""
                + lang + "\" dir=\"" + (rightToLeft ? "rtl" : "ltr") + "\"><head><title>" + ExportedText.xml(title)
                + "</title><style>" + STYLE + "</style></head><body>" + withDirections(xhtmlBody) + "</body></html>";
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
        builder.useColorProfile(srgb);
        for (var face : PdfFonts.FACES) {
            builder.useFont(
                    () -> stream(face.bytes()),
                    face.family(),
                    face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL,
                    true);
        }
        // Arabic script: runs split by direction, shaped (letters joined) and put in visual order; Chinese lines
        // break between characters
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(rightToLeft ? TextDirection.RTL : TextDirection.LTR);
        builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.forLanguageTag(language)));
        builder.withProducer("Percorsi");
        builder.withHtmlContent(page, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body with a direction on each block whose text has one (the renderer does not read {@code dir="auto"}):
     * an Arabic paragraph in an Italian document reads right to left, an Italian one in an Arabic document left
     * to right; a block of numbers alone follows its parent.
     */
    static String withDirections(String xhtmlBody) {
        var document = Jsoup.parse("<body>" + xhtmlBody + "</body>", "", Parser.xmlParser());
        document.outputSettings(new OutputSettings()
                .syntax(OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false));
        for (Element block : document.select(BLOCKS)) {
            if (!block.hasAttr("dir")) {
                PdfFonts.rightToLeft(block.text()).ifPresent(rtl -> block.attr("dir", rtl ? "rtl" : "ltr"));
            }
        }
        return document.selectFirst("body").html();
    }

    /** Sanitized HTML (a fragment) as well-formed XHTML for {@link #render}. */
    public static String xhtml(String htmlFragment) {
        var document = Jsoup.parseBodyFragment(htmlFragment);
        document.outputSettings(new OutputSettings()
                .syntax(OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false));
        return document.body().html();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
