package org.percorsi.support;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.percorsi.shared.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The accounts tests sign in with, and a way to run a use case as one of them. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@test.percorsi";
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple";

    private TestAccounts() {}

    /**
     * A new participant with a confirmed email and the password "x", written straight into the database: the
     * tests that use it are about what a participant does, not about registering. Returns the email, which
     * starts with {@code emailPrefix} and is unique, as {@code nickname} must be.
     */
    public static String newParticipant(JdbcClient jdbc, String emailPrefix, String nickname) {
        String email = emailPrefix + UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, nickname, password_hash, verification) "
                        + "values (:e, :n, '{noop}x', 'EMAIL_CONFIRMED')")
                .param("e", email)
                .param("n", nickname)
                .update();
        return email;
    }

    /** Runs {@code work} as a platform administrator, as the back office would. */
    public static void asAdmin(Runnable work) {
        as(work, "ROLE_PARTICIPANT", Caller.ADMIN_AUTHORITY);
    }

    /** Runs {@code work} as a platform administrator and returns its result. */
    public static <T> T asAdministrator(Callable<T> work) {
        Object[] result = new Object[1];
        asAdmin(() -> {
            try {
                result[0] = work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /** Runs {@code work} as a signed-in participant who is not an administrator. */
    public static void asParticipant(Runnable work) {
        as(work, "ROLE_PARTICIPANT");
    }

    /** Runs {@code work} as the signed-in participant with this email, as the web layer would after sign-in. */
    public static <T> T asParticipant(String email, Callable<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority("ROLE_PARTICIPANT"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs {@code work} with nobody signed in. */
    public static void asAnonymous(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void as(Runnable work, String... authorities) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-user",
                null,
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
