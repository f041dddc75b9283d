package org.percorsi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to controllers, with the routes indexed by HTTP method and first path
 * segment. Spring looks a path with a variable in it ({@code /proposals/12/support}) up by trying every route
 * of the platform, some 360, which a profile of a voting window found to be a seventh of the platform's time per
 * support. Here only the routes that could match are tried: those whose first segment is the request's, and
 * those starting with a variable or a wildcard.
 *
 * <p>Where exactly one of them matches, it is the one Spring would choose, since every route left out cannot
 * match. Anything else (no match, so Spring can answer 404, 405 or 415 by what partly matched; several matches,
 * to be ranked; a CORS preflight) is left to Spring's own lookup over every route.
 */
class RoutesByFirstSegment extends RequestMappingHandlerMapping {

    /** The methods indexed; HEAD (answered by GET routes) and OPTIONS (answered by Spring itself) are not. */
    private static final List<RequestMethod> INDEXED = List.of(
            RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /** The routes of each indexed method. */
    private volatile Map<RequestMethod, RoutesOfMethod> byMethod = Map.of();

    private volatile Map<RequestMappingInfo, HandlerMethod> handlers = Map.of();

    /**
     * The routes one method may match: by literal first segment, each list also holding the routes that start
     * with a variable or a wildcard ({@code anySegment}), which alone are tried for any other first segment.
     */
    private record RoutesOfMethod(
            Map<String, List<RequestMappingInfo>> bySegment, List<RequestMappingInfo> anySegment) {

        List<RequestMappingInfo> startingWith(String segment) {
            return bySegment.getOrDefault(segment, anySegment);
        }
    }

    @Override
    protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        super.handlerMethodsInitialized(handlerMethods);
        index(handlerMethods);
    }

    // routes registered or removed at run time (none of the platform's are) must reach the index too
    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        index(getHandlerMethods());
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        index(getHandlerMethods());
    }

    private void index(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        Map<RequestMethod, RoutesOfMethod> index = new EnumMap<>(RequestMethod.class);
        for (RequestMethod method : INDEXED) {
            List<RequestMappingInfo> anySegment = new ArrayList<>();
            // a set: a route with two patterns under one first segment is one candidate, not two
            Map<String, Set<RequestMappingInfo>> bySegment = new HashMap<>();
            for (RequestMappingInfo info : handlerMethods.keySet()) {
                if (!answers(info, method)) {
                    continue;
                }
                List<String> segments = firstSegments(info);
                if (segments == null) {
                    anySegment.add(info);
                } else {
                    segments.forEach(segment -> bySegment
                            .computeIfAbsent(segment, key -> new LinkedHashSet<>())
                            .add(info));
                }
            }
            Map<String, List<RequestMappingInfo>> lists = new HashMap<>();
            bySegment.forEach((segment, routes) -> {
                List<RequestMappingInfo> all = new ArrayList<>(routes);
                all.addAll(anySegment);
                lists.put(segment, List.copyOf(all));
            });
            index.put(method, new RoutesOfMethod(Map.copyOf(lists), List.copyOf(anySegment)));
        }
        this.handlers = Map.copyOf(handlerMethods);
        this.byMethod = Map.copyOf(index);
    }

    /** The literal first segments of the route's patterns, or null if one of them starts otherwise. */
    private static List<String> firstSegments(RequestMappingInfo info) {
        var patterns = info.getPathPatternsCondition();
        if (patterns == null || patterns.getPatterns().isEmpty()) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (PathPattern pattern : patterns.getPatterns()) {
            String text = pattern.getPatternString();
            int end = text.indexOf('/', 1);
            String first = text.startsWith("/") ? text.substring(1, end < 0 ? text.length() : end) : "";
            if (first.isEmpty() || first.contains("{") || first.contains("*") || first.contains("?")) {
                return null;
            }
            segments.add(first);
        }
        return segments;
    }

    /** Whether the route answers this method: it names it, or names none. */
    private static boolean answers(RequestMappingInfo info, RequestMethod method) {
        var declared = info.getMethodsCondition().getMethods();
        return declared.isEmpty() || declared.contains(method);
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        List<RequestMappingInfo> routes = routesFor(request);
        if (routes == null || CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        RequestMappingInfo matched = null;
        RequestMappingInfo route = null;
        for (RequestMappingInfo candidate : routes) {
            RequestMappingInfo match = getMatchingMapping(candidate, request);
            if (match != null) {
                if (matched != null) {
                    return super.lookupHandlerMethod(lookupPath, request); // several: Spring ranks them
                }
                matched = match;
                route = candidate;
            }
        }
        if (matched == null) {
            return super.lookupHandlerMethod(lookupPath, request); // Spring tells 404 from 405 and 415
        }
        HandlerMethod handler = handlers.get(route);
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        handleMatch(matched, lookupPath, request);
        return handler;
    }

    /** Spring's own lookup, for the test that compares both on every route. */
    HandlerMethod lookupOverEveryRoute(String lookupPath, HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(lookupPath, request);
    }

    /**
     * The routes to try for this request, or null to try them all: its first segment as a path pattern reads
     * it (decoded, without parameters), so that a literal segment of a route matches here exactly when it does
     * in Spring's matching.
     */
    List<RequestMappingInfo> routesFor(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return null;
        }
        RequestMethod method = RequestMethod.resolve(request.getMethod());
        List<PathContainer.Element> elements = ServletRequestPathUtils.getParsedRequestPath(request)
                .pathWithinApplication()
                .elements();
        if (!INDEXED.contains(method)
                || elements.size() < 2
                || !(elements.get(1) instanceof PathContainer.PathSegment first)) {
            return null;
        }
        return byMethod.get(method).startingWith(first.valueToMatch());
    }
}
