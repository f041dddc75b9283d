package org.percorsi.documents.formats;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The text of one paragraph (or table cell) as it is read, run by run, written as the Markdown the drafts use:
 * **bold**, *italics* and [links](https://...) kept; line breaks and tabs become spaces; characters the Markdown
 * would read as markup get a backslash, so that they stay text.
 */
final class InlineText {

    private static final Pattern MARKUP = Pattern.compile("[\\\\*_`\\[\\]]");
    private static final Pattern LINKABLE = Pattern.compile("(?:https?://|mailto:|/)[^)\\s]*");

    private final StringBuilder markdown = new StringBuilder();
    private final StringBuilder run = new StringBuilder();
    private boolean runBold;
    private boolean runItalic;
    private String runLink;

    /** Appends text with its formatting; runs with the same formatting are joined. */
    void append(String text, boolean bold, boolean italic, String link) {
        if (text.isEmpty()) {
            return;
        }
        String href = link != null && LINKABLE.matcher(link).matches() ? link : null;
        if (bold != runBold || italic != runItalic || !Objects.equals(href, runLink)) {
            flush();
            runBold = bold;
            runItalic = italic;
            runLink = href;
        }
        run.append(text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }

    /** A code span, kept as it is; one with a backtick inside cannot be written as one and stays plain text. */
    void code(String text) {
        if (text.isEmpty() || text.contains("`")) {
            append(text, runBold, runItalic, runLink);
            return;
        }
        flush();
        markdown.append('`').append(text.replace('\n', ' ')).append('`');
    }

    boolean isBlank() {
        return markdown.isEmpty() && run.isEmpty() || toString().isBlank();
    }

    @Override
    public String toString() {
        flush();
        return markdown.toString().replaceAll(" {2,}", " ").strip();
    }

    private void flush() {
        if (run.isEmpty()) {
            return;
        }
        String text = run.toString();
        run.setLength(0);
        String core = text.strip();
        if (core.isEmpty()) {
            markdown.append(text);
            return;
        }
        String lead = text.substring(0, text.indexOf(core));
        String trail = text.substring(text.indexOf(core) + core.length());
        String marked = escaped(runLink != null ? core.replace("[", "(").replace("]", ")") : core);
        if (runLink != null) {
            marked = "[" + marked + "](" + runLink + ")";
        }
        if (runItalic) {
            marked = "*" + marked + "*";
        }
        if (runBold) {
            marked = "**" + marked + "**";
        }
        markdown.append(lead).append(marked).append(trail);
    }

    /** The text with a backslash before what the drafts' Markdown would read as markup ({@code 5 * 3}, {@code a_b}). */
    static String escaped(String text) {
        return MARKUP.matcher(text).replaceAll("\\\\$0");
    }
}
