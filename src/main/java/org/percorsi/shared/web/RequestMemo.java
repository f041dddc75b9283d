package org.percorsi.shared.web;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers a value for the rest of the current request (who is signed in, the
 * organisation's details), so that the many reads of one page ask the database
 * once. Outside a request the value is computed each time.
 */
public final class RequestMemo {

    private RequestMemo() {}

    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> compute) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute.get();
        }
        String name = RequestMemo.class.getName() + "." + key;
        Object known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = compute.get();
            request.setAttribute(name, known, RequestAttributes.SCOPE_REQUEST);
        }
        return (T) known;
    }

    /** Forgets a value remembered for this request: it changed, and the rest of the request must read it anew. */
    public static void forget(String key) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(RequestMemo.class.getName() + "." + key, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
