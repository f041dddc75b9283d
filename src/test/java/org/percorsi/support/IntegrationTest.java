package org.percorsi.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole platform on a real PostgreSQL (the
 * embedded one, in a fresh directory per test run), with the demo data loaded as
 * on a first start, serving HTTP on a random port. Every test class extending it
 * shares one application context, so the database starts once per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    private static final Path DATA_DIR = freshDataDir();

    /** A real SMTP server in the test JVM: every mail the platform sends lands here. */
    protected static final GreenMail MAILBOX = startMailbox();

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry registry) {
        registry.add("percorsi.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAILBOX.getSmtp().getPort());
        registry.add("percorsi.admin.email", () -> TestAccounts.ADMIN_EMAIL);
        registry.add("percorsi.admin.password", () -> TestAccounts.ADMIN_PASSWORD);
        // the operators' metrics on a management port of their own (any free one), read afresh at every scrape
        registry.add("percorsi.management.port", () -> "0");
        registry.add("percorsi.metrics.refresh", () -> "0s");
    }

    private static GreenMail startMailbox() {
        GreenMail mailbox = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailbox.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mailbox::stop));
        return mailbox;
    }

    /** A new empty directory for a database, removed when the test JVM ends. */
    public static Path freshDataDir() {
        try {
            Path dir = Files.createTempDirectory("percorsi-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitDatabaseStopped(dir);
                deleteQuietly(dir);
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shutdown hooks run together: the one closing the test contexts stops their PostgreSQL while this one would
     * remove its directory, and a server whose directory vanished under it is never stopped (an orphan process
     * left running). So wait, within bounds, until no server holds the directory.
     */
    private static void awaitDatabaseStopped(Path dir) {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < giveUpAt && holdsARunningServer(dir)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean holdsARunningServer(Path dir) {
        try (Stream<Path> paths = Files.walk(dir, 2)) {
            return paths.anyMatch(p -> p.getFileName().toString().equals("postmaster.pid"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Removes a test database directory (after its PostgreSQL has stopped). */
    public static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless
        }
    }
}
