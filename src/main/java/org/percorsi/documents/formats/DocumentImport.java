package org.percorsi.documents.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded {@code .docx} or {@code .odt} as the Markdown of a draft. Refused, with a message on the file
 * field and before anything is saved: a file over {@code percorsi.documents.max-upload} (20 MB unless
 * configured), one that is not what its name says (a PDF or an OpenDocument renamed .docx), a damaged one, and
 * one that unpacks to more than ten times that size (a zip bomb).
 */
@Component
public class DocumentImport {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int UNPACKED_PER_PACKED = 10;

    private final DataSize maxUpload;

    public DocumentImport(@Value("${percorsi.documents.max-upload:20MB}") DataSize maxUpload) {
        this.maxUpload = maxUpload;
    }

    /** Whether the file's name is one this reads (the other uploads are Markdown). */
    public static boolean reads(String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".odt");
    }

    public long maxUploadMegabytes() {
        return maxUpload.toMegabytes();
    }

    /** The file's text as Markdown, at most {@code maxChars} long; refused on the field {@code file}. */
    public String markdown(MultipartFile file, int maxChars) {
        if (file.getSize() > maxUpload.toBytes()) {
            throw new RuleViolation("file", "documents.file.tooLarge", maxUploadMegabytes());
        }
        boolean docx = file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".docx");
        Path copy = null;
        try {
            copy = Files.createTempFile("percorsi-import-", docx ? ".docx" : ".odt");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return markdown(copy, docx, maxChars);
        } catch (IOException unreadable) {
            throw new RuleViolation("file", "documents.file.unreadable");
        } finally {
            deleteQuietly(copy);
        }
    }

    /** A file on disk as Markdown: a Word document when {@code docx}, else an OpenDocument text. */
    public String markdown(Path file, boolean docx, int maxChars) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(ZIP.length);
        }
        if (!Arrays.equals(start, ZIP)) {
            throw new RuleViolation("file", docx ? "documents.file.notDocx" : "documents.file.notOdt");
        }
        var out = new MarkdownOut(maxChars);
        try (var zip = ZipPackage.open(file, maxUpload.toBytes() * UNPACKED_PER_PACKED)) {
            if (docx) {
                DocxReader.read(zip, out);
            } else {
                OdtReader.read(zip, out);
            }
        }
        String markdown = out.toString();
        if (markdown.isBlank()) {
            throw new RuleViolation("file", "documents.file.noText");
        }
        return markdown;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary directory
            }
        }
    }
}
