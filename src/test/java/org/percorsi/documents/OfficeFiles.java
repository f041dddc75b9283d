package org.percorsi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word and OpenDocument files written by hand in a test, as an office suite would: a Word document whose
 * heading styles have Italian ids (Titolo1) and English built-in names, numbering, a hyperlink and a table; an
 * OpenDocument text with text:h, a numbered list style and a table.
 */
final class OfficeFiles {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private OfficeFiles() {}

    static byte[] zip(Map<String, String> parts) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                byte[] content = part.getValue().getBytes(StandardCharsets.UTF_8);
                var entry = new ZipEntry(part.getKey());
                if (part.getKey().equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    var crc = new CRC32();
                    crc.update(content);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String contentTypes() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>""";
    }

    /** A Word document with the given body (the inside of w:body), Italian heading ids and two lists. */
    static byte[] docx(String body) {
        var parts = new LinkedHashMap<String, String>();
        parts.put("[Content_Types].xml", contentTypes());
        parts.put(
                "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>" + body
                        + "</w:body></w:document>");
        parts.put("word/styles.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <w:styles %s>
                <w:style w:type="paragraph" w:default="1" w:styleId="Normale"><w:name w:val="Normal"/></w:style>
                <w:style w:type="paragraph" w:styleId="Titolo1"><w:name w:val="heading 1"/><w:basedOn w:val="Normale"/>
                  <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="Titolo2"><w:name w:val="heading 2"/><w:basedOn w:val="Normale"/></w:style>
                <w:style w:type="paragraph" w:styleId="Capitolo"><w:name w:val="Capitolo del rapporto"/>
                  <w:basedOn w:val="Normale"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="Paragrafoelenco"><w:name w:val="List Paragraph"/></w:style>
                </w:styles>""".formatted(W));
        parts.put("word/numbering.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <w:numbering %s>
                <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
                <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
                <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
                </w:numbering>""".formatted(W));
        parts.put("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
                  Target="https://www.comune.prato.it/partecipazione" TargetMode="External"/>
                </Relationships>""");
        return zip(parts);
    }

    static String paragraph(String style, String text) {
        return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>")
                + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String item(int numId, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Paragrafoelenco\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\""
                + numId + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    static String table(String[]... rows) {
        StringBuilder table = new StringBuilder("<w:tbl><w:tblPr/>");
        for (String[] row : rows) {
            table.append("<w:tr>");
            for (String cell : row) {
                table.append("<w:tc><w:p><w:r><w:t>").append(cell).append("</w:t></w:r></w:p></w:tc>");
            }
            table.append("</w:tr>");
        }
        return table.append("</w:tbl>").toString();
    }

    /** An OpenDocument text with the given body (the inside of office:text) and a numbered list style L2. */
    static byte[] odt(String body) {
        String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
        var parts = new LinkedHashMap<String, String>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text");
        parts.put("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""");
        parts.put("styles.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles %s><office:styles>
                <style:style style:name="Titolo_20_capitolo" style:display-name="Titolo capitolo" style:family="paragraph"
                  style:default-outline-level="2"/>
                </office:styles></office:document-styles>""".formatted(ns));
        parts.put("content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content %s>
                <office:automatic-styles>
                  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
                  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Titolo_20_capitolo"/>
                  <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
                  <text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
                </office:automatic-styles>
                <office:body><office:text>%s</office:text></office:body></office:document-content>""".formatted(ns, body));
        return zip(parts);
    }
}
