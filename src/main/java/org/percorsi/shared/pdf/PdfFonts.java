package org.percorsi.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts every PDF embeds, in the order a character looks for its glyph: DejaVu Sans (Latin, Greek, Cyrillic
 * and symbols), Noto Naskh Arabic (Arabic and Urdu; first for text that reads right to left), Noto Sans SC
 * (Chinese: the characters of GB2312, in common use). Licences beside them in {@code /fonts}. The Arabic and Chinese faces have no italic, nor the Chinese one a
 * bold: their regular faces stand in.
 */
public final class PdfFonts {

    /** One file of a family, at a weight (400 regular, 700 bold), upright or italic. */
    public record Face(String family, int weight, boolean italic, String file) {

        public boolean bold() {
            return weight >= 700;
        }

        /** The font file (read once, then kept). */
        public byte[] bytes() {
            return FILES.computeIfAbsent(file, PdfFonts::read);
        }
    }

    public static final String LATIN = "DejaVu Sans";
    public static final String ARABIC = "Noto Naskh Arabic";
    public static final String CHINESE = "Noto Sans SC";

    /** Families in fallback order. */
    public static final List<String> FAMILIES = List.of(LATIN, ARABIC, CHINESE);

    /**
     * Families for text that reads right to left: DejaVu Sans has Arabic letters too, but neither those of Urdu
     * nor Naskh's shapes, which Arabic text deserves.
     */
    public static final List<String> RIGHT_TO_LEFT_FAMILIES = List.of(ARABIC, LATIN, CHINESE);

    /** For CSS: {@code font-family: 'DejaVu Sans', 'Noto Naskh Arabic', 'Noto Sans SC'}. */
    public static final String CSS_FAMILIES = css(FAMILIES);

    public static final String CSS_RIGHT_TO_LEFT_FAMILIES = css(RIGHT_TO_LEFT_FAMILIES);

    public static final List<Face> FACES = List.of(
            new Face(LATIN, 400, false, "DejaVuSans.ttf"),
            new Face(LATIN, 700, false, "DejaVuSans-Bold.ttf"),
            new Face(LATIN, 400, true, "DejaVuSans-Oblique.ttf"),
            new Face(LATIN, 700, true, "DejaVuSans-BoldOblique.ttf"),
            new Face(ARABIC, 400, false, "NotoNaskhArabic-Regular.ttf"),
            new Face(ARABIC, 700, false, "NotoNaskhArabic-Bold.ttf"),
            new Face(CHINESE, 400, false, "NotoSansSC-Regular-GB2312.ttf"));

    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private PdfFonts() {}

    /** The upright face of each of {@code families}, in their order, nearest to {@code bold}. */
    public static List<Face> upright(List<String> families, boolean bold) {
        return families.stream()
                .map(family -> FACES.stream()
                        .filter(f -> f.family().equals(family) && !f.italic())
                        .min(Comparator.comparing(f -> f.bold() != bold))
                        .orElseThrow())
                .toList();
    }

    /**
     * Whether a text reads right to left, as HTML's {@code dir="auto"} decides: by its first letter that has a
     * direction (Arabic, Hebrew: right to left); empty when it has none (numbers, dates, amounts).
     */
    public static Optional<Boolean> rightToLeft(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (Character.getDirectionality(c)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> {
                    return Optional.of(false);
                }
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
                    return Optional.of(true);
                }
                default -> i += Character.charCount(c);
            }
        }
        return Optional.empty();
    }

    private static String css(List<String> families) {
        return String.join(", ", families.stream().map(f -> "'" + f + "'").toList());
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
