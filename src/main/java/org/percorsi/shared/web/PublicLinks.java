package org.percorsi.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links to this platform for mails: the configured public address, else the current request's. */
@Component
public class PublicLinks {

    private final String baseUrl;

    PublicLinks(@Value("${percorsi.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String to(String pathAndQuery) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "") + pathAndQuery;
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + pathAndQuery;
        } catch (IllegalStateException noRequest) {
            return "http://localhost:8080" + pathAndQuery;
        }
    }
}
