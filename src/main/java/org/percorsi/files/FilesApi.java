package org.percorsi.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.domain.StoredFile;
import org.percorsi.files.domain.StoredFileRepository;
import org.percorsi.shared.security.OneTimeSecrets;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** What other modules may ask of uploaded files: store an image, and the address to show it. */
@Service
public class FilesApi {

    /** Largest image accepted, in bytes. */
    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private final StoredFileRepository files;

    FilesApi(StoredFileRepository files) {
        this.files = files;
    }

    /**
     * Stores an uploaded image and returns its id, or empty when nothing was uploaded.
     * Refuses, on {@code field}, a file that is not a PNG, JPEG, GIF or WebP image or is too large.
     */
    @Transactional
    public Optional<UUID> storeImage(MultipartFile upload, String field) {
        if (upload == null || upload.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(storeImage(upload.getOriginalFilename(), upload.getBytes(), field));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public UUID storeImage(String filename, byte[] data, String field) {
        if (data.length > MAX_IMAGE_BYTES) {
            throw new RuleViolation(field, "files.image.tooLarge", MAX_IMAGE_BYTES / (1024 * 1024));
        }
        ImageKind kind = ImageKind.detect(data).orElseThrow(() -> new RuleViolation(field, "files.image.wrongType"));
        StoredFile file = new StoredFile(
                UUID.randomUUID(), cleanName(filename), kind.contentType(), data, OneTimeSecrets.sha256Hex(data));
        files.save(file);
        return file.getId();
    }

    /** Largest document (image or PDF) accepted as an attachment, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    /** An attachment stored: its id and whether it is an image or a PDF. */
    public record Stored(UUID id, String filename, boolean image) {}

    /**
     * Stores an attachment: an image (PNG, JPEG, GIF, WebP) or a PDF, recognised by
     * its content, at most 10 MB; refused on {@code field} otherwise.
     */
    @Transactional
    public Optional<Stored> storeDocument(MultipartFile upload, String field) {
        if (upload == null || upload.isEmpty()) {
            return Optional.empty();
        }
        byte[] data;
        try {
            data = upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (data.length > MAX_DOCUMENT_BYTES) {
            throw new RuleViolation(field, "files.document.tooLarge", MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        var image = ImageKind.detect(data);
        boolean pdf = data.length > 5
                && data[0] == '%'
                && data[1] == 'P'
                && data[2] == 'D'
                && data[3] == 'F'
                && data[4] == '-';
        if (image.isEmpty() && !pdf) {
            throw new RuleViolation(field, "files.document.wrongType");
        }
        String name = cleanName(upload.getOriginalFilename());
        StoredFile file = new StoredFile(
                UUID.randomUUID(),
                name,
                image.map(ImageKind::contentType).orElse("application/pdf"),
                data,
                OneTimeSecrets.sha256Hex(data));
        files.save(file);
        return Optional.of(new Stored(file.getId(), name, image.isPresent()));
    }

    /** A stored file's bytes and what a browser needs to show them. */
    public record Content(String filename, String contentType, String sha256, byte[] data) {}

    @Transactional(readOnly = true)
    public Optional<Content> load(UUID id) {
        return files.findById(id)
                .map(f -> new Content(f.getFilename(), f.getContentType(), f.getSha256(), f.getData()));
    }

    /**
     * Deletes a file its owner no longer uses (a photo removed from a record, a replaced cover or logo), so that
     * it stops being served at its address: what was removed from a reserved meeting must not stay reachable.
     */
    @Transactional
    public void delete(UUID id) {
        if (id != null) {
            files.deleteById(id);
        }
    }

    /** The path at which the file is served. */
    public static String url(UUID id) {
        return id == null ? null : "/files/" + id;
    }

    private static String cleanName(String filename) {
        if (filename == null || filename.isBlank()) {
            return "file";
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
