package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

/**
 * The session store reads a person's session at most once per request (Spring Session otherwise reads it
 * again after every redirect), and only within a request: the next request reads it anew.
 */
class SessionStoreTest {

    /** The in-memory store of Spring Session, counting how often the session is looked up. */
    static class CountingStore extends MapSessionRepository {
        final AtomicInteger reads = new AtomicInteger();

        CountingStore() {
            super(new ConcurrentHashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }
    }

    final CountingStore store = new CountingStore();

    /** The sessions the store told of as changed. */
    final List<String> told = new CopyOnWriteArrayList<>();

    @SuppressWarnings("unchecked")
    final SessionRepository<MapSession> sessions =
            (SessionRepository<MapSession>) SessionReadOncePerRequest.around(store, told::add);

    @Test
    void withinOneRequestTheSessionIsReadOnceEvenAfterItWasSaved() throws Exception {
        String id = storedSession().getId();

        inOneRequest(() -> {
            assertThat(sessions.findById(id)).isNotNull();
            sessions.save(sessions.findById(id)); // what Spring Session does when a redirect commits the response
            assertThat(sessions.findById(id).getId()).isEqualTo(id);
        });
        assertThat(store.reads).as("one read for the whole request").hasValue(1);

        inOneRequest(() -> assertThat(sessions.findById(id)).isNotNull());
        assertThat(store.reads).as("the next request reads the session anew").hasValue(2);

        assertThat(sessions.findById(id)).isNotNull();
        assertThat(sessions.findById(id)).isNotNull();
        assertThat(store.reads).as("outside a request nothing is remembered").hasValue(4);
    }

    @Test
    void aSessionWhoseIdChangedOrThatWasDeletedIsNotAnsweredFromMemory() throws Exception {
        String before = storedSession().getId();
        var other = storedSession();
        told.clear();

        inOneRequest(() -> {
            var read = sessions.findById(before);
            read.changeSessionId(); // signing in gives the session a new id
            sessions.save(read);
            assertThat(sessions.findById(before))
                    .as("the old id no longer leads anywhere")
                    .isNull();
            assertThat(sessions.findById(read.getId())).isSameAs(read);

            assertThat(sessions.findById(other.getId())).isNotNull();
            sessions.deleteById(other.getId()); // signing out
            assertThat(sessions.findById(other.getId())).isNull();
            assertThat(told)
                    .as("each change told: the old id, the new one, the one ended")
                    .containsExactly(before, read.getId(), other.getId());
        });
    }

    private MapSession storedSession() {
        var session = sessions.createSession();
        sessions.save(session);
        return session;
    }

    private static void inOneRequest(Runnable work) throws Exception {
        FilterChain chain = (request, response) -> work.run();
        SessionReadOncePerRequest.scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
    }
}
