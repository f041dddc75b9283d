package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The index of routes finds, for every route of the platform and for paths no route or several routes answer,
 * what Spring's lookup over every route finds (the same controller method, the same path variables, or the same
 * refusal), while trying only a few of them.
 */
class RoutesByFirstSegmentTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyRouteIsFoundAsSpringFindsIt() throws Exception {
        assertThat(mapping).isInstanceOf(RoutesByFirstSegment.class);
        var routes = (RoutesByFirstSegment) mapping;
        List<String> requests = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? List.of(RequestMethod.GET, RequestMethod.POST)
                    : List.copyOf(info.getMethodsCondition().getMethods());
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (String value : List.of("1", "a-b")) {
                    String path = pattern.getPatternString()
                            .replaceAll("\\{\\*[^}]*}", value + "/x")
                            .replaceAll("\\{[^}]*}", value)
                            .replace("**", "x/y")
                            .replace("*", "x");
                    for (RequestMethod method : methods) {
                        requests.add(method + " " + path);
                    }
                    requests.add("HEAD " + path);
                    requests.add("DELETE " + path); // mostly refused: 405 as Spring says it
                }
            }
        }
        requests.addAll(List.of(
                "GET /",
                "GET /nowhere/1",
                "POST /nowhere/1",
                "GET /proposals/abc",
                "POST /propos%61ls/1/support",
                "GET /proposals/1/support",
                "PUT /proposals/1",
                "OPTIONS /proposals/1"));
        assertThat(requests).hasSizeGreaterThan(300);
        for (String request : requests) {
            assertThat(outcome(request, true)).as(request).isEqualTo(outcome(request, false));
        }

        var support = request("POST /proposals/12/support");
        assertThat(routes.lookupHandlerMethod("/proposals/12/support", support)
                        .getMethod()
                        .getName())
                .isEqualTo("support");
        assertThat(support.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .isEqualTo(Map.of("id", "12"));
        assertThat(routes.routesFor(support))
                .as("a support tries a few routes, not all of them")
                .hasSizeLessThan(mapping.getHandlerMethods().size() / 10);
    }

    /** What a lookup finds: the controller method and path variables, or the refusal's type. */
    private String outcome(String request, boolean indexed) {
        var servletRequest = request(request);
        String path = request.substring(request.indexOf(' ') + 1);
        try {
            var routes = (RoutesByFirstSegment) mapping;
            HandlerMethod found = indexed
                    ? routes.lookupHandlerMethod(path, servletRequest)
                    : routes.lookupOverEveryRoute(path, servletRequest);
            return found == null
                    ? "none"
                    : found.getMethod().toGenericString() + " "
                            + Objects.toString(
                                    servletRequest.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
        } catch (Exception refused) {
            return refused.getClass().getName();
        }
    }

    private static HttpServletRequest request(String request) {
        var servletRequest = new MockHttpServletRequest(
                request.substring(0, request.indexOf(' ')), request.substring(request.indexOf(' ') + 1));
        ServletRequestPathUtils.parseAndCache(servletRequest);
        return servletRequest;
    }
}
