package org.percorsi.files.web;

import java.time.Duration;
import java.util.UUID;
import org.percorsi.files.FilesApi;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves stored files. A file never changes once stored, so browsers may keep it for long. */
@Controller
class StoredFileController {

    private final FilesApi files;
    private final java.util.List<org.percorsi.files.FileAccess> access;

    StoredFileController(FilesApi files, java.util.List<org.percorsi.files.FileAccess> access) {
        this.files = files;
        this.access = access;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        var file = files.load(id).orElseThrow(() -> new NotFoundException("file " + id));
        var verdicts = access.stream().map(a -> a.mayView(id)).flatMap(java.util.Optional::stream).toList();
        if (verdicts.contains(Boolean.FALSE)) {
            throw new NotFoundException("file " + id); // as if it did not exist, like the thing it belongs to
        }
        // files of things with restricted visibility may not sit in shared caches
        CacheControl cache = verdicts.isEmpty()
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(cache)
                .eTag(file.sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.data());
    }
}
