package org.percorsi.shared.events;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Nodes sharing one PostgreSQL hear of each other's {@link PublicContentChanged} at once, through
 * {@code LISTEN/NOTIFY}, as a {@link PublicContentChangedElsewhere} on this node (the page cache empties itself);
 * and of each other's {@link SessionChanged}, on a channel of their own, as a {@link SessionsChangedElsewhere}
 * naming the sessions by their digests (what a node keeps of a session forgets it).
 *
 * <p>Sending: once a change that concerns visitors commits, this node sends one {@code pg_notify} carrying its own
 * id (its own caches heard the change already). A single sender does it outside the request, so changes that
 * commit while a notification is on its way share the next one: a storm of supports costs a notification per
 * round trip, not one per support, and never holds up the person's answer.
 *
 * <p>Listening: a connection of its own (outside the pool, which must not lose one for good) waits for the other
 * nodes' notifications. Those sent while it was down are lost, so every (re)connection counts as a change too; a
 * dropped connection is noticed at the next read, or by a check when nothing came for a while, and opened again
 * with a growing wait. The caches' time to live stays the bound for what nothing announces. Sessions changed while
 * a notification is on its way go together in the next one, as many as a notification carries.
 */
@Component
class ChangesAcrossNodes implements SmartLifecycle {

    static final String CHANNEL = "percorsi_public_content";
    static final String SESSIONS_CHANNEL = "percorsi_sessions";
    /** Digests per notification: 33 characters each, well within PostgreSQL's 8,000 bytes of payload. */
    private static final int DIGESTS_PER_NOTIFICATION = 200;
    /** Seen by the database's administrators in pg_stat_activity. */
    static final String APPLICATION_NAME = "percorsi changes listener";

    private static final Logger log = LoggerFactory.getLogger(ChangesAcrossNodes.class);
    /** How long one wait for notifications lasts: also how soon a stop is noticed. */
    private static final int WAIT_MILLIS = 500;
    /** With nothing received for this long, the connection is checked (a dead peer sends nothing). */
    private static final Duration CHECK_WHEN_QUIET = Duration.ofSeconds(15);

    private static final Duration MAX_RECONNECT_WAIT = Duration.ofSeconds(30);

    private final ApplicationEventPublisher events;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Duration firstReconnectWait;
    private final String node = UUID.randomUUID().toString();

    private final AtomicBoolean notificationQueued = new AtomicBoolean();
    private final AtomicBoolean sessionsNotificationQueued = new AtomicBoolean();
    private final Queue<String> changedSessions = new ConcurrentLinkedQueue<>();
    private volatile boolean running;
    private volatile CountDownLatch stopping = new CountDownLatch(0);
    private volatile ExecutorService sender;
    private Thread listener;

    ChangesAcrossNodes(
            ApplicationEventPublisher events,
            DataSource dataSource,
            JdbcClient jdbc,
            @Value("${percorsi.nodes.reconnect-after:1s}") Duration firstReconnectWait) {
        this.events = events;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.firstReconnectWait = firstReconnectWait;
    }

