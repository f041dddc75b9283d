package org.percorsi.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links to this platform for mails and feeds, always on the configured
 * public address ({@code percorsi.base-url}). Never from the request: a reset
 * asked for with a forged Host header would otherwise mail the victim a link to
 * the attacker's host. The demo, run on one's own machine, defaults to localhost
 * on the port it listens on; any other start needs the address and stops without it.
 */
@Component
public class PublicLinks {

    private final String baseUrl;
    private final Environment environment;

    PublicLinks(
            @Value("${percorsi.base-url:}") String baseUrl,
            @Value("${percorsi.demo.enabled:true}") boolean demo,
            Environment environment) {
        if ((baseUrl == null || baseUrl.isBlank()) && !demo) {
            throw new MissingBaseUrlException();
        }
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        this.environment = environment;
    }

    public String to(String pathAndQuery) {
        return (baseUrl.isEmpty() ? demoAddress() : baseUrl) + pathAndQuery;
    }

    /** Known once the server listens (server.port may be 0, "any free port"). */
    private String demoAddress() {
        return "http://localhost:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    /** A start outside the demo without the public address; {@link MissingBaseUrlFailureAnalyzer} says what to set. */
    static class MissingBaseUrlException extends IllegalStateException {
        MissingBaseUrlException() {
            super("Set PERCORSI_BASE_URL to the platform's public address (e.g. https://partecipa.comune.example.it):"
                    + " the links in its mails are built on it.");
        }
    }
}
