package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in person stays signed in while they use the platform: each visit pushes the end of their
 * session eight hours on, written at most once a minute (the session row is not rewritten by every click).
 */
class SessionsStayAliveWhileUsedTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitExtendsTheSessionAndVisitsWithinAMinuteDoNotRewriteIt() {
        String email = TestAccounts.newParticipant(
                jdbc, "alive-", "Viva " + UUID.randomUUID().toString().substring(0, 8));
        var person = new HttpVisitor(port).signIn(email, "x");
        assertThat(person.get("/account").statusCode()).isEqualTo(200);

        long[] before = times(email);
        assertThat(person.get("/account").statusCode()).isEqualTo(200);
        assertThat(times(email))
                .as("a visit within the minute leaves the row as it was")
                .containsExactly(before);

        // two minutes without a visit: the next one moves the end of the session
        jdbc.sql("update spring_session set last_access_time = last_access_time - 120000, "
                        + "expiry_time = expiry_time - 120000 where principal_name = :e")
                .param("e", email)
                .update();
        long now = System.currentTimeMillis();
        var page = person.get("/account");
        assertThat(page.statusCode()).as("still signed in").isEqualTo(200);
        assertThat(page.body()).contains(email);
        long[] after = times(email);
        assertThat(after[0]).isGreaterThanOrEqualTo(now - 1000);
        assertThat(after[1] - after[0]).isEqualTo(Duration.ofHours(8).toMillis());
    }

    @Test
    void aVisitToAPageKeptForEveryParticipantExtendsTheSessionToo() {
        String email = TestAccounts.newParticipant(
                jdbc, "alive-kept-", "Viva " + UUID.randomUUID().toString().substring(0, 8));
        var person = new HttpVisitor(port).signIn(email, "x");
        String kept = "/search?q=" + UUID.randomUUID(); // the search page is kept for every participant
        assertThat(person.get(kept).statusCode()).isEqualTo(200);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 120000, "
                        + "expiry_time = expiry_time - 120000 where principal_name = :e")
                .param("e", email)
                .update();
        long now = System.currentTimeMillis();
        var page = person.get(kept);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("still signed in").contains("action=\"/logout\"");
        long[] after = times(email);
        assertThat(after[0]).isGreaterThanOrEqualTo(now - 1000);
        assertThat(after[1] - after[0]).isEqualTo(Duration.ofHours(8).toMillis());
    }

    /** The session's last access and end, as stored. */
    private long[] times(String email) {
        return jdbc.sql("select last_access_time, expiry_time from spring_session where principal_name = :e")
                .param("e", email)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }
}
