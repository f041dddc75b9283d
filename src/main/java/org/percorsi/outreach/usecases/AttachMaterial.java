package org.percorsi.outreach.usecases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.percorsi.files.FilesApi;
import org.percorsi.files.ImageKind;
import org.percorsi.outreach.OutreachChanged;
import org.percorsi.outreach.domain.ActionStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A manager attaches a material to an action: a PDF or an image, recognised by its content by the files module,
 * whose name must say what it is (a leaflet called {@code volantino.pdf} that is really a PNG is refused, so that
 * whoever downloads it gets what the link promises).
 */
@Service
public class AttachMaterial {

    private final OutreachRules rules;
    private final ApplicationEventPublisher events;
    private final ActionStore store;
    private final FilesApi files;

    AttachMaterial(OutreachRules rules, ApplicationEventPublisher events, ActionStore store, FilesApi files) {
        this.rules = rules;
        this.events = events;
        this.store = store;
        this.files = files;
    }

    @Transactional
    public long handle(long processId, long actionId, MaterialForm form) {
        rules.managedByViewer(processId);
        if (!store.exists(processId, actionId)) {
            throw new NotFoundException("action " + actionId);
        }
        String description = Inputs.required(form.description(), "description", 3, 300);
        var upload = form.file();
        if (upload == null || upload.isEmpty()) {
            throw new RuleViolation("file", "outreach.material.fileNeeded");
        }
        String named = kindNamed(upload.getOriginalFilename())
                .orElseThrow(() -> new RuleViolation("file", "outreach.material.badName"));
        if (!named.equals(kindOf(bytes(upload)))) {
            throw new RuleViolation("file", "outreach.material.notWhatItsNameSays");
        }
        var stored = files.storeDocument(upload, "file").orElseThrow();
        long id = store.insertMaterial(actionId, stored.id(), stored.filename(), stored.image(), description);
        events.publishEvent(new OutreachChanged(processId));
        return id;
    }

    /** What the file's name says it is, by its extension. */
    static Optional<String> kindNamed(String filename) {
        if (filename == null || !filename.contains(".")) {
            return Optional.empty();
        }
        return switch (filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)) {
            case "pdf" -> Optional.of("PDF");
            case "png" -> Optional.of(ImageKind.PNG.name());
            case "jpg", "jpeg" -> Optional.of(ImageKind.JPEG.name());
            case "gif" -> Optional.of(ImageKind.GIF.name());
            case "webp" -> Optional.of(ImageKind.WEBP.name());
            default -> Optional.empty();
        };
    }

    /** What the content is: an image kind, PDF, or null for anything else (which the files module refuses). */
    static String kindOf(byte[] data) {
        var image = ImageKind.detect(data);
        if (image.isPresent()) {
            return image.get().name();
        }
        boolean pdf = data.length > 5 && new String(data, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
        return pdf ? "PDF" : null;
    }

    private static byte[] bytes(MultipartFile upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
