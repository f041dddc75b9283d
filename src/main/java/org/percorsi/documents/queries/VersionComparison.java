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
import org.percorsi.shared.web.View;

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

    /** One row of the comparison: the block as it now is (or was, if removed), and its marked words if changed. */
    public record Row(Change change, Block block, String markedHtml) {}

    /** Beyond this many word pairs a changed block is shown as its old text deleted and its new one inserted. */
    private static final long MAX_WORD_PAIRS = 4_000_000L;

    private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    private VersionComparison() {}

    public static List<Row> of(List<Block> older, List<Block> newer) {
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
                rows.add(new Row(Change.CHANGED, block, words(before.plain(), block.plain())));
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

    /** The words of two texts, escaped, with what was deleted and inserted marked. */
    static String words(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : TOKENS.split(before);
        String[] b = after.isEmpty() ? new String[0] : TOKENS.split(after);
        StringBuilder html = new StringBuilder();
        if ((long) a.length * b.length > MAX_WORD_PAIRS) {
            deleted(html, before);
            inserted(html, after);
            return html.toString();
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                flush(html, del, ins);
                html.append(escape(a[i]));
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ins.append(b[j++]);
            } else {
                del.append(a[i++]);
            }
        }
        flush(html, del, ins);
        return html.toString();
    }

    private static void flush(StringBuilder html, StringBuilder del, StringBuilder ins) {
        if (!del.isEmpty()) {
            deleted(html, del.toString());
            del.setLength(0);
        }
        if (!ins.isEmpty()) {
            inserted(html, ins.toString());
            ins.setLength(0);
        }
    }

    private static void deleted(StringBuilder html, String text) {
        if (!text.isBlank()) {
            html.append("<del><span class=\"visually-hidden\">")
                    .append(escape(View.t("documents.compare.deletedStart")))
                    .append("</span>")
                    .append(escape(text))
                    .append("<span class=\"visually-hidden\">")
                    .append(escape(View.t("documents.compare.deletedEnd")))
                    .append("</span></del>");
        } else {
            html.append(escape(text));
        }
    }

    private static void inserted(StringBuilder html, String text) {
        if (!text.isBlank()) {
            html.append("<ins><span class=\"visually-hidden\">")
                    .append(escape(View.t("documents.compare.insertedStart")))
                    .append("</span>")
                    .append(escape(text))
                    .append("<span class=\"visually-hidden\">")
                    .append(escape(View.t("documents.compare.insertedEnd")))
                    .append("</span></ins>");
        } else {
            html.append(escape(text));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
