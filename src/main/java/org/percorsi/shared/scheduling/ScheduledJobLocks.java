package org.percorsi.shared.scheduling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Every scheduled job runs on one node at a time, however many nodes share the database: a method with
 * {@code @Scheduled} also carries ShedLock's {@code @SchedulerLock} (a test makes sure), and runs only on the
 * node that takes its row in {@code scheduled_job_lock}; the others skip that round. The lock is the method's
 * own, so a job called directly (a test, another node's scheduler at the same second) is guarded as well.
 *
 * <p>A job's {@code lockAtLeastFor} keeps the row taken after a quick run, so that the same round started a
 * little later on a node whose clock or schedule lags does not run again; {@code lockAtMostFor} frees it
 * when the node that held it died. The lock goes around the job's own transaction (highest precedence),
 * so it is released after the commit; the provider writes the row in a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = Ordered.HIGHEST_PRECEDENCE)
public class ScheduledJobLocks {

    static final String TABLE = "scheduled_job_lock";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(TABLE)
                .withLockedByValue(nodeName())
                .usingDbTime()
                .build());
    }

    /** Host and process: two nodes on one machine are told apart in the table. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown host";
        }
        return host + " pid " + ProcessHandle.current().pid();
    }
}
