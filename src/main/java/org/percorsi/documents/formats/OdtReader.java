package org.percorsi.documents.formats;

import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.percorsi.shared.validation.RuleViolation;

/**
 * An OpenDocument text ({@code .odt}) read into Markdown by streaming its XML: the styles (styles.xml, then the
 * automatic ones of content.xml) say which paragraphs are headings (an outline level), which spans are bold or
 * italic and which lists are numbered; then the body: {@code text:h} with its outline level, paragraphs, list
 * items and tables (the first row is the header). Notes, frames, annotations, tracked changes and indexes are
 * left out.
 */
final class OdtReader {

    private static final String CONTENT = "content.xml";
    private static final Set<String> SKIPPED = Set.of(
            "note",
            "frame",
            "custom-shape",
            "annotation",
            "tracked-changes",
            "table-of-content",
            "alphabetical-index",
            "illustration-index",
            "bibliography",
            "sequence-decls",
            "variable-decls",
            "user-field-decls");
    private static final int MAX_REPEATED_CELLS = 50;

    /** A style; {@code direct} when it is the automatic style of content.xml, formatting put on the text itself. */
    private record Style(String parent, Integer outlineLevel, boolean bold, boolean italic, boolean direct) {}

    private record Format(boolean bold, boolean italic) {}

    private final Map<String, Style> styles = new HashMap<>();
    private final Map<String, Boolean> orderedLists = new HashMap<>();

    private OdtReader() {}

    /** Whether the zip says it is an OpenDocument text: its first part, mimetype, names it. */
    static boolean isOdt(ZipPackage zip) {
        return zip.has("mimetype") && zip.text("mimetype", 200).startsWith(OdtPackage.MIMETYPE);
    }

    static void read(ZipPackage zip, MarkdownOut out) {
        if (!isOdt(zip)) {
            throw new RuleViolation("file", "documents.file.notOdt");
        }
        if (!zip.has(CONTENT)) {
            throw new RuleViolation("file", "documents.file.damaged");
        }
        var reader = new OdtReader();
        if (zip.has("styles.xml")) {
            zip.readXml("styles.xml", xml -> reader.read(xml, null));
        }
        zip.readXml(CONTENT, xml -> reader.read(xml, out));
    }

