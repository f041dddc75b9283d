package org.percorsi.feeds.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.percorsi.feeds.AtomFeed;
import org.percorsi.feeds.Feeds;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The Atom feeds, for anyone (feed readers do not sign in). The same feed is the same bytes for everyone in a
 * language, so any cache may keep it a few minutes, and a reader asking again with the ETag or the date it
 * has gets a 304 without a body.
 */
@Controller
class FeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    /** The feed's words follow the language switch (a cookie), else the browser's preference. */
    private static final String[] LANGUAGE_FROM = {HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE};

    private static final CacheControl FIVE_MINUTES =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Feeds feeds;

    FeedController(Feeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> platform(WebRequest request) {
        return answer(feeds.platform(), request);
    }

    @GetMapping("/processes/{slug}/feed.atom")
    ResponseEntity<byte[]> process(@PathVariable String slug, WebRequest request) {
        return answer(feeds.process(slug).orElseThrow(() -> new NotFoundException("process " + slug)), request);
    }

    private static ResponseEntity<byte[]> answer(AtomFeed feed, WebRequest request) {
        byte[] xml = feed.xml();
        String etag = etag(xml);
        long lastModified = feed.updated().toEpochMilli();
        if (request.checkNotModified(etag, lastModified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(FIVE_MINUTES)
                    .varyBy(LANGUAGE_FROM)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(ATOM)
                .eTag(etag)
                .lastModified(lastModified)
                .cacheControl(FIVE_MINUTES)
                .varyBy(LANGUAGE_FROM)
                .body(xml);
    }

    /** A strong ETag: a digest of the bytes, so it changes exactly when the feed does. */
    private static String etag(byte[] xml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xml);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
