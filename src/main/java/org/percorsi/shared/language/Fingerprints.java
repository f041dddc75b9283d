package org.percorsi.shared.language;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The fingerprint of a source text: SHA-256 of the text with its line ends and outer blanks normalised. */
public final class Fingerprints {

    private Fingerprints() {}

    public static String of(String text) {
        String normal = text == null ? "" : text.replace("\r\n", "\n").strip();
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
