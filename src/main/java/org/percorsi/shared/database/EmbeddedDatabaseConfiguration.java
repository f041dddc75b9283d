package org.percorsi.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} the platform runs on its own PostgreSQL
 * ({@link EmbeddedPostgresServer}), keeping its data under {@code percorsi.data-dir}
 * so that it survives restarts. A real server is used as soon as a datasource URL
 * is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    // the pool depends on the server, so it is closed first and the server stopped after it
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(
            @Value("${percorsi.data-dir}") Path dataDir,
            @Value("${percorsi.embedded-database.watchdog-interval:5s}") Duration watchdogInterval)
            throws IOException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
        server.watch(watchdogInterval);
        return server;
    }

    /** The pool takes the same spring.datasource.hikari settings (timeouts) as with an external server. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl("postgres"));
        dataSource.setUsername(EmbeddedPostgresServer.SUPERUSER);
        dataSource.setPassword(postgres.password());
        dataSource.setPoolName("percorsi-embedded");
        return dataSource;
    }
}
