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
 * sections, text between blank lines is a paragraph, a list (- * + or 1.) is kept as one block, and so is a
 * table ({@link PipeTable}). Inline bold,
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
    /** What a backslash keeps as typed: CommonMark's ASCII punctuation. */
    private static final String ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private static final Pattern SET_ASIDE = Pattern.compile("\uE000(\\d+)\uE001");

    private MarkdownBlocks() {}

    static List<Block> read(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<StringBuilder> items = new ArrayList<>();
        boolean ordered = false;
        int lastLevel = 0;
        List<String> tableRows = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (PipeTable.isRow(line) && paragraph.isEmpty() && items.isEmpty()) {
                tableRows.add(line);
                continue;
            }
            PipeTable.flush(blocks, tableRows, paragraph);
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
        PipeTable.flush(blocks, tableRows, paragraph);
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
        // a list's items (a table's rows) are told apart in the plain text too, one per line, for comparisons
        var items = Jsoup.parseBodyFragment(safe).select("li, tr");
        String plain = items.isEmpty()
                ? RichText.plainText(safe)
                : String.join("\n", items.stream().map(Element::text).toList());
        return new Block(UUID.randomUUID(), kind, level, safe, plain);
    }

    /**
     * Inline markup of one block's text, on the text escaped first so that typed HTML stays text. A backslash
     * before punctuation keeps it as typed ({@code 5 \* 3}, {@code \_nome\_}), and a code span's text is kept
     * as it is: both are set aside before the markup is read and put back after.
     */
    static String inline(String text) {
        List<String> setAside = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        // the private-use characters that mark what was set aside cannot come from the text itself
        String typed = text.replaceAll("[\uE000\uE001]", "");
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '\\' && i + 1 < typed.length() && ESCAPABLE.indexOf(typed.charAt(i + 1)) >= 0) {
                rest.append(setAside(setAside, escapeHtml(String.valueOf(typed.charAt(++i)))));
            } else if (c == '`' && typed.indexOf('`', i + 1) > i + 1) {
                int end = typed.indexOf('`', i + 1);
                rest.append(setAside(setAside, "<code>" + escapeHtml(typed.substring(i + 1, end)) + "</code>"));
                i = end;
            } else {
                rest.append(c);
            }
        }
        String html = escapeHtml(rest.toString());
        html = LINK.matcher(html).replaceAll("<a href=\"$2\">$1</a>");
        html = BOLD.matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(
                        "<strong>" + (m.group(1) != null ? m.group(1) : m.group(2)) + "</strong>"));
        html = ITALIC.matcher(html)
                .replaceAll(m ->
                        Matcher.quoteReplacement("<em>" + (m.group(1) != null ? m.group(1) : m.group(2)) + "</em>"));
        return SET_ASIDE
                .matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(setAside.get(Integer.parseInt(m.group(1)))));
    }

    private static String setAside(List<String> setAside, String html) {
        setAside.add(html);
        return "\uE000" + (setAside.size() - 1) + "\uE001";
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * GitHub's pipe tables: rows that start with {@code |}, the second one made of dashes ({@code | --- |}); the
     * first row is the header. A table is one block, an accessible {@code <table>} whose header cells have
     * {@code scope="col"}; cells are escaped and their inline markup kept, {@code \|} is a pipe in a cell. Rows
     * without the dashes are a paragraph, as they were typed.
     */
    static final class PipeTable {

        private static final Pattern DELIMITER =
                Pattern.compile("^\\s*\\|?(\\s*:?-+:?\\s*\\|)*\\s*:?-+:?\\s*\\|?\\s*$");

        private PipeTable() {}

        static boolean isRow(String line) {
            return line.stripLeading().startsWith("|");
        }

        /** The rows read so far as a table (or, without a delimiter row, as the start of a paragraph). */
        static void flush(List<Block> blocks, List<String> rows, List<String> paragraph) {
            if (rows.isEmpty()) {
                return;
            }
            if (rows.size() < 2 || !DELIMITER.matcher(rows.get(1)).matches()) {
                rows.forEach(r -> paragraph.add(r.strip()));
                rows.clear();
                return;
            }
            List<String> header = cells(rows.get(0));
            StringBuilder html = new StringBuilder("<table><thead><tr>");
            header.forEach(
                    c -> html.append("<th scope=\"col\">").append(inline(c)).append("</th>"));
            html.append("</tr></thead><tbody>");
            for (String row : rows.subList(2, rows.size())) {
                List<String> cells = cells(row);
                html.append("<tr>");
                for (int i = 0; i < header.size(); i++) {
                    html.append("<td>")
                            .append(i < cells.size() ? inline(cells.get(i)) : "")
                            .append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table>");
            blocks.add(block(BlockKind.PARAGRAPH, null, html.toString()));
            rows.clear();
        }

        /** The cells of a row: split at the pipes that are not escaped, outer pipes dropped. */
        static List<String> cells(String row) {
            String line = row.strip();
            if (line.startsWith("|")) {
                line = line.substring(1);
            }
            if (line.endsWith("|") && !line.endsWith("\\|")) {
                line = line.substring(0, line.length() - 1);
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                    cell.append('|');
                    i++;
                } else if (c == '|') {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString().strip());
            return cells;
        }
    }
}
