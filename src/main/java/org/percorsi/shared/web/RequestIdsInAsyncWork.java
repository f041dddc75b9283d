package org.percorsi.shared.web;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Work a request hands to the application's task executor (the modules' asynchronous listeners, {@code @Async})
 * logs with that request's id: the logging context ({@link RequestIds} puts the id there) is copied into the task
 * and the worker's own restored after it. Spring Boot applies the one {@link TaskDecorator} bean to the executor
 * it builds.
 */
@Component
class RequestIdsInAsyncWork implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        Map<String, String> submitter = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> worker = MDC.getCopyOfContextMap();
            use(submitter);
            try {
                task.run();
            } finally {
                use(worker);
            }
        };
    }

    private static void use(Map<String, String> context) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }
}