    @EventListener
    void onChange(PublicContentChanged event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    announce();
                }
            });
        } else {
            announce();
        }
    }

    /** Already committed: each of the session store's statements commits on its own. */
    @EventListener
    void onSessionChanged(SessionChanged event) {
        changedSessions.add(event.digest());
        announce(sessionsNotificationQueued, this::notifySessionsChanged);
    }

    private void announce() {
        announce(notificationQueued, this::notifyOtherNodes);
    }

    /** Queues a notification unless one is queued already (it will go after this change's commit). */
    private void announce(AtomicBoolean queued, Runnable notification) {
        ExecutorService current = sender;
        if (current == null || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            current.execute(notification);
        } catch (RejectedExecutionException stopped) {
            // background work finishing while this node stops: the other nodes' time to live covers it
            queued.set(false);
        }
    }

    private void notifySessionsChanged() {
        sessionsNotificationQueued.set(false); // sessions changed from now on go in the next notification
        var digests = new StringJoiner(",", node + " ", "");
        int count = 0;
        for (String digest = changedSessions.poll(); digest != null; digest = changedSessions.poll()) {
            digests.add(digest);
            if (++count == DIGESTS_PER_NOTIFICATION) {
                send(SESSIONS_CHANNEL, digests.toString());
                digests = new StringJoiner(",", node + " ", "");
                count = 0;
            }
        }
        if (count > 0) {
            send(SESSIONS_CHANNEL, digests.toString());
        }
    }

    private void notifyOtherNodes() {
        notificationQueued.set(false); // changes committed from now on need the next notification
        send(CHANNEL, node);
    }

    private void send(String channel, String payload) {
        try {
            jdbc.sql("select pg_notify(:channel, :payload)")
                    .param("channel", channel)
                    .param("payload", payload)
                    .query()
                    .listOfRows(); // one row, whose value (void) says nothing
        } catch (DataAccessException e) {
            log.warn("Could not tell the other nodes of a change: {}", e.getMessage());
        }
    }

    private void listen() {
        Duration wait = firstReconnectWait;
        while (running) {
            try (Connection connection = connect()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (var statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                    statement.execute("listen " + SESSIONS_CHANNEL);
                }
                // after LISTEN: what was announced before is lost, what comes after will arrive
                events.publishEvent(new PublicContentChangedElsewhere());
                events.publishEvent(SessionsChangedElsewhere.all());
                if (wait.compareTo(firstReconnectWait) > 0) {
                    log.info("Listening to the other nodes' changes again");
                }
                wait = firstReconnectWait;
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        quietSince = System.nanoTime();
                        if (fromAnotherNode(received)) {
                            events.publishEvent(new PublicContentChangedElsewhere());
                        }
                        var sessions = sessionsChangedElsewhere(received);
                        if (!sessions.isEmpty()) {
                            events.publishEvent(new SessionsChangedElsewhere(sessions, false));
                        }
                    } else if (System.nanoTime() - quietSince > CHECK_WHEN_QUIET.toNanos()) {
                        if (!connection.isValid(5)) {
                            throw new SQLException("the connection does not answer");
                        }
                        quietSince = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn(
                        "Not listening to the other nodes' changes ({}): trying again in {} s",
                        e.getMessage(),
                        wait.toSeconds());
                try {
                    if (stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException interrupted) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(MAX_RECONNECT_WAIT) > 0
                        ? MAX_RECONNECT_WAIT
                        : wait.multipliedBy(2);
            }
        }
    }

    private boolean fromAnotherNode(PGNotification[] received) {
        for (PGNotification notification : received) {
            if (CHANNEL.equals(notification.getName()) && !node.equals(notification.getParameter())) {
                return true;
            }
        }
        return false;
    }

    /** The digests of the sessions other nodes changed: "node digest,digest,...". */
    private Set<String> sessionsChangedElsewhere(PGNotification[] received) {
        Set<String> digests = new HashSet<>();
        for (PGNotification notification : received) {
            String payload = notification.getParameter();
            int space = payload.indexOf(' ');
            if (SESSIONS_CHANNEL.equals(notification.getName())
                    && space > 0
                    && !node.equals(payload.substring(0, space))) {
                digests.addAll(Arrays.asList(payload.substring(space + 1).split(",")));
            }
        }
        return digests;
    }

    /** A connection of its own to the pool's database, with the pool's settings. */
    private Connection connect() throws SQLException {
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            return dataSource.getConnection(); // another pool: one of its connections, for as long as it lives
        }
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        var properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    @Override
    public void start() {
        stopping = new CountDownLatch(1);
        running = true;
        sender = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("changes-notifier").factory());
        listener = Thread.ofPlatform().daemon().name("changes-listener").start(this::listen);
    }

    /** After the web server (a lower phase stops later): the pages served while draining stay fresh. */
    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        stopping.countDown();
        sender.shutdown();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
            listener.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }
}
