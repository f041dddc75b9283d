package org.percorsi.documents.formats;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.percorsi.shared.validation.RuleViolation;

/**
 * A Word document ({@code .docx}) read into Markdown by streaming its XML: the styles first (which paragraph
 * styles are headings, by their built-in name — "heading 1" whatever the style's localized id, "Titolo1" or
 * "Überschrift1" — or by their outline level, following {@code basedOn}), the numbering (bullets or numbers),
 * the hyperlinks' targets, then the body paragraph by paragraph: headings, paragraphs, list items and tables
 * (a table's first row is its header; a nested table's text stays in its cell). Drawings, text boxes and
 * deleted text are left out.
 */
final class DocxReader {

    static final String MAIN = "word/document.xml";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Pattern HEADING_NAME =
            Pattern.compile("(?:heading|titolo|titre|überschrift|encabezado|título)\\s*([1-9])");
    private static final List<String> SKIPPED = List.of("drawing", "pict", "AlternateContent", "object", "delText");

    private final Map<String, Style> styles = new HashMap<>();
    private final Map<String, Boolean> orderedNumbering = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();

    private record Style(
            String basedOn, Integer headingLevel, String numId, boolean bold, boolean italic, boolean paragraph) {}

    private DocxReader() {}

    /** Whether the zip says it is a Word document: its content types name a word-processing main part. */
    static boolean isDocx(ZipPackage zip) {
        if (!zip.has(CONTENT_TYPES)) {
            return false;
        }
        boolean[] word = {false};
        zip.readXml(CONTENT_TYPES, xml -> {
            while (xml.hasNext()) {
                if (xml.next() == START_ELEMENT && "Override".equals(xml.getLocalName())) {
                    String type = String.valueOf(xml.getAttributeValue(null, "ContentType"));
                    if (("/" + MAIN).equals(xml.getAttributeValue(null, "PartName"))
                            && (type.contains("wordprocessingml") || type.contains("ms-word"))) {
                        word[0] = true;
                    }
                }
            }
        });
        return word[0];
    }

    static void read(ZipPackage zip, MarkdownOut out) {
        if (!isDocx(zip)) {
            throw new RuleViolation("file", "documents.file.notDocx");
        }
        if (!zip.has(MAIN)) {
            throw new RuleViolation("file", "documents.file.damaged");
        }
        var reader = new DocxReader();
        if (zip.has("word/styles.xml")) {
            zip.readXml("word/styles.xml", reader::readStyles);
        }
        if (zip.has("word/numbering.xml")) {
            zip.readXml("word/numbering.xml", reader::readNumbering);
        }
        if (zip.has("word/_rels/document.xml.rels")) {
            zip.readXml("word/_rels/document.xml.rels", reader::readLinks);
        }
        zip.readXml(MAIN, xml -> reader.readBody(xml, out));
    }

