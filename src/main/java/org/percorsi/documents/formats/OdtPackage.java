package org.percorsi.documents.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.modulith.NamedInterface;

/**
 * The packaging of an OpenDocument text: the mimetype first and stored uncompressed (as ODF requires), then the
 * manifest listing the given XML parts, then the parts. A version's export uses it, and so can any report that
 * writes its own {@code content.xml}. Published to other modules as the named interface {@code odt} (the regional
 * final report uses it).
 */
@NamedInterface("odt")
public final class OdtPackage {

    public static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

    /** One XML part of the package: its path ({@code content.xml}, {@code styles.xml}, {@code meta.xml}) and text. */
    public record Part(String path, String xml) {}

    private OdtPackage() {}

    /** The .odt file of these parts, in this order, each listed in the manifest. */
    public static byte[] zip(Part... parts) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            var first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            var crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", manifest(parts));
            for (Part part : parts) {
                entry(zip, part.path(), part.xml());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String manifest(Part... parts) {
        var manifest = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">\
                <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>\
                """.formatted(MIMETYPE));
        for (Part part : parts) {
            manifest.append("<manifest:file-entry manifest:full-path=\"")
                    .append(part.path())
                    .append("\" manifest:media-type=\"text/xml\"/>");
        }
        return manifest.append("</manifest:manifest>").toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
