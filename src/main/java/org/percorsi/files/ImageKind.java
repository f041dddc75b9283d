package org.percorsi.files;

import java.util.Arrays;
import java.util.Optional;

/** Image formats accepted for upload, recognised by their first bytes. SVG is refused: it can carry script. */
public enum ImageKind {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    GIF("image/gif", new byte[] {'G', 'I', 'F', '8'}),
    WEBP("image/webp", null);

    private final String contentType;
    private final byte[] magic;

    ImageKind(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ImageKind> detect(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        if (data.length >= 12
                && data[0] == 'R'
                && data[1] == 'I'
                && data[2] == 'F'
                && data[3] == 'F'
                && data[8] == 'W'
                && data[9] == 'E'
                && data[10] == 'B'
                && data[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Arrays.stream(values())
                .filter(kind -> kind.magic != null && startsWith(data, kind.magic))
                .findFirst();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
