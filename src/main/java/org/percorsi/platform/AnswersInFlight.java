package org.percorsi.platform;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Requests whose answer has not yet been handed to the connection. Spring Boot's graceful stop waits until the
 * servlet has returned, but Tomcat writes a buffered answer (a redirect, a short page) only after that; on a
 * loaded machine the web server could close the connection in between, and the person who had just sent a form
 * saw the connection end without an answer. The web server stops only once no answer is in flight (or after the
 * shutdown phase's timeout).
 */
@Component
class AnswersInFlight implements SmartLifecycle, WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final Duration timeout;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running;

    AnswersInFlight(@Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new FinishAnswerWhileCounted());
    }

    /** First valve of the engine: counts the request and finishes its answer before it stops counting it. */
    private final class FinishAnswerWhileCounted extends ValveBase {

        FinishAnswerWhileCounted() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            inFlight.incrementAndGet();
            try {
                getNext().invoke(request, response);
                if (!request.isAsync()) {
                    // what the connector does next, done here while counted; its own call then finds it done
                    request.finishRequest();
                    response.finishResponse();
                }
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    /** After the graceful stop (no servlet busy, no new connections), before the web server closes them all. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE - 512;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        // polled, as Spring Boot's graceful stop does: counting stays one atomic add per request
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException stopNow) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
