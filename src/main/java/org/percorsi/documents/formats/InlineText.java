package org.percorsi.documents.formats;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The text of one paragraph (or table cell) as it is read, run by run, written as the Markdown the drafts use:
 * **bold**, *italics* and [links](https://...) kept; line breaks and tabs become spaces.
 */
final class InlineText {

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
        String marked = core;
        if (runLink != null) {
            marked = "[" + marked.replace("[", "(").replace("]", ")") + "](" + runLink + ")";
        }
        if (runItalic) {
            marked = "*" + marked + "*";
        }
        if (runBold) {
            marked = "**" + marked + "**";
        }
        markdown.append(lead).append(marked).append(trail);
    }
}
