package org.percorsi.support;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.percorsi.PercorsiApplication;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the platform on one PostgreSQL, as behind a load balancer: two application contexts, each with its
 * own web server and pool, node A running the embedded database and node B reaching it by URL like any external
 * one. Closed B first, then A (which runs the database), then the database's directory removed.
 */
public final class TwoNodes implements AutoCloseable {

    /** What "at once" means across nodes: far below any cache's lifetime, far above a notification's delay. */
    public static final Duration AT_ONCE = Duration.ofSeconds(30);

    private final Path dataDir;
    private final ConfigurableApplicationContext a;
    private final ConfigurableApplicationContext b;
    private final String url;
    private final String password;

    /** Starts both nodes with these sources (the application's and any test configuration) and arguments. */
    public static TwoNodes start(List<Class<?>> sources, String... arguments) throws Exception {
        Path dataDir = IntegrationTest.freshDataDir();
        var a = node(sources, arguments, "--percorsi.data-dir=" + dataDir);
        try {
            String url =
                    a.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
            String password =
                    Files.readString(dataDir.resolve("postgres-password")).strip();
            var b = node(
                    sources,
                    arguments,
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=" + password);
            return new TwoNodes(dataDir, a, b, url, password);
        } catch (Exception | Error e) {
            a.close();
            IntegrationTest.deleteQuietly(dataDir);
            throw e;
        }
    }

    private TwoNodes(
            Path dataDir,
            ConfigurableApplicationContext a,
            ConfigurableApplicationContext b,
            String url,
            String password) {
        this.dataDir = dataDir;
        this.a = a;
        this.b = b;
        this.url = url;
        this.password = password;
    }

    private static ConfigurableApplicationContext node(List<Class<?>> sources, String[] common, String... own) {
        var arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--percorsi.demo.enabled=false",
                "--percorsi.base-url=http://localhost",
                "--percorsi.admin.email=" + TestAccounts.ADMIN_EMAIL,
                "--percorsi.admin.password=" + TestAccounts.ADMIN_PASSWORD));
        arguments.addAll(List.of(common));
        arguments.addAll(List.of(own));
        var all = new ArrayList<Class<?>>(List.of(PercorsiApplication.class));
        all.addAll(sources);
        return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).run(arguments.toArray(String[]::new));
    }

    public ConfigurableApplicationContext a() {
        return a;
    }

    public ConfigurableApplicationContext b() {
        return b;
    }

    /** The database's JDBC address, as node B reaches it. */
    public String url() {
        return url;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        try {
            b.close();
            a.close(); // last: it runs the database
        } finally {
            IntegrationTest.deleteQuietly(dataDir);
        }
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** A public process with an opening phase under way, published on this node by the administrator. */
    public static void publishProcess(ConfigurableApplicationContext node, String title) {
        LocalDate today = LocalDate.now(TimeConfiguration.ROME);
        TestAccounts.asAdmin(() -> {
            long process = node.getBean(CreateProcess.class).handle(ProcessForms.publicProcess(title));
            node.getBean(AddPhase.class)
                    .handle(
                            process,
                            new PhaseForm(
                                    PhaseType.OPENING,
                                    "Apertura",
                                    "",
                                    today.minusDays(1),
                                    today.plusDays(10),
                                    "",
                                    "",
                                    false));
            node.getBean(PublishProcess.class).handle(process);
        });
    }

    /** Asks every few milliseconds until it holds; gives up at {@link #AT_ONCE}. */
    public static void waitUntil(Callable<Boolean> condition, String what) {
        Awaitility.await(what)
                .atMost(AT_ONCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(condition);
    }
}
