package org.percorsi.api.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Who is calling the API, and so what they see: the one place that decides it. {@code area} holds the processes
 * whose reserved content the caller sees: none for a visitor, the processes its owner manages for a manager's
 * token. Every query of the API passes it on to the source modules' reads.
 *
 * @param tokenId the token presented, or null for a visitor
 * @param clientKey what the rate limit counts: the token, else the client's address
 */
public record ApiCaller(Long tokenId, Set<Long> area, String clientKey) {

    static final String ATTRIBUTE = ApiCaller.class.getName();

    public ApiCaller {
        area = Set.copyOf(area);
    }

    static ApiCaller visitor(String address) {
        return new ApiCaller(null, Set.of(), "address:" + address);
    }

    /** The caller of this API request, as {@link ApiRequests} recognised it. */
    public static ApiCaller of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof ApiCaller caller ? caller : visitor(request.getRemoteAddr());
    }
}
