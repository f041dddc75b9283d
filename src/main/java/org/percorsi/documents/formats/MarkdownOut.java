package org.percorsi.documents.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.percorsi.shared.validation.RuleViolation;

/**
 * The Markdown of an imported file, block by block: headings (# to ###), paragraphs, list items (a new list
 * when the kind or the list changes) and pipe tables whose first row is the header. It stops, refusing the
 * file, as soon as the text passes what a draft may hold, so a huge file is not read to its end.
 */
final class MarkdownOut {

    /** What opens a block at the start of a line: a heading's or a list's mark, or a table's pipe. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:(#|[-+](?=\\s)|\\|)|(\\d{1,9})([.)])(?=\\s))");

    private final StringBuilder markdown = new StringBuilder();
    private final int maxChars;
    private String currentList;

    MarkdownOut(int maxChars) {
        this.maxChars = maxChars;
    }

    void heading(int level, InlineText text) {
        if (!text.isBlank()) {
            // closing hashes would be read as the heading's optional end
            block("#".repeat(Math.max(1, Math.min(level, 6))) + " "
                    + text.toString().replaceFirst("#$", "\\\\#"));
        }
    }

    void paragraph(InlineText text) {
        if (!text.isBlank()) {
            block(asParagraph(text.toString()));
        }
    }

    /** A paragraph that begins like a heading, a list item or a table row ("1. Premessa") is kept a paragraph. */
    static String asParagraph(String text) {
        return BLOCK_START
                .matcher(text)
                .replaceFirst(m -> Matcher.quoteReplacement(
                        m.group(1) != null ? "\\" + m.group(1) : m.group(2) + "\\" + m.group(3)));
    }

    /** An item of the list {@code list} (an id that tells lists apart), numbered or bulleted. */
    void item(String list, boolean ordered, InlineText text) {
        if (text.isBlank()) {
            return;
        }
        String id = list + (ordered ? "#ordered" : "#bullets");
        if (!id.equals(currentList)) {
            separate();
        }
        currentList = id;
        append((ordered ? "1. " : "- ") + text + "\n");
    }

    /** A table: the first row is its header; rows are padded to the widest one. */
    void table(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns == 0) {
            return;
        }
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < columns) {
                cells.add("");
            }
            table.append('|');
            cells.forEach(c -> table.append(' ').append(c.replace("|", "\\|")).append(" |"));
            table.append('\n');
            if (r == 0) {
                table.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        block(table.toString().stripTrailing());
    }

    private void block(String text) {
        separate();
        currentList = null;
        append(text + "\n");
    }

    private void separate() {
        if (!markdown.isEmpty()) {
            append("\n");
        }
    }

    private void append(String text) {
        markdown.append(text);
        if (markdown.length() > maxChars) {
            throw new RuleViolation("file", "documents.tooLong", maxChars);
        }
    }

    @Override
    public String toString() {
        return markdown.toString().strip();
    }
}
