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

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentRequestsWriteSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