    /** Reads styles wherever they are, and the body's text when {@code out} is given. */
    private void read(XMLStreamReader xml, MarkdownOut out) throws XMLStreamException {
        String styleName = null;
        String styleParent = null;
        Integer styleOutline = null;
        boolean styleBold = false;
        boolean styleItalic = false;
        String listStyle = null;

        boolean inBody = false;
        InlineText text = null;
        Integer headingLevel = null;
        String paragraphStyle = null;
        Deque<Format> formats = new ArrayDeque<>();
        String link = null;
        int listDepth = 0;
        int listCount = 0;
        String listId = null;
        boolean listOrdered = false;
        int tableDepth = 0;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        List<String> cell = null;
        int repeat = 1;

        while (xml.hasNext()) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                String name = xml.getLocalName();
                if (SKIPPED.contains(name)) {
                    DocxReader.skip(xml);
                    continue;
                }
                switch (name) {
                    case "style" -> {
                        styleName = attribute(xml, "name");
                        styleParent = attribute(xml, "parent-style-name");
                        styleOutline = number(attribute(xml, "default-outline-level"));
                        styleBold = styleItalic = false;
                    }
                    case "text-properties" -> {
                        String weight = String.valueOf(attribute(xml, "font-weight"));
                        styleBold = weight.equals("bold") || weight.matches("[6-9]00");
                        String posture = String.valueOf(attribute(xml, "font-style"));
                        styleItalic = posture.equals("italic") || posture.equals("oblique");
                    }
                    case "list-style" -> listStyle = attribute(xml, "name");
                    case "list-level-style-number", "list-level-style-bullet", "list-level-style-image" -> {
                        if (listStyle != null && "1".equals(attribute(xml, "level"))) {
                            orderedLists.put(listStyle, name.equals("list-level-style-number"));
                        }
                    }
                    case "text" -> inBody = inBody || out != null && office(xml);
                    case "h", "p" -> {
                        if (inBody) {
                            text = new InlineText();
                            formats.clear();
                            paragraphStyle = attribute(xml, "style-name");
                            headingLevel = name.equals("h")
                                    ? Integer.valueOf(defaulted(number(attribute(xml, "outline-level")), 1))
                                    : outlineOf(paragraphStyle);
                            // a named paragraph style's weight (a table heading's) is its look, not the text's
                            Style direct = styles.get(paragraphStyle);
                            boolean own = direct != null && direct.direct();
                            formats.push(new Format(own && direct.bold(), own && direct.italic()));
                        }
                    }
                    case "span" -> {
                        Format outer = formats.isEmpty() ? new Format(false, false) : formats.peek();
                        String span = attribute(xml, "style-name");
                        formats.push(new Format(outer.bold() || boldOf(span), outer.italic() || italicOf(span)));
                    }
                    case "a" -> link = attribute(xml, "href");
                    case "s" -> {
                        if (text != null) {
                            text.append(" ", false, false, null);
                        }
                    }
                    case "tab", "line-break" -> {
                        if (text != null) {
                            text.append(" ", false, false, null);
                        }
                    }
                    case "list" -> {
                        if (inBody && listDepth++ == 0) {
                            listId = "odt-list-" + listCount++;
                            listOrdered = orderedLists.getOrDefault(attribute(xml, "style-name"), false);
                        }
                    }
                    case "table" -> {
                        if (inBody) {
                            tableDepth++;
                        }
                    }
                    case "table-row" -> {
                        if (tableDepth == 1) {
                            row = new ArrayList<>();
                        }
                    }
                    case "table-cell", "covered-table-cell" -> {
                        if (tableDepth == 1) {
                            cell = new ArrayList<>();
                            repeat = Math.min(
                                    defaulted(number(attribute(xml, "number-columns-repeated")), 1),
                                    MAX_REPEATED_CELLS);
                        }
                    }
                    default -> {}
                }
            } else if (event == CHARACTERS) {
                if (text != null) {
                    Format format = formats.isEmpty() ? new Format(false, false) : formats.peek();
                    text.append(xml.getText(), format.bold(), format.italic(), link);
                }
            } else if (event == END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "style" -> {
                        if (styleName != null) {
                            styles.put(
                                    styleName,
                                    new Style(styleParent, styleOutline, styleBold, styleItalic, out != null));
                        }
                        styleName = null;
                    }
                    case "list-style" -> listStyle = null;
                    case "span" -> {
                        if (formats.size() > 1) {
                            formats.pop();
                        }
                    }
                    case "a" -> link = null;
                    case "h", "p" -> {
                        if (text != null) {
                            if (tableDepth > 0) {
                                if (cell != null && !text.isBlank()) {
                                    cell.add(text.toString());
                                }
                            } else if (headingLevel != null) {
                                out.heading(headingLevel, text);
                            } else if (listDepth > 0) {
                                out.item(listId, listOrdered, text);
                            } else {
                                out.paragraph(text);
                            }
                        }
                        text = null;
                    }
                    case "list" -> {
                        if (listDepth > 0) {
                            listDepth--;
                        }
                    }
                    case "table-cell", "covered-table-cell" -> {
                        if (tableDepth == 1 && row != null && cell != null) {
                            String content = String.join(" ", cell);
                            for (int i = 0; i < repeat; i++) {
                                row.add(content);
                            }
                            cell = null;
                        }
                    }
                    case "table-row" -> {
                        if (tableDepth == 1 && row != null) {
                            rows.add(row);
                            row = null;
                        }
                    }
                    case "table" -> {
                        if (tableDepth > 0 && --tableDepth == 0) {
                            out.table(rows);
                            rows = new ArrayList<>();
                        }
                    }
                    case "text" -> {
                        if (office(xml)) {
                            inBody = false;
                        }
                    }
                    default -> {}
                }
            }
        }
    }

    /** The {@code office:text} element, which holds the body (not {@code text:*} elements). */
    private static boolean office(XMLStreamReader xml) {
        return String.valueOf(xml.getNamespaceURI()).endsWith(":office:1.0");
    }

    private Integer outlineOf(String styleName) {
        Style style = styles.get(styleName);
        for (int depth = 0; style != null && depth < 10; depth++) {
            if (style.outlineLevel() != null) {
                return style.outlineLevel() > 0 ? style.outlineLevel() : null;
            }
            style = style.parent() == null ? null : styles.get(style.parent());
        }
        return null;
    }

    private boolean boldOf(String styleName) {
        Style style = styles.get(styleName);
        return style != null && style.bold();
    }

    private boolean italicOf(String styleName) {
        Style style = styles.get(styleName);
        return style != null && style.italic();
    }

    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static int defaulted(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
