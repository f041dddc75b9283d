package org.percorsi.shared.scheduling;

import org.percorsi.shared.database.DatabaseUnavailable;
import org.percorsi.shared.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.support.TaskUtils;
import org.springframework.util.ErrorHandler;

/**
 * A scheduled job that fails because the database is away (restarting, or no connection free in time) is noted in
 * one line, not a stack trace per job, node and round: its next round tries again. The jobs' own code already
 * expects it, but ShedLock reads the job's lock before that code runs, so the failure escapes it. Any other
 * failure is logged with its stack trace, as Spring does by default.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobFailures {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobFailures.class);

    static final ErrorHandler HANDLER = failure -> {
        if (DatabaseUnavailable.isCauseOf(failure)) {
            log.warn(
                    "A scheduled job could not reach the database; its next round tries again ({})",
                    LogSafe.text(rootMessage(failure)));
        } else {
            TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(failure);
        }
    };

    @Bean
    ThreadPoolTaskSchedulerCustomizer scheduledJobFailuresOnPlatformThreads() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer scheduledJobFailuresOnVirtualThreads() {
        return scheduler -> scheduler.setErrorHandler(HANDLER);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
