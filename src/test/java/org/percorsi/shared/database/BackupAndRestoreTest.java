package org.percorsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.shared.database.BackupFixture.command;
import static org.percorsi.shared.database.BackupFixture.count;
import static org.percorsi.shared.database.BackupFixture.fileBytes;
import static org.percorsi.shared.database.BackupFixture.onEmbedded;
import static org.percorsi.shared.database.BackupFixture.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.percorsi.files.FilesApi;
import org.percorsi.processes.Visibility;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operator's backup of the embedded database, taken as the README says ({@code backup FILE}, what
 * {@code bin/backup} runs) while the platform is running, restored ({@code restore FILE}) into a fresh data
 * directory, started there: the process, the proposal with its support and the uploaded file's bytes are all
 * found. The restored database, stopped, is backed up again the same way (the platform not running) and that
 * backup restored too.
 */
class BackupAndRestoreTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SubmitProposal submit;

    @Autowired
    SupportProposal support;

    @Autowired
    FilesApi files;

    @Autowired
    JdbcClient jdbc;

    @Value("${percorsi.data-dir}")
    Path runningDataDir;

    final Path workDir = IntegrationTest.freshDataDir();

    @AfterEach
    void removeTheBackupsAndRestoredDatabases() {
        IntegrationTest.deleteQuietly(workDir);
    }

    @Test
    void aBackupTakenWhileRunningRestoresIntoAFreshDatabaseWithEverything() throws Exception {
        String title = "Backup " + UniqueWords.next();
        long[] ids = new long[2];
        ids[0] = PublishedProcesses.published(context, title, Visibility.PUBLIC);
        String author = TestAccounts.newParticipant(jdbc, "backup-author-", "Autore " + UniqueWords.next());
        String supporter = TestAccounts.newParticipant(jdbc, "backup-supporter-", "Sostenitore " + UniqueWords.next());
        ids[1] = TestAccounts.asParticipant(
                author,
                () -> submit.handle(
                        ids[0],
                        new ProposalForm(
                                ProposalKind.NEED,
                                "Una proposta da salvare",
                                "Il testo della proposta.",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
        assertThat(TestAccounts.asParticipant(supporter, () -> support.support(ids[1])))
                .isTrue();
        byte[] image = randomPng();
        UUID fileId = files.storeImage("foto.png", image, "file");
        long processes = countRunning("select count(*) from process");
        long proposals = countRunning("select count(*) from proposal");
        long supports = countRunning("select count(*) from proposal_support");
        long storedFiles = countRunning("select count(*) from stored_file");

        Path backup = workDir.resolve("backups").resolve("percorsi.zip");
        assertThat(EmbeddedPostgresServer.runningPort(runningDataDir))
                .as("the platform is running")
                .isPresent();
        assertThat(command("backup", backup, runningDataDir)).isZero();
        assertThat(backup).isRegularFile();
        assertThat(backup.resolveSibling("percorsi.zip.part")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .as("readable by its owner only: it holds the accounts and the database's password")
                .isEqualTo("rw-------");

        Path restored = workDir.resolve("restored");
        assertThat(command("restore", backup, restored)).isZero();
        onEmbedded(restored, db -> {
            assertThat(count(db, "select count(*) from process")).isEqualTo(processes);
            assertThat(count(db, "select count(*) from proposal")).isEqualTo(proposals);
            assertThat(count(db, "select count(*) from proposal_support")).isEqualTo(supports);
            assertThat(count(db, "select count(*) from stored_file")).isEqualTo(storedFiles);
            assertThat(text(db, "select title from process where id = ?", ids[0]))
                    .isEqualTo(title);
            assertThat(count(db, "select support_count from proposal_summary where id = " + ids[1]))
                    .isEqualTo(1);
            assertThat(fileBytes(db, fileId)).isEqualTo(image);
        });

        // the restored database, stopped, backed up again: the command starts the server for the time of it
        assertThat(EmbeddedPostgresServer.runningPort(restored)).isEmpty();
        Path second = workDir.resolve("backups").resolve("again.zip");
        assertThat(command("backup", second, restored)).isZero();
        assertThat(EmbeddedPostgresServer.runningPort(restored))
                .as("stopped again after the backup")
                .isEmpty();
        Path restoredAgain = workDir.resolve("restored-again");
        assertThat(command("restore", second, restoredAgain)).isZero();
        onEmbedded(restoredAgain, db -> {
            assertThat(count(db, "select count(*) from proposal_support")).isEqualTo(supports);
            assertThat(fileBytes(db, fileId)).isEqualTo(image);
        });
    }

    @Test
    void aRestoreNeverOverwritesADatabase() throws Exception {
        Path backup = workDir.resolve("percorsi.zip");
        assertThat(command("backup", backup, runningDataDir)).isZero();
        var restore = command("restore", backup, Map.of("PERCORSI_DATA_DIR", runningDataDir.toString()));
        assertThat(restore.status()).isEqualTo(1);
        assertThat(restore.output()).contains("There is already a database");
        assertThat(countRunning("select count(*) from process")).isPositive();
    }

    @Test
    void anExternalDatabaseIsLeftToPgDump() {
        var backup = command(
                "backup",
                workDir.resolve("x.zip"),
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/percorsi"));
        assertThat(backup.status()).isEqualTo(2);
        assertThat(backup.output()).contains("pg_dump");
        assertThat(workDir.resolve("x.zip")).doesNotExist();
    }

    private long countRunning(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A small image whose bytes no other test stores. */
    private static byte[] randomPng() throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Random random = new Random();
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
