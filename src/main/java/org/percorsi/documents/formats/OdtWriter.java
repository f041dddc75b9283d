package org.percorsi.documents.formats;

import static org.percorsi.documents.formats.ExportedText.xml;

import java.util.List;
import org.percorsi.documents.formats.ExportedText.Heading;
import org.percorsi.documents.formats.ExportedText.ListOf;
import org.percorsi.documents.formats.ExportedText.Paragraph;
import org.percorsi.documents.formats.ExportedText.Part;
import org.percorsi.documents.formats.ExportedText.Run;
import org.percorsi.documents.formats.ExportedText.Table;

/**
 * A minimal OpenDocument text, packaged by {@link OdtPackage}: the metadata (title, language), the styles (Heading
 * 1-3 with their outline levels) and the content: headings ({@code text:h}), paragraphs, bulleted and numbered
 * lists, tables with a header row, links.
 */
final class OdtWriter {

    private static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"";

    private final StringBuilder body = new StringBuilder();
    private int tables;

    private OdtWriter() {}

    static byte[] write(String title, String language, List<Part> parts) {
        var writer = new OdtWriter();
        parts.forEach(writer::part);
        return writer.zip(title, language);
    }

    private void part(Part part) {
        switch (part) {
            case Heading h -> {
                int level = Math.min(Math.max(h.level(), 1), 3);
                body.append("<text:h text:style-name=\"Heading_20_")
                        .append(level)
                        .append("\" text:outline-level=\"")
                        .append(level)
                        .append("\">");
                runs(h.runs());
                body.append("</text:h>");
            }
            case Paragraph p -> paragraph("Text_20_body", p.runs());
            case ListOf list -> {
                body.append("<text:list text:style-name=\"").append(list.ordered() ? "LNumbers" : "LBullets");
                body.append("\">");
                for (List<Run> item : list.items()) {
                    body.append("<text:list-item>");
                    paragraph("Text_20_body", item);
                    body.append("</text:list-item>");
                }
                body.append("</text:list>");
            }
            case Table table -> table(table);
        }
    }

    private void paragraph(String style, List<Run> runs) {
        body.append("<text:p text:style-name=\"").append(style).append("\">");
        runs(runs);
        body.append("</text:p>");
    }

    private void runs(List<Run> runs) {
        for (Run run : runs) {
            if (run.link() != null) {
                body.append("<text:a xlink:type=\"simple\" xlink:href=\"")
                        .append(xml(run.link()))
                        .append("\">");
            }
            String style =
                    run.bold() && run.italic() ? "TBoldItalic" : run.bold() ? "TBold" : run.italic() ? "TItalic" : null;
            if (style != null) {
                body.append("<text:span text:style-name=\"").append(style).append("\">");
            }
            body.append(xml(run.text()));
            if (style != null) {
                body.append("</text:span>");
            }
            if (run.link() != null) {
                body.append("</text:a>");
            }
        }
    }

    private void table(Table table) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        tables++;
        body.append("<table:table table:name=\"Tabella")
                .append(tables)
                .append("\" table:style-name=\"TTable\"><table:table-column table:style-name=\"TColumn\" ")
                .append("table:number-columns-repeated=\"")
                .append(columns)
                .append("\"/>");
        boolean header = true;
        for (List<List<Run>> row : table.rows()) {
            body.append(header ? "<table:table-header-rows>" : "").append("<table:table-row>");
            for (int c = 0; c < columns; c++) {
                body.append("<table:table-cell table:style-name=\"TCell\" office:value-type=\"string\">");
                paragraph(header ? "Table_20_Heading" : "Table_20_Contents", c < row.size() ? row.get(c) : List.of());
                body.append("</table:table-cell>");
            }
            body.append("</table:table-row>").append(header ? "</table:table-header-rows>" : "");
            header = false;
        }
        body.append("</table:table>");
    }

    private byte[] zip(String title, String language) {
        return OdtPackage.zip(
                new OdtPackage.Part("content.xml", content()),
                new OdtPackage.Part("styles.xml", styles(language)),
                new OdtPackage.Part("meta.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-meta %s><office:meta><dc:title>%s</dc:title><dc:language>%s</dc:language>\
                    <meta:generator>Percorsi</meta:generator></office:meta></office:document-meta>""".formatted(NAMESPACES, xml(title), xml(language))));
    }

    private String content() {
        return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content %s><office:automatic-styles>\
                    <style:style style:name="TBold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>\
                    <style:style style:name="TItalic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>\
                    <style:style style:name="TBoldItalic" style:family="text">\
                    <style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>\
                    <style:style style:name="TTable" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>\
                    <style:style style:name="TColumn" style:family="table-column"/>\
                    <style:style style:name="TCell" style:family="table-cell">\
                    <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>\
                    <text:list-style style:name="LBullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•">\
                    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">\
                    <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>\
                    </style:list-level-properties></text:list-level-style-bullet></text:list-style>\
                    <text:list-style style:name="LNumbers"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">\
                    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">\
                    <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>\
                    </style:list-level-properties></text:list-level-style-number></text:list-style>\
                    </office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>""".formatted(NAMESPACES, body);
    }

    private static String styles(String language) {
        StringBuilder styles = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles %s><office:styles>\
                <style:default-style style:family="paragraph"><style:text-properties fo:language="%s" fo:font-size="11pt"/></style:default-style>\
                <style:style style:name="Standard" style:family="paragraph" style:class="text"/>\
                <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" \
                style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>\
                <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" \
                style:parent-style-name="Standard" style:class="extra"/>\
                <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" \
                style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>\
                <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" \
                style:next-style-name="Text_20_body" style:class="text">\
                <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/>\
                <style:text-properties fo:font-weight="bold"/></style:style>\
                """.formatted(NAMESPACES, xml(language)));
        String[] sizes = {"130%", "115%", "105%"};
        for (int level = 1; level <= 3; level++) {
            styles.append("<style:style style:name=\"Heading_20_")
                    .append(level)
                    .append("\" style:display-name=\"Heading ")
                    .append(level)
                    .append("\" style:family=\"paragraph\" style:parent-style-name=\"Heading\" ")
                    .append("style:next-style-name=\"Text_20_body\" style:default-outline-level=\"")
                    .append(level)
                    .append("\" style:class=\"text\"><style:text-properties fo:font-size=\"")
                    .append(sizes[level - 1])
                    .append("\" fo:font-weight=\"bold\"/></style:style>");
        }
        return styles.append("</office:styles></office:document-styles>").toString();
    }
}
