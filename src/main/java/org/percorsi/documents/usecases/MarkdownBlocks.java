package org.percorsi.documents.usecases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;
import org.percorsi.shared.richtext.RichText;

/**
 * Markdown as editors write it, read into blocks: headings (# to ###; deeper ones count as level 3) open
 * sections, text between blank lines is a paragraph, a list (- * + or 1.) is kept as one block. Inline bold,
 * italics, code and links are kept; any HTML typed is shown as text, and the result goes through the
 * platform's sanitizer. Each block gets a fresh key: {@link BlockMatcher} gives back the keys of a former text.
 */
final class MarkdownBlocks {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s{0,3}([-*+]|\\d{1,9}[.)])\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(((?:https?://|mailto:|/)[^)\\s]*)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern ITALIC =
            Pattern.compile("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?!\\*)|(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private MarkdownBlocks() {}

    static List<Block> read(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<StringBuilder> items = new ArrayList<>();
        boolean ordered = false;
        int lastLevel = 0;
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (line.isBlank()) {
                flush(blocks, paragraph, items, ordered);
            } else if (heading.matches()) {
                flush(blocks, paragraph, items, ordered);
                // a section opens at most one level below the one before it, so the sections form a tree
                int level = Math.min(Math.min(heading.group(1).length(), 3), lastLevel + 1);
                lastLevel = level;
                blocks.add(block(BlockKind.HEADING, level, inline(heading.group(2))));
            } else if (item.matches() && paragraph.isEmpty()) {
                if (items.isEmpty()) {
                    ordered = Character.isDigit(item.group(1).charAt(0));
                }
                items.add(new StringBuilder(item.group(2).strip()));
            } else if (!items.isEmpty()) {
                items.getLast().append(' ').append(line.strip()); // a list item going on over the next line
            } else {
                paragraph.add(line.strip());
            }
        }
        flush(blocks, paragraph, items, ordered);
        return blocks;
    }

    /**
     * The Markdown source of each block, in the same order as {@link #read}: a heading's line, or the lines of a
     * paragraph or a list up to the next blank line or heading. Joined with blank lines they read as the same
     * blocks, so one block's source can be replaced (an accepted amendment) without touching the others.
     */
    static List<String> sources(String markdown) {
        List<String> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.isBlank() || HEADING.matcher(line).matches()) {
                if (!current.isEmpty()) {
                    chunks.add(String.join("\n", current));
                    current.clear();
                }
                if (!line.isBlank()) {
                    chunks.add(line);
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(String.join("\n", current));
        }
        return chunks;
    }

    private static void flush(List<Block> blocks, List<String> paragraph, List<StringBuilder> items, boolean ordered) {
        if (!paragraph.isEmpty()) {
            blocks.add(block(BlockKind.PARAGRAPH, null, "<p>" + inline(String.join(" ", paragraph)) + "</p>"));
            paragraph.clear();
        }
        if (!items.isEmpty()) {
            StringBuilder html = new StringBuilder(ordered ? "<ol>" : "<ul>");
            items.forEach(i -> html.append("<li>").append(inline(i.toString())).append("</li>"));
            html.append(ordered ? "</ol>" : "</ul>");
            blocks.add(block(BlockKind.PARAGRAPH, null, html.toString()));
            items.clear();
        }
    }

    private static Block block(BlockKind kind, Integer level, String html) {
        String safe = RichText.sanitize(kind == BlockKind.HEADING ? "<p>" + html + "</p>" : html);
        if (kind == BlockKind.HEADING) {
            safe = safe.replaceFirst("^<p>", "").replaceFirst("</p>$", "");
        }
        // a list's items are told apart in the plain text too, one per line, so a comparison keeps them
        var items = Jsoup.parseBodyFragment(safe).select("li");
        String plain = items.isEmpty()
                ? RichText.plainText(safe)
                : String.join("\n", items.stream().map(Element::text).toList());
        return new Block(UUID.randomUUID(), kind, level, safe, plain);
    }

    /** Inline markup of one block's text, on the text escaped first so that typed HTML stays text. */
    static String inline(String text) {
        String html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        html = CODE.matcher(html).replaceAll("<code>$1</code>");
        html = LINK.matcher(html).replaceAll("<a href=\"$2\">$1</a>");
        html = BOLD.matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(
                        "<strong>" + (m.group(1) != null ? m.group(1) : m.group(2)) + "</strong>"));
        html = ITALIC.matcher(html)
                .replaceAll(m ->
                        Matcher.quoteReplacement("<em>" + (m.group(1) != null ? m.group(1) : m.group(2)) + "</em>"));
        return html;
    }
}
