package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.percorsi.processes.ProcessChanged;
import org.percorsi.shared.database.EmbeddedPostgresServer;
import org.percorsi.support.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stopping the platform (SIGTERM closes the context) while background work is
 * under way: the event handlers finish, then the pool closes, then the embedded
 * PostgreSQL stops. No warning, no stack trace, no work left half done.
 */
@ExtendWith(OutputCaptureExtension.class)
class CleanShutdownTest {

    @Test
    void finishesTheBackgroundWorkThenStopsTheDatabaseWithoutAWarning(CapturedOutput output) throws Exception {
        Path dataDir = IntegrationTest.freshDataDir();
        var context = EmbeddedDatabaseSecurityTest.start(dataDir);
        long process = 1; // a draft, changed again and again: the indexer removes its document and keeps the version
        ApplicationEventPublisher publisher = context;
        var transactions = context.getBean(TransactionTemplate.class);
        for (int i = 0; i < 100; i++) {
            // each commit hands the search indexer some work in the background
            long version = i;
            transactions.executeWithoutResult(
                    status -> publisher.publishEvent(new ProcessChanged(process, version, "bozza", "Bozza", "", true)));
        }
        int before = output.getOut().length();
        context.close();

        String shutdown = output.getOut().substring(before);
        assertThat(shutdown.lines()
                        .filter(l -> l.contains(" WARN ") || l.contains(" ERROR "))
                        .toList())
                .isEmpty();
        assertThat(shutdown.lines()
                        .filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:"))
                        .toList())
                .as("no stack trace")
                .isEmpty();

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir); // the database alone, to look
        try {
            Properties login = new Properties();
            login.setProperty("user", "postgres");
            login.setProperty("password", postgres.password());
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), login);
                    var rows = connection
                            .createStatement()
                            .executeQuery("select count(*) from event_publication where completion_date is null")) {
                rows.next();
                assertThat(rows.getLong(1))
                        .as("background work left unfinished")
                        .isZero();
            }
        } finally {
            postgres.close();
        }
    }
}
