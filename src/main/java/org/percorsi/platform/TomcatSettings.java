package org.percorsi.platform;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings of the embedded web server that no property of Spring Boot reaches. */
@Configuration(proxyBeanMethods = false)
class TomcatSettings {

    /**
     * A client that asks before sending a body ({@code Expect: 100-continue}) is told to go on only when the
     * application reads the body, not as soon as Tomcat has read the headers (its default): a body over the size
     * limit is refused on its declared length without being sent, and "go on" means the request is being
     * handled, so a graceful stop waits for it.
     */
    @Bean
    TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
