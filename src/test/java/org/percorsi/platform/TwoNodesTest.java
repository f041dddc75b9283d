package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.TwoNodes;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two nodes of the platform on one PostgreSQL, as behind a load balancer: two application contexts, each with its
 * own web server and pool, node A running the embedded database and node B reaching it by URL like any external
 * one. A person signed in on one node is signed in on the other; a change made on one empties the other's page
 * cache at once (pages are otherwise kept an hour here), also after the listening connection was cut and missed
 * the change; a scheduled job started on both nodes at the same moment runs on one; both stop cleanly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    private static final String LISTENER = "percorsi changes listener";

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Set<Thread> threadsBefore =
            Set.copyOf(Thread.getAllStackTraces().keySet());
    private TwoNodes nodes;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodesOnOneDatabase() throws Exception {
        // only a notification can empty a page within the test
        nodes = TwoNodes.start(List.of(OneRound.class), "--percorsi.page-cache.ttl=1h");
        nodeA = nodes.a();
        nodeB = nodes.b();
        TwoNodes.waitUntil(() -> listeners() == 2, "both nodes listen");
    }

    @AfterAll
    void stopBothCleanly() {
        if (nodes != null) {
            nodes.close();
            assertThat(nodeA.isActive()).isFalse();
            assertThat(nodeB.isActive()).isFalse();
            var leftRunning = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !threadsBefore.contains(thread))
                    .filter(Thread::isAlive)
                    .map(Thread::getName)
                    .filter(name -> name.startsWith("changes-"))
                    .toList();
            assertThat(leftRunning).as("the listeners and notifiers stopped").isEmpty();
        }
    }

    @Test
    void aPersonSignedInOnOneNodeIsSignedInOnTheOther() {
        var onA = new HttpVisitor(TwoNodes.port(nodeA)).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        String cookie = "SESSION=" + onA.sessionCookie();

        var onB = get(nodeB, "/account", cookie);
        assertThat(onB.statusCode()).as("node B knows the session of node A").isEqualTo(200);
        assertThat(onB.body()).contains(TestAccounts.ADMIN_EMAIL, "action=\"/logout\"");

        // signing out on B ends the session on A too
        var signOut = post(nodeB, "/logout", cookie, "_csrf=" + HttpVisitor.encode(HttpVisitor.csrfOf(onB.body())));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(onA.get("/account").headers().firstValue("Location"))
                .as("signed out on A")
                .hasValueSatisfying(to -> assertThat(to).contains("/login"));
    }

    @Test
    void aSessionEndedOnOneNodeIsForgottenByTheOthersKeptSessionsAtOnce() {
        String email =
                TestAccounts.newParticipant(nodeA.getBean(JdbcClient.class), "due-nodi-", "Due " + UUID.randomUUID());
        var onA = new HttpVisitor(TwoNodes.port(nodeA)).signIn(email, "x");
        String signedInPage = onA.get("/processes").body(); // gives the session its forms' token
        String page = "/search?q=" + UUID.randomUUID(); // a page kept for every participant, this test's own
        String cookie = "SESSION=" + onA.sessionCookie();
        // the second visit is served from the page and the session node B keeps (for an hour, in this test)
        for (int i = 0; i < 2; i++) {
            assertThat(get(nodeB, page, cookie).body())
                    .as("signed in on node B")
                    .contains("action=\"/logout\"");
        }

        assertThat(onA.post("/logout", HttpVisitor.csrfOf(signedInPage), "").statusCode())
                .isEqualTo(302);

        TwoNodes.waitUntil(
                () -> !get(nodeB, page, cookie).body().contains("action=\"/logout\""),
                "node B no longer serves the session ended on node A");
    }

    @Test
    void aChangeOnOneNodeEmptiesTheOtherNodesPageCacheAtOnce() {
        String title = "Due nodi " + UUID.randomUUID();
        String page = "/processes?attempt=" + UUID.randomUUID(); // a page of this test's own in the shared cache
        assertThat(get(nodeB, page, null).body()).doesNotContain(title);

        TwoNodes.publishProcess(nodeA, title);

        TwoNodes.waitUntil(() -> get(nodeB, page, null).body().contains(title), "node B shows the change made on A");
    }

    @Test
    void aNodeThatLostItsListeningConnectionEmptiesItsCacheWhenItIsBack() {
        String title = "Ritorno " + UUID.randomUUID();
        String page = "/processes?attempt=" + UUID.randomUUID();
        var jdbc = nodeA.getBean(JdbcClient.class);
        try {
            // the listening connections are cut and cannot come back yet (the pools keep the connections they have)
            jdbc.sql("alter role postgres nologin").update();
            assertThatThrownBy(() -> DriverManager.getConnection(nodes.url(), "postgres", nodes.password()))
                    .as("no new connection meanwhile")
                    .hasMessageContaining("not permitted to log in");
            jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = :name")
                    .param("name", LISTENER)
                    .query()
                    .listOfRows();
            TwoNodes.waitUntil(() -> listeners() == 0, "the listening connections are gone");
            // B keeps the page only now: a notification of an earlier change, still on its way to B before the
            // cut, cannot empty B's cache after this point
            assertThat(get(nodeB, page, null).body()).doesNotContain(title);

            TwoNodes.publishProcess(nodeA, title);
            assertThat(get(nodeB, page, null).body())
                    .as("node B missed the notification: its cached copy is served")
                    .doesNotContain(title);
        } finally {
            jdbc.sql("alter role postgres login").update();
        }
        TwoNodes.waitUntil(
                () -> get(nodeB, page, null).body().contains(title), "node B listening again, its cache emptied");
        TwoNodes.waitUntil(() -> listeners() == 2, "both nodes listen again");
    }

    @Test
    void aScheduledJobStartedOnBothNodesAtOnceRunsOnce() throws Exception {
        OneRound.runs.set(0);
        var bothCalled = new CyclicBarrier(2);
        var returned = new CountDownLatch(1);
        OneRound.otherCallReturned = returned;
        List<Thread> calls = new ArrayList<>();
        for (var node : List.of(nodeA, nodeB)) {
            var job = node.getBean(OneRound.class);
            calls.add(Thread.ofPlatform().start(() -> {
                try {
                    bothCalled.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                job.run();
                returned.countDown();
            }));
        }
        for (Thread call : calls) {
            call.join(Duration.ofSeconds(60));
            assertThat(call.isAlive()).isFalse();
        }
        assertThat(OneRound.runs)
                .as("the job ran on one node, while the other skipped it")
                .hasValue(1);
    }

    /** The platform's own jobs go through the lock too: calling each takes its row in the lock table. */
    @Test
    void everyScheduledJobOfThePlatformTakesItsLock() throws Exception {
        List<String> names = new ArrayList<>();
        for (String beanName : nodeA.getBeanDefinitionNames()) {
            Class<?> type = nodeA.getType(beanName);
            if (type == null
                    || OneRound.class.isAssignableFrom(type)
                    || !type.getName().startsWith("org.percorsi.")
                    || !nodeA.isSingleton(beanName)) {
                continue;
            }
            Object bean = nodeA.getBean(beanName);
            for (Method method : AopUtils.getTargetClass(bean).getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    method.setAccessible(true);
                    method.invoke(bean);
                    names.add(method.getAnnotation(SchedulerLock.class).name());
                }
            }
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(5);
        var taken = nodeA.getBean(JdbcClient.class)
                .sql("select name from scheduled_job_lock where lock_until > timezone('utc', now())")
                .query(String.class)
                .set();
        assertThat(taken).containsAll(names);
    }

    /** A job of the tests' own, locked as the platform's are; its run waits until the other node's call returned. */
    static class OneRound {
        static final AtomicInteger runs = new AtomicInteger();
        static volatile CountDownLatch otherCallReturned;

        @Scheduled(cron = "-")
        @SchedulerLock(name = "two-nodes-test-job")
        public void run() {
            runs.incrementAndGet();
            try {
                otherCallReturned.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int listeners() {
        return nodeA.getBean(JdbcClient.class)
                .sql("select count(*) from pg_stat_activity where application_name = :name")
                .param("name", LISTENER)
                .query(Integer.class)
                .single();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + TwoNodes.port(node) + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String cookie, String form) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + TwoNodes.port(node) + path))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
