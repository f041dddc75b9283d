package org.percorsi.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.condition.ProducesRequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any other address under {@code /api/} is a 404 problem, not the site's HTML page; an address the API answers, but
 * not in a type the client accepts ({@code Accept: text/csv}), is a 406 problem.
 */
@RestController
@Hidden
class ApiNotFound {

    private final RequestMappingHandlerMapping routes;

    ApiNotFound(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes) {
        this.routes = routes;
    }

    @RequestMapping("/api/**")
    void none(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        if (answeredInAnotherType(request)) {
            throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
        }
        throw new NotFoundException("no such API route");
    }

    /** Whether another route answers this request when any type is accepted (only then was it sent here). */
    private boolean answeredInAnotherType(HttpServletRequest request) {
        var anyType = new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                        ? Collections.emptyEnumeration()
                        : super.getHeaders(name);
            }
        };
        try {
            return routes.getHandlerMethods().entrySet().stream()
                    .filter(route -> route.getValue().getBeanType() != ApiNotFound.class)
                    .anyMatch(route -> route.getKey().getMatchingCondition(anyType) != null);
        } finally {
            ProducesRequestCondition.clearMediaTypesAttribute(request); // the types read without Accept
        }
    }
}
