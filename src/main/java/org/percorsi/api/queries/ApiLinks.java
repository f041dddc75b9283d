package org.percorsi.api.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Links between the API's resources, absolute on the configured public address, never on the request's host. */
@Component
public class ApiLinks {

    public static final String BASE = "/api/v1";

    private final PublicLinks links;

    ApiLinks(PublicLinks links) {
        this.links = links;
    }

    public Link to(String path) {
        return new Link(links.to(path));
    }

    public Link api(String path) {
        return to(BASE + path);
    }

    /**
     * A page of a list: its items (the rows fetched beyond the page dropped), the link to itself and, when more
     * rows follow, to the next page with the same filters.
     */
    public <T, R> ApiList<R> page(
            List<T> rows,
            PageRequest page,
            ToLongFunction<T> key,
            Function<T, R> resource,
            String path,
            Map<String, Object> filters) {
        boolean more = rows.size() > page.limit();
        List<T> shown = more ? rows.subList(0, page.limit()) : rows;
        Map<String, Link> pageLinks = new LinkedHashMap<>();
        pageLinks.put(
                "self",
                new Link(address(
                        path, filters, page.after() == 0 ? null : PageRequest.encode(page.after()), page.limit())));
        if (more) {
            String next = PageRequest.encode(key.applyAsLong(shown.getLast()));
            pageLinks.put("next", new Link(address(path, filters, next, page.limit())));
        }
        return new ApiList<>(shown.stream().map(resource).toList(), pageLinks);
    }

    private String address(String path, Map<String, Object> filters, String cursor, int limit) {
        var uri = UriComponentsBuilder.fromPath(BASE + path);
        filters.forEach((name, value) -> {
            if (value != null) {
                uri.queryParam(name, value);
            }
        });
        if (cursor != null) {
            uri.queryParam("cursor", cursor);
        }
        if (limit != PageRequest.DEFAULT_LIMIT) {
            uri.queryParam("limit", limit);
        }
        return links.to(uri.encode().build().toUriString());
    }
}