    private void readStyles(XMLStreamReader xml) throws XMLStreamException {
        String id = null;
        String basedOn = null;
        String name = null;
        Integer outline = null;
        String numId = null;
        boolean bold = false;
        boolean italic = false;
        boolean paragraph = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "style" -> {
                        id = val(xml, "styleId");
                        paragraph = "paragraph".equals(val(xml, "type"));
                        basedOn = name = numId = null;
                        outline = null;
                        bold = italic = false;
                    }
                    case "name" -> name = val(xml, "val");
                    case "basedOn" -> basedOn = val(xml, "val");
                    case "outlineLvl" -> outline = number(val(xml, "val"));
                    case "numId" -> numId = val(xml, "val");
                    case "b" -> bold = on(xml);
                    case "i" -> italic = on(xml);
                    default -> {}
                }
            } else if (event == END_ELEMENT && "style".equals(xml.getLocalName()) && id != null) {
                styles.put(id, new Style(basedOn, headingLevel(name, outline), numId, bold, italic, paragraph));
                id = null;
            }
        }
    }

    private static Integer headingLevel(String name, Integer outline) {
        if (name != null) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("title")) {
                return 1;
            }
            Matcher heading = HEADING_NAME.matcher(lower);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
        }
        // outline level 9 is "body text"
        return outline != null && outline >= 0 && outline < 9 ? outline + 1 : null;
    }

    private void readNumbering(XMLStreamReader xml) throws XMLStreamException {
        Map<String, Boolean> abstractOrdered = new HashMap<>();
        Map<String, String> numToAbstract = new HashMap<>();
        String abstractId = null;
        String numId = null;
        boolean firstLevel = false;
        while (xml.hasNext()) {
            if (xml.next() != START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "abstractNum" -> abstractId = val(xml, "abstractNumId");
                case "lvl" -> firstLevel = "0".equals(val(xml, "ilvl"));
                case "numFmt" -> {
                    if (firstLevel && abstractId != null) {
                        String format = val(xml, "val");
                        abstractOrdered.put(abstractId, !"bullet".equals(format) && !"none".equals(format));
                    }
                }
                case "num" -> numId = val(xml, "numId");
                case "abstractNumId" -> {
                    if (numId != null) {
                        numToAbstract.put(numId, val(xml, "val"));
                    }
                }
                default -> {}
            }
        }
        numToAbstract.forEach((num, abs) -> orderedNumbering.put(num, abstractOrdered.getOrDefault(abs, false)));
    }

    private void readLinks(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == START_ELEMENT
                    && "Relationship".equals(xml.getLocalName())
                    && String.valueOf(xml.getAttributeValue(null, "Type")).endsWith("/hyperlink")) {
                links.put(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Target"));
            }
        }
    }

    /** The state of the body as it streams by: the paragraph being read, and the table it is in. */
    private void readBody(XMLStreamReader xml, MarkdownOut out) throws XMLStreamException {
        InlineText text = null;
        String paragraphStyle = null;
        String numId = null;
        boolean inParagraphProperties = false;
        boolean inRun = false;
        boolean bold = false;
        boolean italic = false;
        String link = null;
        int tableDepth = 0;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        List<String> cell = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                String name = xml.getLocalName();
                if (SKIPPED.contains(name)) {
                    skip(xml);
                    continue;
                }
                switch (name) {
                    case "tbl" -> tableDepth++;
                    case "tr" -> {
                        if (tableDepth == 1) {
                            row = new ArrayList<>();
                        }
                    }
                    case "tc" -> {
                        if (tableDepth == 1) {
                            cell = new ArrayList<>();
                        }
                    }
                    case "p" -> {
                        text = new InlineText();
                        paragraphStyle = numId = null;
                    }
                    case "pPr" -> inParagraphProperties = true;
                    case "pStyle" -> paragraphStyle = val(xml, "val");
                    case "numId" -> {
                        if (inParagraphProperties) {
                            numId = val(xml, "val");
                        }
                    }
                    case "r" -> {
                        inRun = true;
                        bold = italic = false;
                    }
                    case "rStyle" -> {
                        Style style = styles.get(val(xml, "val"));
                        bold |= style != null && style.bold();
                        italic |= style != null && style.italic();
                    }
                    case "b" -> bold = inRun && !inParagraphProperties ? on(xml) : bold;
                    case "i" -> italic = inRun && !inParagraphProperties ? on(xml) : italic;
                    case "hyperlink" -> link = links.get(relationshipId(xml));
                    case "t" -> {
                        if (text != null) {
                            text.append(xml.getElementText(), bold, italic, link);
                        }
                    }
                    case "tab", "br", "cr" -> {
                        if (text != null && inRun) {
                            text.append(" ", bold, italic, link);
                        }
                    }
                    default -> {}
                }
            } else if (event == END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "pPr" -> inParagraphProperties = false;
                    case "r" -> inRun = false;
                    case "hyperlink" -> link = null;
                    case "p" -> {
                        if (text != null) {
                            if (tableDepth > 0) {
                                if (cell != null && !text.isBlank()) {
                                    cell.add(text.toString());
                                }
                            } else {
                                emit(out, text, paragraphStyle, numId);
                            }
                        }
                        text = null;
                    }
                    case "tc" -> {
                        if (tableDepth == 1 && row != null && cell != null) {
                            row.add(String.join(" ", cell));
                            cell = null;
                        }
                    }
                    case "tr" -> {
                        if (tableDepth == 1 && row != null) {
                            rows.add(row);
                            row = null;
                        }
                    }
                    case "tbl" -> {
                        tableDepth--;
                        if (tableDepth == 0) {
                            out.table(rows);
                            rows = new ArrayList<>();
                        }
                    }
                    default -> {}
                }
            }
        }
    }

    private void emit(MarkdownOut out, InlineText text, String styleId, String numId) {
        Integer level = null;
        String listNumbering = numId;
        Style style = styles.get(styleId);
        for (int depth = 0; style != null && depth < 10; depth++) {
            if (level == null) {
                level = style.headingLevel();
            }
            if (listNumbering == null) {
                listNumbering = style.numId();
            }
            style = style.basedOn() == null ? null : styles.get(style.basedOn());
        }
        if (level != null) {
            out.heading(level, text);
        } else if (listNumbering != null && !"0".equals(listNumbering)) {
            out.item(listNumbering, orderedNumbering.getOrDefault(listNumbering, false), text);
        } else {
            out.paragraph(text);
        }
    }

    /** The r:id of a hyperlink (an internal anchor has none, and stays text). */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id")
                    && String.valueOf(xml.getAttributeNamespace(i)).endsWith("/relationships")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An attribute of WordprocessingML, in its namespace or (as some writers do) without one. */
    private static String val(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** A toggle such as w:b: on unless its value says off. */
    private static boolean on(XMLStreamReader xml) {
        String value = val(xml, "val");
        return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Skips an element and everything in it. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            }
        }
    }
}
