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

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentRequestsWriteSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
