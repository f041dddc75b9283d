package org.percorsi.documents.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.percorsi.documents.Block;

/**
 * Two versions compared block by block, matched by key: each block of the newer one is unchanged, changed or
 * added; blocks of the older one that are gone are shown where they stood, removed. A changed block shows its
 * words inserted and deleted, marked with {@code <ins>} and {@code <del>} and with words for screen readers
 * (not colour alone).
 */
public final class VersionComparison {

    public enum Change {
        UNCHANGED,
        CHANGED,
        ADDED,
        REMOVED
    }

    /** What screen readers hear around inserted and deleted text, in the visitor's language. */
    public record Markers(String insertedStart, String insertedEnd, String deletedStart, String deletedEnd) {}

    /** One row of the comparison: the block as it now is (or was, if removed), and its marked words if changed. */
    public record Row(Change change, Block block, String markedHtml) {}

    /** Beyond this many word pairs a changed block is shown as its old text deleted and its new one inserted. */
    private static final long MAX_WORD_PAIRS = 4_000_000L;

    /** Words, spaces and single punctuation marks: "famiglie." and "famiglie e" share the word. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    private VersionComparison() {}

    public static List<Row> of(List<Block> older, List<Block> newer, Markers markers) {
        Map<UUID, Integer> olderIndex = new HashMap<>();
        for (int i = 0; i < older.size(); i++) {
            olderIndex.put(older.get(i).key(), i);
        }
        Set<UUID> newerKeys = new HashSet<>();
        newer.forEach(b -> newerKeys.add(b.key()));
        List<Row> rows = new ArrayList<>();
        int nextOlder = 0;
        for (Block block : newer) {
            Integer at = olderIndex.get(block.key());
            if (at == null) {
                rows.add(new Row(Change.ADDED, block, null));
                continue;
            }
            for (; nextOlder < at; nextOlder++) {
                Block gone = older.get(nextOlder);
                if (!newerKeys.contains(gone.key())) {
                    rows.add(new Row(Change.REMOVED, gone, null));
                }
            }
            nextOlder = Math.max(nextOlder, at + 1);
            Block before = older.get(at);
            if (before.html().equals(block.html()) && before.kind() == block.kind()) {
                rows.add(new Row(Change.UNCHANGED, block, null));
            } else {
                rows.add(new Row(Change.CHANGED, block, words(before.plain(), block.plain(), markers)));
            }
        }
        for (; nextOlder < older.size(); nextOlder++) {
            Block gone = older.get(nextOlder);
            if (!newerKeys.contains(gone.key())) {
                rows.add(new Row(Change.REMOVED, gone, null));
            }
        }
        return rows;
    }

    /** The words of two texts, escaped, with what was deleted and inserted marked; line breaks kept. */
    static String words(String before, String after, Markers markers) {
        String[] a = tokens(before);
        String[] b = tokens(after);
        StringBuilder html = new StringBuilder();
        if ((long) a.length * b.length > MAX_WORD_PAIRS) {
            deleted(html, before, markers);
            inserted(html, after, markers);
            return html.toString();
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // the edit script: ' ' kept, '-' deleted, '+' inserted
        List<Character> ops = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                ops.add(' ');
                texts.add(a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add('+');
                texts.add(b[j++]);
            } else {
                ops.add('-');
                texts.add(a[i++]);
            }
        }
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        for (int k = 0; k < ops.size(); k++) {
            char op = ops.get(k);
            String text = texts.get(k);
            boolean spaceBetweenChanges = op == ' '
                    && text.isBlank()
                    && (!del.isEmpty() || !ins.isEmpty())
                    && k + 1 < ops.size()
                    && ops.get(k + 1) != ' ';
            if (spaceBetweenChanges) {
                // a space between two changed words belongs to the change, so a phrase reads as one
                del.append(text);
                ins.append(text);
            } else if (op == '-') {
                del.append(text);
            } else if (op == '+') {
                ins.append(text);
            } else {
                flush(html, del, ins, markers);
                html.append(escape(text));
            }
        }
        flush(html, del, ins, markers);
        return html.toString();
    }

    private static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        var matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens.toArray(String[]::new);
    }

    private static void flush(StringBuilder html, StringBuilder del, StringBuilder ins, Markers markers) {
        if (!del.isEmpty()) {
            deleted(html, del.toString(), markers);
            del.setLength(0);
        }
        if (!ins.isEmpty()) {
            inserted(html, ins.toString(), markers);
            ins.setLength(0);
        }
    }

    private static void deleted(StringBuilder html, String text, Markers markers) {
        if (!text.isBlank()) {
            html.append("<del><span class=\"visually-hidden\">")
                    .append(escape(markers.deletedStart()))
                    .append("</span>")
                    .append(escape(text))
                    .append("<span class=\"visually-hidden\">")
                    .append(escape(markers.deletedEnd()))
                    .append("</span></del>");
        } else {
            html.append(escape(text));
        }
    }

    private static void inserted(StringBuilder html, String text, Markers markers) {
        if (!text.isBlank()) {
            html.append("<ins><span class=\"visually-hidden\">")
                    .append(escape(markers.insertedStart()))
                    .append("</span>")
                    .append(escape(text))
                    .append("<span class=\"visually-hidden\">")
                    .append(escape(markers.insertedEnd()))
                    .append("</span></ins>");
        } else {
            html.append(escape(text));
        }
    }

    /** Escaped text; the line breaks between a list's items are kept. */
    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("\n", "<br>");
    }
}
