package org.percorsi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.percorsi.support.IntegrationTest;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A line logged by work that a request handed to the application's task executor (the one the modules'
 * asynchronous listeners and {@code @Async} run on) carries the request's id, as the request's own lines do; the
 * executor's thread keeps no id once the work is done.
 */
@ExtendWith(OutputCaptureExtension.class)
class AsyncWorkCarriesTheRequestIdTest extends IntegrationTest {

    @Autowired
    @Qualifier("applicationTaskExecutor") // Spring Boot makes it the executor of @Async and of asynchronous listeners
    Executor asyncListeners;

    @Test
    void aLineLoggedByAsyncWorkCarriesTheIdOfTheRequestThatStartedIt(CapturedOutput output) throws Exception {
        String id = "async-" + UUID.randomUUID();
        String line = "indexed after the request " + UUID.randomUUID();
        var done = new CompletableFuture<String>();
        MDC.put(RequestIds.MDC_KEY, id); // what RequestIds does for the request's thread
        try {
            asyncListeners.execute(() -> {
                LoggerFactory.getLogger("org.percorsi.search").info(line);
                done.complete(Thread.currentThread().getName());
            });
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        String worker = done.get(30, TimeUnit.SECONDS);
        assertThat(worker)
                .as("run on another thread")
                .isNotEqualTo(Thread.currentThread().getName());
        assertThat(output.getAll().lines().filter(l -> l.contains(line)))
                .singleElement()
                .satisfies(logged -> assertThat(logged).contains("[" + id + "] "));

        var after = new CompletableFuture<String>();
        asyncListeners.execute(() -> after.complete(String.valueOf(MDC.get(RequestIds.MDC_KEY))));
        assertThat(after.get(30, TimeUnit.SECONDS))
                .as("work started outside a request")
                .isEqualTo("null");
    }
}
