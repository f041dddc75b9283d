package org.percorsi.documents.formats;

import java.util.ArrayList;
import java.util.List;
import org.percorsi.shared.validation.RuleViolation;

/**
 * The Markdown of an imported file, block by block: headings (# to ###), paragraphs, list items (a new list
 * when the kind or the list changes) and pipe tables whose first row is the header. It stops, refusing the
 * file, as soon as the text passes what a draft may hold, so a huge file is not read to its end.
 */
final class MarkdownOut {

    private final StringBuilder markdown = new StringBuilder();
    private final int maxChars;
    private String currentList;

    MarkdownOut(int maxChars) {
        this.maxChars = maxChars;
    }

    void heading(int level, InlineText text) {
        if (!text.isBlank()) {
            block("#".repeat(Math.max(1, Math.min(level, 6))) + " " + text);
        }
    }

    void paragraph(InlineText text) {
        if (!text.isBlank()) {
            block(text.toString());
        }
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
