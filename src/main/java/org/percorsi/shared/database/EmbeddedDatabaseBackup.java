package org.percorsi.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of the embedded database's data directory, needing no PostgreSQL client: Debian's
 * {@code pg_dump} is older than the embedded server and refuses to dump it. The backup is a physical copy
 * taken with the server running, as {@code pg_basebackup -X fetch} takes it: PostgreSQL is told a backup
 * starts (a temporary replication slot keeps the write-ahead log meanwhile), the files are copied, the
 * backup is ended, and the log written in between is added, so the copy starts as a consistent database
 * (the state at the end of the backup). Uploaded files are in the database, so they are in the backup.
 * If the platform is not running the server is started for the time of the backup.
 */
public final class EmbeddedDatabaseBackup {

    private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    private static final String POSTGRES = "postgres/";
    private static final String PASSWORD_FILE = "postgres-password";

    /** Directories whose contents PostgreSQL rebuilds or does not need in a backup (its own documentation's list). */
    private static final Set<String> CONTENTS_LEFT_OUT = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private static final Set<String> FILES_LEFT_OUT =
            Set.of("postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "pg_internal.init");

    private EmbeddedDatabaseBackup() {}

    /**
     * Writes a backup of the embedded database kept in {@code dataDir} to {@code archive} (a zip file), whether
     * the platform is running or not. The file appears only once complete.
     */
    public static void backup(Path dataDir, Path archive) throws IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        if (!Files.exists(root.resolve("postgres").resolve("PG_VERSION"))) {
            throw new IllegalStateException("No embedded database in " + root + " (set PERCORSI_DATA_DIR)");
        }
        Optional<Integer> runningPort = EmbeddedPostgresServer.runningPort(root);
        if (runningPort.isPresent()) {
            backup(root, runningPort.get(), archive);
            return;
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(root);
        try {
            backup(root, server.port(), archive);
        } finally {
            server.close();
        }
    }

    private static void backup(Path root, int port, Path archive) throws IOException {
        Path pgData = root.resolve("postgres");
        String password = Files.readString(root.resolve(PASSWORD_FILE), StandardCharsets.UTF_8)
                .strip();
        Path target = archive.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(partial);
        Files.createFile(partial);
        ownerOnly(partial, "rw-------"); // it holds every account and the database's password
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        EmbeddedPostgresServer.SUPERUSER,
                        password);
                Statement sql = connection.createStatement();
                OutputStream file = Files.newOutputStream(partial);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.BEST_SPEED);
            // the slot keeps every log segment from now on until this session ends, however busy the server
            sql.execute(
                    "select pg_create_physical_replication_slot('percorsi_backup_' || pg_backend_pid(), true, true)");
            sql.execute("select pg_backup_start('percorsi backup', true)");
            addFile(zip, root.resolve(PASSWORD_FILE), PASSWORD_FILE);
            addDataDirectory(zip, pgData);
            String label;
            String lastSegment;
            try (ResultSet stop =
                    sql.executeQuery("select labelfile, pg_walfile_name(lsn) from pg_backup_stop(false)")) {
                stop.next();
                label = stop.getString(1);
                lastSegment = stop.getString(2);
            }
            addBytes(zip, POSTGRES + "backup_label", label.getBytes(StandardCharsets.UTF_8));
            Matcher start = START_WAL.matcher(label);
            if (!start.find()) {
                throw new IOException("Unexpected backup label: " + label);
            }
            addWal(zip, pgData.resolve("pg_wal"), start.group(1), lastSegment);
            zip.finish();
            file.flush();
        } catch (SQLException e) {
            Files.deleteIfExists(partial);
            throw new IOException("Backup of the embedded database failed: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void addDataDirectory(ZipOutputStream zip, Path pgData) throws IOException {
        Files.walkFileTree(pgData, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                String name = entryName(pgData, dir);
                zip.putNextEntry(new ZipEntry(name.endsWith("/") ? name : name + "/"));
                zip.closeEntry();
                boolean leftOut = !dir.equals(pgData)
                        && dir.getParent().equals(pgData)
                        && CONTENTS_LEFT_OUT.contains(dir.getFileName().toString());
                return leftOut ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) throws IOException {
                String name = path.getFileName().toString();
                if (attributes.isRegularFile() && !FILES_LEFT_OUT.contains(name) && !name.startsWith("pgsql_tmp")) {
                    addFile(zip, path, entryName(pgData, path));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // removed while copying (a dropped table): replay recreates it
                }
                throw e;
            }
        });
        // pg_wal itself was left empty: its archive_status directory must exist for the server to start
        zip.putNextEntry(new ZipEntry(POSTGRES + "pg_wal/archive_status/"));
        zip.closeEntry();
    }

    /** The log segments written from the start of the backup to its end, and the timeline histories. */
    private static void addWal(ZipOutputStream zip, Path pgWal, String first, String last) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pgWal)) {
            for (Path path : files) {
                String name = path.getFileName().toString();
                boolean segment =
                        WAL_SEGMENT.matcher(name).matches() && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
                if (segment || name.endsWith(".history")) {
                    addFile(zip, path, POSTGRES + "pg_wal/" + name);
                }
            }
        }
    }

    private static String entryName(Path pgData, Path path) {
        String relative = pgData.relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? POSTGRES : POSTGRES + relative;
    }

    private static void addFile(ZipOutputStream zip, Path path, String name) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            return; // removed while copying: replaying the log recreates what is needed
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static void addBytes(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    /**
     * Unpacks a backup into {@code dataDir}, which must hold no database yet; the platform started with
     * {@code PERCORSI_DATA_DIR} set to it finds the database as it was at the end of the backup.
     */
    public static void restore(Path archive, Path dataDir) throws IOException {
        Path root = dataDir.toAbsolutePath().normalize();
        Path pgData = root.resolve("postgres");
        if (Files.exists(pgData) && !isEmptyDirectory(pgData)) {
            throw new IllegalStateException("There is already a database in " + pgData
                    + ": restore into a new PERCORSI_DATA_DIR, or move this one aside first.");
        }
        Files.createDirectories(root);
        boolean sawLabel = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path path = root.resolve(entry.getName()).normalize();
                if (!path.startsWith(root) || path.equals(root)) {
                    throw new IOException("Not a Percorsi backup: entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    createPrivateDirectories(path);
                    continue;
                }
                createPrivateDirectories(path.getParent());
                Files.copy(zip, path);
                ownerOnly(path, "rw-------");
                sawLabel |= entry.getName().equals(POSTGRES + "backup_label");
            }
        }
        if (!sawLabel) {
            throw new IOException("Not a complete Percorsi backup (no backup_label): " + archive);
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createPrivateDirectories(dir.getParent());
        Files.createDirectory(dir);
        ownerOnly(dir, "rwx------");
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
