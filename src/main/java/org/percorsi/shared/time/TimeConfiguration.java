package org.percorsi.shared.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Dates that people see ("today", "the current phase") are those of Italy. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Bean
    Clock clock() {
        return Clock.system(ROME);
    }
}
