package org.percorsi.regional.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal valid OpenDocument text of headings and paragraphs: the mimetype first and stored uncompressed (as ODF
 * requires), the manifest, the content. The documents module's writer is internal to it, so the regional reports
 * follow the same approach with only what they need.
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
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"" + OFFICE
                + "\" xmlns:text=\"" + TEXT + "\" office:version=\"1.3\"><office:body><office:text>" + body
                + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            var first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            var crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
