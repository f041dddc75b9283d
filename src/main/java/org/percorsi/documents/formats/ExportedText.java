package org.percorsi.documents.formats;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.percorsi.documents.Block;

/**
 * A version's blocks (sanitized HTML) as the parts an office file is made of: headings with their level,
 * paragraphs, lists and tables, each made of runs of text that are bold, italic or a link.
 */
final class ExportedText {

    record Run(String text, boolean bold, boolean italic, String link) {}

    sealed interface Part permits Heading, Paragraph, ListOf, Table {}

    record Heading(int level, List<Run> runs) implements Part {}

    record Paragraph(List<Run> runs) implements Part {}

    record ListOf(boolean ordered, List<List<Run>> items) implements Part {}

    /** Rows of cells; the first row is the header. */
    record Table(List<List<List<Run>>> rows) implements Part {}

    private ExportedText() {}

    static List<Part> of(List<Block> blocks) {
        List<Part> parts = new ArrayList<>();
        for (Block block : blocks) {
            Element body = Jsoup.parseBodyFragment(block.html()).body();
            if (block.heading()) {
                parts.add(new Heading(block.level() == null ? 1 : block.level(), runs(body)));
                continue;
            }
            for (Element element : body.children()) {
                switch (element.tagName()) {
                    case "ul", "ol" ->
                        parts.add(new ListOf(
                                element.tagName().equals("ol"),
                                element.children().stream()
                                        .map(ExportedText::runs)
                                        .toList()));
                    case "table" ->
                        parts.add(new Table(element.select("tr").stream()
                                .map(row -> row.children().stream()
                                        .map(ExportedText::runs)
                                        .toList())
                                .toList()));
                    default -> parts.add(new Paragraph(runs(element)));
                }
            }
            if (body.children().isEmpty() && !body.text().isBlank()) {
                parts.add(new Paragraph(runs(body)));
            }
        }
        return parts;
    }

    static List<Run> runs(Element element) {
        List<Run> runs = new ArrayList<>();
        collect(element, false, false, null, runs);
        return runs;
    }

    private static void collect(Node node, boolean bold, boolean italic, String link, List<Run> runs) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                if (!text.text().isEmpty()) {
                    runs.add(new Run(text.text(), bold, italic, link));
                }
            } else if (child instanceof Element element) {
                String tag = element.tagName();
                if (tag.equals("br")) {
                    runs.add(new Run(" ", bold, italic, link));
                    continue;
                }
                collect(
                        element,
                        bold || tag.equals("strong") || tag.equals("b"),
                        italic || tag.equals("em") || tag.equals("i"),
                        tag.equals("a") ? element.attr("href") : link,
                        runs);
            }
        }
    }

    /** Text for XML: the five characters XML reserves, and no character XML 1.0 forbids. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
