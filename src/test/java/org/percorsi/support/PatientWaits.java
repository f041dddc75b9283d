package org.percorsi.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Waits for background work (indexing, notifications: listeners that run after the commit) end as soon as the
 * work is done; on a loaded machine it may take long, so a wait gives up only after two minutes. Applies to
 * every test, Awaitility's own waits and Spring Modulith's {@code Scenario} alike (registered for all tests in
 * {@code META-INF/services}).
 */
public class PatientWaits implements BeforeAllCallback {

    static final Duration AT_MOST = Duration.ofMinutes(2);

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultTimeout(AT_MOST);
        Awaitility.setDefaultPollInterval(Duration.ofMillis(100));
    }
}
