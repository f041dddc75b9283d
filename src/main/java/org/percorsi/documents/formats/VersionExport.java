package org.percorsi.documents.formats;

import java.util.ArrayList;
import java.util.List;
import org.percorsi.documents.Block;
import org.springframework.stereotype.Component;

/**
 * A version of a document as a file: an accessible PDF, an OpenDocument text or a Word document, with the
 * document's title as first heading (the blocks' headings below it, as on the page), a line that says which
 * version it is, and the organisation's language.
 */
@Component
public class VersionExport {

    public enum Format {
        PDF("pdf", "application/pdf"),
        ODT("odt", "application/vnd.oasis.opendocument.text"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    private final AccessiblePdf pdf;

    public VersionExport(AccessiblePdf pdf) {
        this.pdf = pdf;
    }

    /** The file of a version: {@code subtitle} says which version it is ("Versione 2 · In consultazione"). */
    public byte[] export(Format format, String title, String subtitle, String language, List<Block> blocks) {
        return switch (format) {
            case PDF -> pdf.render(title, language, xhtml(title, subtitle, blocks));
            case ODT -> OdtWriter.write(title, language, withTitle(title, subtitle, blocks));
            case DOCX -> DocxWriter.write(title, language, withTitle(title, subtitle, blocks));
        };
    }

    /** The page's structure: the title is h1, the blocks' headings (levels 1 to 3) are h2 to h4. */
    private static String xhtml(String title, String subtitle, List<Block> blocks) {
        StringBuilder html = new StringBuilder("<h1>")
                .append(ExportedText.xml(title))
                .append("</h1><p>")
                .append(ExportedText.xml(subtitle))
                .append("</p>");
        for (Block block : blocks) {
            if (block.heading()) {
                String tag = "h" + (Math.min(Math.max(block.level(), 1), 3) + 1);
                html.append('<')
                        .append(tag)
                        .append('>')
                        .append(block.html())
                        .append("</")
                        .append(tag)
                        .append('>');
            } else {
                html.append(block.html());
            }
        }
        return AccessiblePdf.xhtml(html.toString());
    }

    /** In an office file the title is the first heading and the blocks' headings keep their levels. */
    private static List<ExportedText.Part> withTitle(String title, String subtitle, List<Block> blocks) {
        var parts = new ArrayList<ExportedText.Part>();
        parts.add(new ExportedText.Paragraph(List.of(new ExportedText.Run(title, true, false, null))));
        parts.add(new ExportedText.Paragraph(List.of(new ExportedText.Run(subtitle, false, true, null))));
        parts.addAll(ExportedText.of(blocks));
        return parts;
    }
}
