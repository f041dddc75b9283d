package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.percorsi.PercorsiApplication;
import org.percorsi.shared.database.EmbeddedPostgresServer;
import org.percorsi.support.IntegrationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The platform started as a municipality would start it: with no database
 * configured it runs its own PostgreSQL under the data directory, creates the
 * administrator (printing a generated password once) and the demo data on the
 * first start, and finds everything again after a restart. With a datasource
 * URL it uses that server instead; with the demo flag off it loads no demo.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseLifecycleTest {

    @Test
    void keepsItsDataAcrossRestartsAndUsesAConfiguredServerWhenGivenOne(CapturedOutput output) throws Exception {
        Path dataDir = IntegrationTest.freshDataDir();

        try (var first = start(dataDir, "--percorsi.admin.password=")) {
            assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
            assertThat(output.getOut()).contains("Password (shown only now");
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(demoProcesses(jdbc)).isEqualTo(3);
            jdbc.sql(
                            "insert into process (slug, title, short_description) values ('dopo-il-riavvio', 'Resto qui', 'x')")
                    .update();
        }
        int printedBefore = count(output.getOut(), "Password (shown only now");

        try (var second = start(dataDir, "--percorsi.admin.password=")) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select title from process where slug = 'dopo-il-riavvio'")
                            .query(String.class)
                            .single())
                    .isEqualTo("Resto qui");
            assertThat(demoProcesses(jdbc)).as("the demo is loaded once").isEqualTo(3);
            assertThat(count(output.getOut(), "Password (shown only now"))
                    .as("the password is printed once")
                    .isEqualTo(printedBefore);

            EmbeddedPostgresServer postgres = second.getBean(EmbeddedPostgresServer.class);
            try (var external = new SpringApplicationBuilder(PercorsiApplication.class)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + postgres.jdbcUrl("postgres"),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=" + postgres.password(),
                            "--percorsi.data-dir=" + IntegrationTest.freshDataDir())) {
                assertThat(external.containsBean("embeddedPostgres"))
                        .as("no embedded database of its own")
                        .isFalse();
                assertThat(external.getBean(JdbcClient.class)
                                .sql("select count(*) from process where slug = 'dopo-il-riavvio'")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void withTheDemoTurnedOffStartsEmptyButWithTheShippedTemplates() {
        try (var context = start(
                IntegrationTest.freshDataDir(),
                "--percorsi.demo.enabled=false",
                "--percorsi.base-url=https://partecipa.comune.example.it",
                "--percorsi.admin.password=una password scelta da noi")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from process")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from process_template where code is not null")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
            String hash = jdbc.sql("select password_hash from account where platform_admin")
                    .query(String.class)
                    .single();
            assertThat(context.getBean(PasswordEncoder.class).matches("una password scelta da noi", hash))
                    .isTrue();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--percorsi.data-dir=" + dataDir;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new SpringApplicationBuilder(PercorsiApplication.class).run(args);
    }

    private static long demoProcesses(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from process where slug in ('interventi-prioritari-integrazione', "
                        + "'piano-strategico-unione', 'laboratori-di-quartiere')")
                .query(Long.class)
                .single();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
