package org.percorsi.documents.formats;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;

/**
 * A block written back as the Markdown it reads from: what an amendment starts from, so that a participant who
 * changes one word does not drop the paragraph's bold, links or list. Written by the same {@link MarkdownOut}
 * and {@link InlineText} as an imported file, so that what looks like markup but is text keeps its backslash.
 */
public final class BlockMarkdown {

    private BlockMarkdown() {}

    public static String of(Block block) {
        var out = new MarkdownOut(Integer.MAX_VALUE);
        var body = Jsoup.parseBodyFragment(block.html()).body();
        if (block.kind() == BlockKind.HEADING) {
            out.heading(block.level() == null ? 1 : block.level(), inline(body));
            return out.toString();
        }
        int list = 0;
        for (Element element : body.children()) {
            switch (element.tagName()) {
                case "ul", "ol" -> {
                    list++;
                    for (Element item : element.children()) {
                        out.item("list" + list, element.tagName().equals("ol"), inline(item));
                    }
                }
                case "table" -> out.table(rows(element));
                default -> out.paragraph(inline(element));
            }
        }
        return out.toString();
    }

    private static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            rows.add(row.select("th, td").stream()
                    .map(cell -> inline(cell).toString())
                    .toList());
        }
        return rows;
    }

    private static InlineText inline(Element element) {
        var text = new InlineText();
        element.childNodes().forEach(node -> append(text, node, false, false, null));
        return text;
    }

    private static void append(InlineText text, Node node, boolean bold, boolean italic, String link) {
        if (node instanceof TextNode words) {
            text.append(words.getWholeText(), bold, italic, link);
        } else if (node instanceof Element element) {
            switch (element.tagName()) {
                case "code" -> text.code(element.text());
                case "br" -> text.append(" ", bold, italic, link);
                default -> {
                    boolean nowBold = bold
                            || element.tagName().equals("strong")
                            || element.tagName().equals("b");
                    boolean nowItalic = italic
                            || element.tagName().equals("em")
                            || element.tagName().equals("i");
                    String nowLink = element.tagName().equals("a") ? element.attr("href") : link;
                    element.childNodes().forEach(child -> append(text, child, nowBold, nowItalic, nowLink));
                }
            }
        }
    }
}
