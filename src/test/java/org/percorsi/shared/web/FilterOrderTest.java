package org.percorsi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The servlet filters run in the order {@link FilterOrder} gives them, as the running server has them: the request
 * id first, then the API (a 304 costs nothing after it), the visitors' and the participants' page caches (a kept
 * page costs no session), Spring Session, and Spring Security last.
 */
class FilterOrderTest extends IntegrationTest {

    @Autowired
    WebServerApplicationContext application;

    @Test
    void theFiltersRunInTheirOrder() {
        var tomcat = ((TomcatWebServer) application.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];
        List<String> filters = Arrays.stream(context.findFilterMaps())
                .map(FilterMap::getFilterName)
                .distinct()
                .toList();
        List<String> expected = List.of(
                "requestIds",
                "databaseUnavailablePage",
                "apiRequests",
                "anonymousPageCache",
                "participantPageCache",
                "sessionReadScope",
                "springSessionRepositoryFilter",
                "springSecurityFilterChain");
        assertThat(filters).as("the server's filters, in order").containsAll(expected);
        assertThat(filters.stream().filter(expected::contains).toList())
                .as("in the server's order: %s", filters)
                .containsExactlyElementsOf(expected);
    }
}
