package org.percorsi.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A machine-translation provider in the test JVM speaking LibreTranslate's {@code POST /translate}: it keeps what it
 * is sent and answers every text with the same translation. Register it as a static field with
 * {@code @RegisterExtension}: it starts with the class (so a {@code @DynamicPropertySource} can name its address),
 * forgets what it was sent and answers 200 again before each test, and stops after the class.
 */
public final class FakeLibreTranslate implements BeforeEachCallback, AfterAllCallback {

    private final HttpServer server;
    private final String translation;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    private FakeLibreTranslate(String translation) {
        this.translation = translation;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/translate", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"translatedText\":\"" + this.translation + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** A started server answering every text with this translation (JSON-escaped by the caller if need be). */
    public static FakeLibreTranslate answering(String translation) {
        return new FakeLibreTranslate(translation);
    }

    /** Its address, without a trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The request bodies received since the test began (or since {@link #forget()}), oldest first. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** The last request body received. */
    public String lastReceived() {
        return received.getLast();
    }

    public void forget() {
        received.clear();
    }

    /** From now on in this test, answers with this HTTP status (the same body). */
    public void answerWithStatus(int httpStatus) {
        status.set(httpStatus);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        forget();
        status.set(200);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }
}
