package org.percorsi.translations.machine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.percorsi.shared.language.Language;
import org.percorsi.translations.MachineTranslator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A LibreTranslate server ({@code POST /translate}), used when
 * {@code percorsi.translations.machine.libretranslate-url} is set. Languages go by their ISO 639-1 code (Chinese as
 * {@code zh}, which LibreTranslate reads as Simplified). A failure is logged and leaves the draft empty: the translator
 * writes it.
 */
@Component
@ConditionalOnExpression("'${percorsi.translations.machine.libretranslate-url:}' != ''")
class LibreTranslate implements MachineTranslator {

    private static final Logger log = LoggerFactory.getLogger(LibreTranslate.class);

    private final URI endpoint;
    private final String apiKey;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    LibreTranslate(
            @Value("${percorsi.translations.machine.libretranslate-url}") String url,
            @Value("${percorsi.translations.machine.libretranslate-api-key:}") String apiKey) {
        this.endpoint = URI.create(url.endsWith("/") ? url + "translate" : url + "/translate");
        this.apiKey = apiKey;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Optional<String> translate(String text, Language from, Language to, boolean html) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("q", text);
        body.put("source", from == null ? "auto" : from.locale().getLanguage());
        body.put("target", to.locale().getLanguage());
        body.put("format", html ? "html" : "text");
        if (!apiKey.isBlank()) {
            body.put("api_key", apiKey);
        }
        var request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn(
                        "LibreTranslate answered {} for {} → {}",
                        response.statusCode(),
                        from == null ? "auto" : from.tag(),
                        to.tag());
                return Optional.empty();
            }
            JsonNode translated = json.readTree(response.body()).get("translatedText");
            return translated == null || translated.asString().isBlank()
                    ? Optional.empty()
                    : Optional.of(translated.asString());
        } catch (IOException | RuntimeException failed) {
            log.warn("LibreTranslate could not be reached: {}", failed.getMessage());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
