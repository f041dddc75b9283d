package org.percorsi.translations.machine;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.shared.language.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LibreTranslate provider against a small fake server: it sends the text, the two languages and the format, and
 * reads the translation; a server that fails gives no draft rather than an error page.
 */
class LibreTranslateTest {

    private HttpServer server;
    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/translate", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"translatedText\":\"欢迎来到普拉托\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheTextAndReadsTheTranslation() {
        var provider =
                new LibreTranslate("http://127.0.0.1:" + server.getAddress().getPort() + "/", "secret");

        var draft = provider.translate("Benvenuti a Prato", Language.ITALIAN, Language.CHINESE_SIMPLIFIED, false);

        assertThat(draft).contains("欢迎来到普拉托");
        var sent = JsonMapper.builder().build().readTree(received.get());
        assertThat(sent.get("q").asString()).isEqualTo("Benvenuti a Prato");
        assertThat(sent.get("source").asString()).isEqualTo("it");
        assertThat(sent.get("target").asString()).isEqualTo("zh");
        assertThat(sent.get("format").asString()).isEqualTo("text");
        assertThat(sent.get("api_key").asString()).isEqualTo("secret");
    }

    @Test
    void aFailingServerGivesNoDraft() {
        status.set(500);
        var provider =
                new LibreTranslate("http://127.0.0.1:" + server.getAddress().getPort(), "");

        assertThat(provider.translate("<p>Testo</p>", Language.ITALIAN, Language.ARABIC, true))
                .isEmpty();
        assertThat(received.get()).contains("\"format\":\"html\"").doesNotContain("api_key");
        assertThat(provider.translate("Testo", null, Language.ARABIC, false)).isEmpty();
        assertThat(received.get())
                .as("a participant’s words: the server detects their language")
                .contains("\"source\":\"auto\"");
    }
}
