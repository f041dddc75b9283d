package org.percorsi.regional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The text a reader of an OpenDocument text sees, extracted from its {@code content.xml}: one line per heading or
 * paragraph, entities decoded, non-breaking spaces (money amounts) made plain, so tests can look for whole sentences.
 */
final class OdtReportText {

    private OdtReportText() {}

    static String of(Path odt) {
        try (InputStream in = Files.newInputStream(odt)) {
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String of(InputStream odt) throws IOException {
        try (var zip = new ZipInputStream(odt)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("content.xml")) {
                    return text(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        throw new AssertionError("The .odt has no content.xml");
    }

    private static String text(String xml) {
        return xml.replaceAll("</text:(h|p)>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ');
    }
}
