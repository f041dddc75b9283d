package org.percorsi.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL so that any node can serve anyone. Two requests of
 * one person at the same moment (a double click) may both add the same session
 * attribute, such as the message shown after a redirect: writing attributes as an
 * upsert lets both succeed instead of failing one with a duplicate key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** Spring Session's store, read once per request (see {@link SessionReadOncePerRequest}). */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor sessionsReadOncePerRequest() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof org.springframework.session.jdbc.JdbcIndexedSessionRepository store
                        ? SessionReadOncePerRequest.around(store) : bean;
            }
        };
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> sessionReadScope() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                SessionReadOncePerRequest.scope());
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR,
                jakarta.servlet.DispatcherType.ASYNC);
        return registration;
    }

    /**
     * Each of Spring Session's statements commits on its own instead of inside one transaction per save.
     * Why: every request of a person updates their session's row (last access); inside a transaction that
     * row stays locked for the round trips up to the commit, and a person's simultaneous requests (a burst
     * of clicks, a page's parallel loads) queued behind one another, each holding a database connection
     * meanwhile. Alone, each statement locks the row only while it runs. A save cut short leaves at worst
     * a stale last-access time or a lost message: nothing a person relies on.
     * Not a default candidate: whoever asks for a TransactionOperations still gets a transactional one.
     */
    @Bean(defaultCandidate = false)
    org.springframework.transaction.support.TransactionOperations springSessionTransactionOperations() {
        return org.springframework.transaction.support.TransactionOperations.withoutTransaction();
    }

    /**
     * A session's last access is written when it is a minute older than the request, or when something else
     * of the session row changed (its id at sign-in, the person, the timeout). Why: Spring Session writes the
     * row on every request, and a new expiry time means a new row version and new entries in its indexes
     * each time; a minute is nothing against an eight-hour timeout.
     */
    @Bean
    org.springframework.session.config.SessionRepositoryCustomizer<org.springframework.session.jdbc.JdbcIndexedSessionRepository>
            lastAccessWrittenOncePerMinute() {
        return store -> store.setUpdateSessionQuery("""
                UPDATE %TABLE_NAME% S
                SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                    PRINCIPAL_NAME = V.PRINCIPAL_NAME
                FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                             CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                             CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
                WHERE S.PRIMARY_ID = V.PRIMARY_ID
                  AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                       OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                       OR V.LAST_ACCESS_TIME >= S.LAST_ACCESS_TIME + 60000)
                """);
    }

    /** Session attributes written by {@link SessionAttributeCodec}; not offered to anyone else. */
    @Bean(defaultCandidate = false)
    org.springframework.core.convert.ConversionService springSessionConversionService() {
        return SessionAttributeCodec.conversionService();
    }

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentRequestsWriteSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
