package org.percorsi.api.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

/** The answer of a read: the resource with the ETag {@link ApiRequests} made for it before anything was read. */
public final class ApiEtags {

    private ApiEtags() {}

    public static <T> ResponseEntity<T> ok(HttpServletRequest request, T body) {
        var response = ResponseEntity.ok();
        if (request.getAttribute(ApiRequests.ETAG) instanceof String etag) {
            response.eTag(etag);
        }
        return response.body(body);
    }
}
