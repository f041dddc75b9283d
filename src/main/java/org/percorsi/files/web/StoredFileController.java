package org.percorsi.files.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.FileAccess;
import org.percorsi.files.FilesApi;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored files that a module claims and lets the visitor see. A file no module claims is not served:
 * a file stops being public when it stops being used. Browsers revalidate (the ETag answers 304 cheaply), so
 * that a file removed or hidden stops being shown; only visitors who are not signed in share copies, briefly.
 */
@Controller
class StoredFileController {

    private final FilesApi files;
    private final List<FileAccess> access;

    StoredFileController(FilesApi files, List<FileAccess> access) {
        this.files = files;
        this.access = access;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        var file = files.load(id).orElseThrow(() -> new NotFoundException("file " + id));
        var verdicts = access.stream()
                .map(a -> a.mayView(id))
                .flatMap(Optional::stream)
                .toList();
        if (verdicts.isEmpty() || verdicts.contains(Boolean.FALSE)) {
            throw new NotFoundException("file " + id); // as if it did not exist, like the thing it belongs to
        }
        // what a visitor who is not signed in may see is public for now; what a signed-in person sees may be
        // reserved to them, so it stays in their browser only and is checked again each time
        CacheControl cache = signedIn()
                ? CacheControl.noCache().cachePrivate()
                : CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(cache)
                .eTag(file.sha256())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.data());
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
