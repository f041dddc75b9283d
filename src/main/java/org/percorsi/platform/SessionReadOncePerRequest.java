package org.percorsi.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The session store as Spring Session's filter sees it, reading a session at most once per request.
 *
 * <p>Why: when a response is committed early (every redirect after a form), Spring Session saves the
 * session then, and again when the request ends; the second time it looks the requested session up anew,
 * a second read of the session and all its attributes from PostgreSQL for nothing. Within a request the
 * session read (or just saved) is the one in the database, so it is answered from memory. The memory
 * lives exactly as long as the request: {@link #scope()} opens and empties it around Spring Session's filter
 * ({@code RequestMemo} cannot serve: Spring Session's last save comes after the request context is gone).
 */
final class SessionReadOncePerRequest implements MethodInterceptor {

    private static final ThreadLocal<Map<String, Session>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

    /** The store itself, answering from the request's memory where it can (same type, same bean). */
    static Object around(SessionRepository<?> store) {
        var proxy = new ProxyFactory(store);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new SessionReadOncePerRequest());
        return proxy.getProxy(store.getClass().getClassLoader());
    }

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
        var read = READ_IN_THIS_REQUEST.get();
        if (read == null) {
            return call.proceed();
        }
        return switch (call.getMethod().getName()) {
            case "findById" -> {
                String id = (String) call.getArguments()[0];
                var known = read.get(id);
                // a session whose id changed in this request (at sign-in) no longer answers to the old one
                if (known != null && known.getId().equals(id)) {
                    yield known;
                }
                var found = (Session) call.proceed();
                if (found != null) {
                    read.put(id, found);
                }
                yield found;
            }
            case "save" -> {
                Object result = call.proceed();
                var session = (Session) call.getArguments()[0];
                read.put(session.getId(), session);
                yield result;
            }
            case "deleteById" -> {
                read.remove((String) call.getArguments()[0]);
                yield call.proceed();
            }
            default -> call.proceed();
        };
    }

    /** The filter that gives each request (and its error dispatch) its own memory, just outside Spring Session's. */
    static Filter scope() {
        return new Scope();
    }

    private static final class Scope implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (READ_IN_THIS_REQUEST.get() != null) { // a nested dispatch shares the request's memory
                chain.doFilter(request, response);
                return;
            }
            READ_IN_THIS_REQUEST.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                READ_IN_THIS_REQUEST.remove();
            }
        }
    }
}
