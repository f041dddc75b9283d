package org.percorsi.documents.formats;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Entities;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Accessible PDFs from XHTML: tagged for PDF/UA (headings, paragraphs, lists and tables become the PDF's
 * structure, in reading order), PDF/A-3a, real text in embedded DejaVu Sans fonts, the document's language and
 * its title in the metadata (shown as the window's title). A version's export uses it, and so can any report:
 * give it the title, the language (an ISO code, {@code it}) and a body of well-formed XHTML ({@link #xhtml}
 * makes it from sanitized HTML) whose headings start at {@code h1}. Published to other modules as the named
 * interface {@code pdf} (the regional final report uses it).
 */
@Component
@NamedInterface("pdf")
public class AccessiblePdf {

    private static final String FAMILY = "DejaVu Sans";
    private static final String STYLE = """
            @page { size: A4; margin: 2cm 2cm 2.2cm 2cm; }
            body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
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
            """;

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final byte[] italic = font("DejaVuSans-Oblique.ttf");
    private final byte[] boldItalic = font("DejaVuSans-BoldOblique.ttf");
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** The PDF of {@code xhtmlBody} (the inside of {@code <body>}), titled and in {@code language}. */
    public byte[] render(String title, String language, String xhtmlBody) {
        var out = new ByteArrayOutputStream();
        render(title, language, xhtmlBody, out);
        return out.toByteArray();
    }

    public void render(String title, String language, String xhtmlBody, OutputStream out) {
        String lang = ExportedText.xml(language);
        String page = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\" xml:lang=\""
                + lang + "\"><head><title>" + ExportedText.xml(title) + "</title><style>" + STYLE
                + "</style></head><body>" + xhtmlBody + "</body></html>";
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
        builder.useColorProfile(srgb);
        builder.useFont(() -> stream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> stream(bold), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> stream(italic), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> stream(boldItalic), FAMILY, 700, FontStyle.ITALIC, true);
        builder.withProducer("Percorsi");
        builder.withHtmlContent(page, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static byte[] font(String name) {
        try (InputStream in = AccessiblePdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
