package org.percorsi.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.percorsi.accounts.AccountsSignIn;
import org.percorsi.shared.events.SessionChanged;
import org.percorsi.shared.web.FilterOrder;
import org.percorsi.shared.web.SessionVisits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL so that any node can serve anyone. Every request of a signed-in person reads
 * their session and most write it, so the store is tuned for that: a session is read once per request,
 * written statement by statement, its last access at most once a minute, its usual attributes field by
 * field; and two requests of one person at the same moment (a double click) may both add the same
 * attribute, such as the message shown after a redirect, so attributes are written as upserts.
 * {@code bench/README.md} tells what each of these did under the support storm.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /**
     * Spring Session's store, read once per request (see {@link SessionReadOncePerRequest}), telling each change
     * of a session to whoever keeps sessions in memory ({@link SessionChanged}).
     */
    @Bean
    static BeanPostProcessor sessionsReadOncePerRequest(ObjectProvider<ApplicationEventPublisher> events) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository store
                        ? SessionReadOncePerRequest.around(
                                store, id -> events.getObject().publishEvent(new SessionChanged(id)))
                        : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> sessionReadScope() {
        var registration = new FilterRegistrationBean<>(SessionReadOncePerRequest.scope());
        registration.setOrder(FilterOrder.SESSION_READ_ONCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /**
     * Each of Spring Session's statements commits on its own instead of inside one transaction per save,
     * and never inside the request's own transaction.
     * Why on its own: every request of a person updates their session's row (last access); inside a
     * transaction that row stays locked for the round trips up to the commit, and a person's simultaneous
     * requests (a burst of clicks, a page's parallel loads) queued behind one another, each holding a
     * database connection meanwhile. Alone, each statement locks the row only while it runs. A save cut
     * short leaves at worst a stale last-access time or a lost message: nothing a person relies on.
     * Why never in the request's: Spring Session saves the session when the response is committed, which
     * for a download streamed from a database cursor happens inside that read-only transaction (PostgreSQL
     * refuses the update, the download failed); the request's transaction is suspended meanwhile.
     * Not a default candidate: whoever asks for a TransactionOperations still gets a transactional one.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        var outsideAnyTransaction = new TransactionTemplate(transactions);
        outsideAnyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        return outsideAnyTransaction;
    }

    /**
     * A session's last access is written when it is a minute older than the request ({@link SessionVisits}), or
     * when something else of the session row changed (its id at sign-in, the person, the timeout). Why: Spring
     * Session writes the row whenever it saves, and a new expiry time means a new row version and new entries in
     * its indexes each time. (A save with nothing else to write is not even sent: {@link SessionReadOncePerRequest}.)
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerMinute() {
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
                       OR V.LAST_ACCESS_TIME >= S.LAST_ACCESS_TIME + """ + SessionVisits.RECORDED_EVERY.toMillis() + ")");
    }

    /**
     * A session's read brings the signed-in person's account along, as one more attribute computed by the
     * database at each read ({@link AccountsSignIn#signedInAccountRead}): every request of a signed-in person
     * needs both, and this makes them one round trip instead of two (issue #18). Such an attribute stored by
     * mistake (a session's attributes copied whole) is never read back: only the computed one counts.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> signedInAccountReadWithTheSession() {
        String account = "'" + AccountsSignIn.SIGNED_IN_ACCOUNT_ATTRIBUTE + "'";
        return store -> store.setGetSessionQuery("""
                WITH S AS (SELECT PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL,
                                  PRINCIPAL_NAME
                           FROM %%TABLE_NAME%% WHERE SESSION_ID = ?)
                SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL,
                       SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
                FROM S LEFT JOIN %%TABLE_NAME%%_ATTRIBUTES SA
                       ON SA.SESSION_PRIMARY_ID = S.PRIMARY_ID AND SA.ATTRIBUTE_NAME <> %1$s
                UNION ALL
                SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL,
                       %1$s, %2$s
                FROM S JOIN LATERAL (%3$s) A ON TRUE""".formatted(
                        account,
                        SessionAttributeCodec.databaseText("A.ACCOUNT"),
                        AccountsSignIn.signedInAccountRead("S.PRINCIPAL_NAME")));
    }

    /** Session attributes written by {@link SessionAttributeCodec}; not offered to anyone else. */
    @Bean(defaultCandidate = false)
    ConversionService springSessionConversionService() {
        return SessionAttributeCodec.conversionService();
    }

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentRequestsWriteSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
