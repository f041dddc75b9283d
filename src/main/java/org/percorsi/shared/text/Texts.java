package org.percorsi.shared.text;

import java.net.URI;

/** Small rules about what people type in forms, shared by the features' use cases. */
public final class Texts {

    private Texts() {}

    /** The text without surrounding spaces, or null when nothing was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the value is a complete http(s) address with a host (never javascript:, mailto: or a bare word). */
    public static boolean isWebAddress(String value) {
        try {
            var uri = URI.create(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
