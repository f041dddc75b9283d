package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session saves every session it handed out at the end of every request; the store sends nothing to
 * PostgreSQL when that save would write nothing (no attribute changed, the last access not due), and everything
 * when something did change. Counted on Spring Session's own JDBC store over the real database.
 */
class SessionSavedOnlyWhenSomethingChangedTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    final AtomicInteger updates = new AtomicInteger();
    SessionRepository<Session> sessions;
    /** The sessions the store told of as changed, as whoever keeps them in memory hears it. */
    final List<String> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void theStoreCountingItsWrites() {
        var counting = new JdbcTemplate(dataSource) {
            @Override
            public int update(String sql, PreparedStatementSetter setter) {
                updates.incrementAndGet();
                return super.update(sql, setter);
            }

            @Override
            public int[] batchUpdate(String sql, BatchPreparedStatementSetter setter) {
                updates.incrementAndGet();
                return super.batchUpdate(sql, setter);
            }
        };
        var store = new JdbcIndexedSessionRepository(counting, new TransactionTemplate(transactions));
        sessions = (SessionRepository<Session>) SessionReadOncePerRequest.around(store, told::add);
    }

    @Test
    void aRequestThatChangedNothingInTheSessionWritesNothing() throws Exception {
        String id = storedSession(Instant.now());
        updates.set(0);
        told.clear();

        inOneRequest(() -> {
            var session = sessions.findById(id);
            session.setLastAccessedTime(Instant.now()); // what Spring Session's filter does on every request
            sessions.save(session); // when a redirect commits the response
            sessions.save(session); // and when the request ends
        });
        assertThat(updates).as("nothing to write: nothing sent").hasValue(0);
        assertThat(told).as("nor told to anyone").isEmpty();

        inOneRequest(() -> {
            var session = sessions.findById(id);
            session.setLastAccessedTime(Instant.now());
            session.setAttribute("message", "Hai sostenuto la proposta.");
            sessions.save(session);
        });
        assertThat(updates).as("an attribute changed: written").hasPositiveValue();
        assertThat(told).as("and told, once written").containsExactly(id);
        inOneRequest(() -> assertThat((String) sessions.findById(id).getAttribute("message"))
                .isEqualTo("Hai sostenuto la proposta."));

        updates.set(0);
        inOneRequest(() -> {
            var session = sessions.findById(id);
            session.setLastAccessedTime(Instant.now());
            session.removeAttribute("message"); // a message shown once, then gone
            sessions.save(session);
        });
        assertThat(updates).as("an attribute removed: written").hasPositiveValue();
        inOneRequest(() -> assertThat((Object) sessions.findById(id).getAttribute("message"))
                .isNull());

        String[] newId = new String[1];
        inOneRequest(() -> {
            var session = sessions.findById(id);
            newId[0] = session.changeSessionId(); // signing in
            sessions.save(session);
        });
        assertThat(told).as("under the id it had when read, and the new one").endsWith(id, newId[0]);
        inOneRequest(() -> {
            assertThat(sessions.findById(id)).as("the old id leads nowhere").isNull();
            assertThat(sessions.findById(newId[0])).isNotNull();
        });
    }

    @Test
    void aVisitDueToBeRecordedIsWritten() throws Exception {
        Instant twoMinutesAgo = Instant.now().minus(Duration.ofMinutes(2));
        String id = storedSession(twoMinutesAgo);
        updates.set(0);

        inOneRequest(() -> {
            var session = sessions.findById(id);
            session.setLastAccessedTime(Instant.now());
            sessions.save(session);
        });
        assertThat(updates).as("the last access was over a minute old: written").hasPositiveValue();
        inOneRequest(
                () -> assertThat(sessions.findById(id).getLastAccessedTime()).isAfter(twoMinutesAgo));
    }

    private String storedSession(Instant lastAccess) {
        var session = sessions.createSession();
        session.setLastAccessedTime(lastAccess);
        sessions.save(session);
        return session.getId();
    }

    private static void inOneRequest(Runnable work) throws Exception {
        FilterChain chain = (request, response) -> work.run();
        SessionReadOncePerRequest.scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
    }
}
