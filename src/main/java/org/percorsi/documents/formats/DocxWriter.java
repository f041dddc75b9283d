package org.percorsi.documents.formats;

import static org.percorsi.documents.formats.ExportedText.xml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.percorsi.documents.formats.ExportedText.Heading;
import org.percorsi.documents.formats.ExportedText.ListOf;
import org.percorsi.documents.formats.ExportedText.Paragraph;
import org.percorsi.documents.formats.ExportedText.Part;
import org.percorsi.documents.formats.ExportedText.Run;
import org.percorsi.documents.formats.ExportedText.Table;

/**
 * A minimal Word document: headings in the built-in Heading 1-3 styles (outline levels, so Word's navigation
 * and screen readers see them), paragraphs, bulleted and numbered lists (each numbered list starting at 1),
 * tables whose first row repeats as header, hyperlinks, the title and language in its properties.
 */
final class DocxWriter {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final StringBuilder body = new StringBuilder();
    private final List<String> links = new ArrayList<>();
    private final List<Integer> numberedLists = new ArrayList<>();

    private DocxWriter() {}

    static byte[] write(String title, String language, List<Part> parts) {
        var writer = new DocxWriter();
        parts.forEach(writer::part);
        return writer.zip(title, language);
    }

    private void part(Part part) {
        switch (part) {
            case Heading h -> paragraph("Heading" + Math.min(Math.max(h.level(), 1), 3), null, h.runs());
            case Paragraph p -> paragraph(null, null, p.runs());
            case ListOf list -> {
                int numId = 1;
                if (list.ordered()) {
                    numberedLists.add(numberedLists.size() + 2);
                    numId = numberedLists.getLast();
                }
                for (List<Run> item : list.items()) {
                    paragraph("ListParagraph", numId, item);
                }
            }
            case Table table -> table(table);
        }
    }

    private void paragraph(String style, Integer numId, List<Run> runs) {
        body.append("<w:p>");
        if (style != null || numId != null) {
            body.append("<w:pPr>");
            if (style != null) {
                body.append("<w:pStyle w:val=\"").append(style).append("\"/>");
            }
            if (numId != null) {
                body.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"")
                        .append(numId)
                        .append("\"/></w:numPr>");
            }
            body.append("</w:pPr>");
        }
        for (Run run : runs) {
            if (run.link() != null) {
                links.add(run.link());
                body.append("<w:hyperlink r:id=\"rIdLink").append(links.size()).append("\">");
            }
            body.append("<w:r>");
            if (run.bold() || run.italic() || run.link() != null) {
                body.append("<w:rPr>");
                if (run.link() != null) {
                    body.append("<w:rStyle w:val=\"Hyperlink\"/>");
                }
                body.append(run.bold() ? "<w:b/>" : "").append(run.italic() ? "<w:i/>" : "");
                body.append("</w:rPr>");
            }
            body.append("<w:t xml:space=\"preserve\">").append(xml(run.text())).append("</w:t></w:r>");
            if (run.link() != null) {
                body.append("</w:hyperlink>");
            }
        }
        body.append("</w:p>");
    }

    private void table(Table table) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
                .append("<w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>");
        }
        body.append("</w:tblBorders></w:tblPr><w:tblGrid>");
        for (int c = 0; c < columns; c++) {
            body.append("<w:gridCol w:w=\"").append(9000 / columns).append("\"/>");
        }
        body.append("</w:tblGrid>");
        boolean header = true;
        for (List<List<Run>> row : table.rows()) {
            body.append("<w:tr>");
            if (header) {
                body.append("<w:trPr><w:tblHeader/></w:trPr>");
            }
            for (int c = 0; c < columns; c++) {
                body.append("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>");
                List<Run> cell = c < row.size() ? row.get(c) : List.of();
                paragraph(header ? "TableHeading" : null, null, cell);
                body.append("</w:tc>");
            }
            body.append("</w:tr>");
            header = false;
        }
        body.append("</w:tbl>");
    }

    private byte[] zip(String title, String language) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="%s">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                    </Relationships>""".formatted(PACKAGE_RELATIONSHIPS));
            entry(zip, "docProps/core.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                    xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:language>%s</dc:language>\
                    </cp:coreProperties>""".formatted(xml(title), xml(language)));
            entry(zip, "word/_rels/document.xml.rels", documentRelationships());
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s\
                    <w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
                    <w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/>\
                    </w:sectPr></w:body></w:document>""".formatted(W, R, body));
            entry(zip, "word/styles.xml", styles(language));
            entry(zip, "word/numbering.xml", numbering());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String contentTypes() {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
                </Types>""";
    }

    private String documentRelationships() {
        StringBuilder rels = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="%s">\
                <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
                """.formatted(PACKAGE_RELATIONSHIPS));
        for (int i = 0; i < links.size(); i++) {
            rels.append("<Relationship Id=\"rIdLink")
                    .append(i + 1)
                    .append(
                            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"")
                    .append(xml(links.get(i)))
                    .append("\" TargetMode=\"External\"/>");
        }
        return rels.append("</Relationships>").toString();
    }

    private static String styles(String language) {
        StringBuilder styles = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:styles xmlns:w="%s">\
                <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans"/>\
                <w:sz w:val="22"/><w:lang w:val="%s"/></w:rPr></w:rPrDefault>\
                <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
                <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
                <w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>\
                <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>\
                <w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/>\
                <w:rPr><w:b/></w:rPr></w:style>\
                <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>\
                """.formatted(W, xml(language)));
        int[] sizes = {36, 30, 26};
        for (int level = 1; level <= 3; level++) {
            styles.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading")
                    .append(level)
                    .append("\"><w:name w:val=\"heading ")
                    .append(level)
                    .append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>")
                    .append("<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"")
                    .append(level - 1)
                    .append("\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"")
                    .append(sizes[level - 1])
                    .append("\"/></w:rPr></w:style>");
        }
        return styles.append("</w:styles>").toString();
    }

    private String numbering() {
        StringBuilder numbering = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:numbering xmlns:w="%s">\
                <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\
                <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
                <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>\
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>\
                <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>\
                <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
                """.formatted(W));
        for (int numId : numberedLists) {
            numbering
                    .append("<w:num w:numId=\"")
                    .append(numId)
                    .append("\"><w:abstractNumId w:val=\"1\"/>")
                    .append("<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        }
        return numbering.append("</w:numbering>").toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
