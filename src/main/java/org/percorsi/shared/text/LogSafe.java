package org.percorsi.shared.text;

import java.util.regex.Pattern;

/**
 * What may go into a log line that comes from outside (an exception's message, a requested address):
 * email addresses and anything shaped like a token are replaced, since logs are read by more people,
 * and kept longer, than the data they describe.
 */
public final class LogSafe {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+");
    /** A secret in an address (a private calendar feed, a confirmation link) is a long run of such characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,}");

    private LogSafe() {}

    /** The text with email addresses replaced by {@code [email]}. */
    public static String text(String text) {
        return text == null ? null : EMAIL.matcher(text).replaceAll("[email]");
    }

    /** A request's path with its query left out and any token-like part replaced by {@code [token]}. */
    public static String path(String path) {
        if (path == null) {
            return null;
        }
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        return TOKEN.matcher(text(bare)).replaceAll("[token]");
    }
}
