package org.percorsi.metrics;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalInt;
import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The management port: a second Tomcat connector, opened only when {@code percorsi.management.port} is set
 * (0: any free port, as the tests use it). The public port keeps the health endpoint for load balancers, as
 * before; the metrics answer on this one only ({@link ManagementOnly}), which operators keep off the internet.
 */
@Component
class ManagementPort implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Integer port;
    private final Connector connector;

    ManagementPort(@Value("${percorsi.management.port:}") String port, @Value("${server.port:8080}") int serverPort) {
        this.port = port == null || port.isBlank() ? null : Integer.valueOf(port.strip());
        if (this.port != null && this.port != 0 && this.port == serverPort) {
            throw new IllegalStateException("percorsi.management.port must differ from server.port (" + serverPort
                    + "): the metrics are not for the public port");
        }
        this.connector = this.port == null ? null : new Connector();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (connector != null) {
            connector.setPort(port);
            // a scraper or two every few seconds: a few threads, not the public connector's pool
            connector.setProperty("maxThreads", "4");
            connector.setProperty("minSpareThreads", "1");
            factory.addAdditionalConnectors(connector);
        }
    }

    /** The port the management connector listens on, once the server has started; empty when there is none. */
    OptionalInt localPort() {
        return connector == null || connector.getLocalPort() <= 0
                ? OptionalInt.empty()
                : OptionalInt.of(connector.getLocalPort());
    }

    /** Whether the request came in on the management connector (its local port, whatever a proxy says). */
    boolean received(HttpServletRequest request) {
        var local = localPort();
        return local.isPresent() && request.getLocalPort() == local.getAsInt();
    }
}
