package org.percorsi.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.percorsi.shared.web.SessionVisits;
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
 *
 * <p>And a save that would write nothing is not sent: Spring Session marks every session it hands out as used
 * now, so it saves each one at the end of each request, even when no attribute changed and the last access is
 * not due to be written ({@link SessionVisits}); its update statement then changes nothing, one round trip to
 * PostgreSQL per request for nothing (a support in a voting window is a handful of them). Whether the session is
 * new and which attributes changed are Spring Session's own (package-private); they are read by reflection, looked
 * up once when this class loads, so that a Spring Session without them stops the platform at start-up.
 *
 * <p>Every save that writes and every deletion is told, once done, to whoever keeps sessions in memory
 * ({@code changed}, which publishes a {@code SessionChanged}): a session whose id changed in this request under
 * its old id as well, which no longer names anything.
 */
final class SessionReadOncePerRequest implements MethodInterceptor {

    private static final ThreadLocal<Map<String, Read>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

    private final Consumer<String> changed;

    private SessionReadOncePerRequest(Consumer<String> changed) {
        this.changed = changed;
    }

    private static final Method IS_NEW;
    private static final Method CHANGED_ATTRIBUTES;

    static {
        try {
            Class<?> jdbcSession =
                    Class.forName("org.springframework.session.jdbc.JdbcIndexedSessionRepository$JdbcSession");
            IS_NEW = jdbcSession.getDeclaredMethod("isNew");
            IS_NEW.setAccessible(true);
            CHANGED_ATTRIBUTES = jdbcSession.getDeclaredMethod("getDelta");
            CHANGED_ATTRIBUTES.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A session as it was when read or last saved in this request: what a save would have to write. */
    private record Read(Session session, Instant lastAccess, Duration maxInactive) {
        static Read of(Session session) {
            return new Read(session, session.getLastAccessedTime(), session.getMaxInactiveInterval());
        }

        /** True when saving the session now would write nothing: not new, no attribute changed, no visit due. */
        boolean nothingToWrite(Session now) throws ReflectiveOperationException {
            return now == session
                    && IS_NEW.getDeclaringClass().isInstance(now)
                    && !(boolean) IS_NEW.invoke(now)
                    && ((Map<?, ?>) CHANGED_ATTRIBUTES.invoke(now)).isEmpty()
                    && now.getMaxInactiveInterval().equals(maxInactive)
                    && !SessionVisits.due(lastAccess, now.getLastAccessedTime());
        }
    }

    /** The store itself, answering from the request's memory where it can (same type, same bean). */
    static Object around(SessionRepository<?> store, Consumer<String> changed) {
        var proxy = new ProxyFactory(store);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new SessionReadOncePerRequest(changed));
        return proxy.getProxy(store.getClass().getClassLoader());
    }

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
        var read = READ_IN_THIS_REQUEST.get();
        if (read == null) {
            Object result = call.proceed();
            switch (call.getMethod().getName()) {
                case "save" -> changed.accept(((Session) call.getArguments()[0]).getId());
                case "deleteById" -> changed.accept((String) call.getArguments()[0]);
                default -> {}
            }
            return result;
        }
        return switch (call.getMethod().getName()) {
            case "findById" -> {
                String id = (String) call.getArguments()[0];
                var known = read.get(id);
                // a session whose id changed in this request (at sign-in) no longer answers to the old one
                if (known != null && known.session().getId().equals(id)) {
                    yield known.session();
                }
                var found = (Session) call.proceed();
                if (found != null) {
                    read.put(id, Read.of(found));
                }
                yield found;
            }
            case "save" -> {
                var session = (Session) call.getArguments()[0];
                var known = read.get(session.getId());
                if (known != null && known.nothingToWrite(session)) {
                    yield null;
                }
                Object result = call.proceed();
                for (var entry : read.entrySet()) {
                    if (entry.getValue().session() == session && !entry.getKey().equals(session.getId())) {
                        changed.accept(entry.getKey()); // the id it had when read
                    }
                }
                changed.accept(session.getId());
                read.put(session.getId(), Read.of(session));
                yield result;
            }
            case "deleteById" -> {
                String id = (String) call.getArguments()[0];
                read.remove(id);
                Object result = call.proceed();
                changed.accept(id);
                yield result;
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
