package org.percorsi.regional.web;

import java.util.List;
import org.percorsi.documents.formats.OdtPackage;

/**
 * A minimal valid OpenDocument text of headings and paragraphs, packaged by the documents module's
 * {@link OdtPackage}: the regional reports need only this content, not the documents' styles.
 */
final class OdtText {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private final StringBuilder body = new StringBuilder();

    OdtText heading(int level, String text) {
        body.append("<text:h text:outline-level=\"")
                .append(level)
                .append("\">")
                .append(xml(text))
                .append("</text:h>");
        return this;
    }

    OdtText paragraph(String text) {
        body.append("<text:p>").append(xml(text)).append("</text:p>");
        return this;
    }

    /** The report's headings and paragraphs, in order. */
    OdtText blocks(List<FinalReportText.Block> blocks) {
        blocks.forEach(b -> {
            if (b.heading()) {
                heading(b.level(), b.text());
            } else {
                paragraph(b.text());
            }
        });
        return this;
    }

    byte[] bytes() {
        return OdtPackage.zip(new OdtPackage.Part(
                "content.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"" + OFFICE
                        + "\" xmlns:text=\"" + TEXT + "\" office:version=\"1.3\"><office:body><office:text>" + body
                        + "</office:text></office:body></office:document-content>"));
    }

    /** Text escaped for XML (and XHTML), without the control characters XML refuses. */
    static String xml(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
