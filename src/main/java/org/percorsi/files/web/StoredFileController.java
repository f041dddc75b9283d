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

    StoredFileController(FilesApi files) {
        this.files = files;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        var file = files.load(id).orElseThrow(() -> new NotFoundException("file " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag(file.sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.data());
    }
}
