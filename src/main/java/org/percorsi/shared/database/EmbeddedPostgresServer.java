package org.percorsi.shared.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's own PostgreSQL, run from the binaries shipped with the embedded
 * library but with production settings rather than the library's test defaults:
 * every acknowledged commit is on disk (fsync, synchronous commit, full page
 * writes), it listens on 127.0.0.1 only, with no Unix socket, and every login
 * needs the generated password kept in {@code <data-dir>/postgres-password},
 * readable by its owner only. Settings are given on the command line, so that
 * neither postgresql.conf nor ALTER SYSTEM can weaken them.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String SUPERUSER = "postgres";
    private static final String HBA_MARKER = "# Percorsi: password logins (scram-sha-256) over loopback only.";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path pgData;
    private final Path passwordFile;
    private final Path logFile;
    private final Path lockFile;
    private final Path binaries;
    private final int port;
    private String password;
    private FileChannel lockChannel;
    private volatile boolean stopping;
    private Thread watchdog;

    private EmbeddedPostgresServer(Path dataDir, Path binaries, int port) {
        Path root = dataDir.toAbsolutePath().normalize();
        this.pgData = root.resolve("postgres");
        this.passwordFile = root.resolve("postgres-password");
        this.logFile = root.resolve("postgres.log");
        this.lockFile = root.resolve("postgres.lock");
        this.binaries = binaries;
        this.port = port;
    }

    /** Creates the server under {@code dataDir/postgres} on first use, or reopens it, and starts it. */
    public static EmbeddedPostgresServer start(Path dataDir) throws IOException {
        return start(dataDir, binaries());
    }

    /** The same with other PostgreSQL binaries ({@code binaries/bin/initdb}...): a test's stand-in for a server. */
    static EmbeddedPostgresServer start(Path dataDir, Path binaries) throws IOException {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, binaries, freePort());
        server.lock();
        boolean existing = server.prepare();
        server.startPostmaster();
        log.info(
                "Embedded PostgreSQL {} on port {} with data in {}",
                existing ? "reopened" : "created",
                server.port,
                server.pgData);
        return server;
    }

    private boolean prepare() throws IOException {
        Files.createDirectories(pgData);
        boolean existing = Files.exists(pgData.resolve("PG_VERSION"));
        if (!existing) {
            password = readOrCreatePassword();
            run(
                    command(
                            "initdb",
                            "-D",
                            pgData.toString(),
                            "-U",
                            SUPERUSER,
                            "-A",
                            "scram-sha-256",
                            "--pwfile=" + passwordFile,
                            "--encoding=UTF8",
                            "--locale=C.UTF-8"),
                    null);
            writeHba();
            return false;
        }
        stopOrphan();
        boolean passwordMissing = !Files.exists(passwordFile);
        password = readOrCreatePassword();
        if (passwordMissing || !Files.readString(pgData.resolve("pg_hba.conf")).startsWith(HBA_MARKER)) {
            // created by an earlier version with trust authentication (anyone on the machine could log
            // in), or its password file was removed: set a password offline, in single-user mode
            run(
                    command(
                            "postgres",
                            "--single",
                            "-D",
                            pgData.toString(),
                            "-c",
                            "password_encryption=scram-sha-256",
                            SUPERUSER),
                    "ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "';\n");
            writeHba();
            log.info(
                    "Embedded PostgreSQL in {} moved to password authentication (password in {})",
                    pgData,
                    passwordFile);
        }
        return true;
    }

    /**
     * One platform per data directory: the lock is held as long as this process lives, and the
     * system releases it when the process ends, however it ends (kill -9 included).
     */
    private void lock() throws IOException {
        Files.createDirectories(lockFile.getParent());
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException("Another running platform uses the data directory " + lockFile.getParent()
                    + ": stop it, or give this one its own PERCORSI_DATA_DIR.");
        }
    }

    /**
     * With the lock ours, a postmaster still running on this data directory was left by a platform
     * that did not stop (kill -9, power cut of the JVM only): stop it cleanly and start afresh.
     */
    private void stopOrphan() throws IOException {
        ProcessHandle orphan = postmaster().orElse(null);
        if (orphan == null) {
            return;
        }
        long pid = orphan.pid();
        run(command("pg_ctl", "stop", "-D", pgData.toString(), "-m", "fast", "-w", "-t", "60"), null);
        awaitExit(orphan);
        log.warn(
                "Stopped the embedded PostgreSQL (pid {}) left running in {} by an earlier start that did not shut down;"
                        + " starting it again",
                pid,
                pgData);
    }

    /** pg_ctl returns once the pid file is gone; the process itself ends a moment later. */
    private static void awaitExit(ProcessHandle postmaster) {
        try {
            postmaster.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // it has shut down: what remains is for the system to reap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The postmaster running on this data directory, from its pid file; empty if none is. */
    private Optional<ProcessHandle> postmaster() {
        return postmaster(pgData);
    }

    /**
     * The port of the server running on the embedded database in {@code dataDir} (the running platform's,
     * or one it left), read from its pid file; empty if none runs.
     */
    static Optional<Integer> runningPort(Path dataDir) {
        Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
        if (postmaster(pgData).isEmpty()) {
            return Optional.empty();
        }
        try {
            // pid, data directory, start time, port, ... (one per line)
            return Optional.of(Integer.parseInt(
                    Files.readAllLines(pgData.resolve("postmaster.pid")).get(3).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pgData) {
        long pid;
        try {
            pid = Long.parseLong(
                    Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none, or unreadable: PostgreSQL itself deals with stale pid files
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.endsWith("postgres") || c.endsWith("postgres.exe"))
                        .orElse(false));
    }

    private void startPostmaster() throws IOException {
        String options = String.join(
                " ",
                List.of(
                        "-p",
                        Integer.toString(port),
                        "-c",
                        "listen_addresses=127.0.0.1",
                        "-c",
                        "unix_socket_directories=",
                        "-c",
                        "password_encryption=scram-sha-256",
                        "-c",
                        "fsync=on",
                        "-c",
                        "synchronous_commit=on",
                        "-c",
                        "full_page_writes=on",
                        "-c",
                        "timezone=UTC",
                        "-c",
                        "max_connections=100"));
        run(
                command(
                        "pg_ctl",
                        "start",
                        "-D",
                        pgData.toString(),
                        "-w",
                        "-t",
                        "120",
                        "-l",
                        logFile.toString(),
                        "-o",
                        options),
                null);
    }

    /**
     * Checks every {@code interval} that the server still accepts connections and, seen down twice in a
     * row (killed, crashed, stopped by hand), starts it again on the same port: the pool then reconnects
     * by itself.
     */
    public void watch(Duration interval) {
        watchdog = Thread.ofVirtual().name("embedded-postgres-watchdog").start(() -> {
            int seenDown = 0;
            while (!stopping) {
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    return;
                }
                if (accepting()) {
                    seenDown = 0;
                } else if (++seenDown >= 2) {
                    seenDown = 0;
                    restart();
                }
            }
        });
    }

    private synchronized void restart() {
        if (stopping) {
            return;
        }
        log.warn("The embedded PostgreSQL in {} stopped unexpectedly: starting it again", pgData);
        try {
            startPostmaster();
            log.info("Embedded PostgreSQL running again on port {}", port);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not start the embedded PostgreSQL again (will retry): {}", e.getMessage());
        }
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server, letting sessions end and checkpointing (fast shutdown). */
    public synchronized void stop() {
        stopping = true;
        if (watchdog != null) {
            watchdog.interrupt();
        }
        ProcessHandle postmaster = postmaster().orElse(null);
        if (postmaster == null) {
            return; // it already stopped (or crashed): nothing to stop
        }
        try {
            run(command("pg_ctl", "stop", "-D", pgData.toString(), "-m", "fast", "-w", "-t", "30"), null);
            awaitExit(postmaster);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}: {}", pgData, e.getMessage());
        }
    }

    /** Stops the server and lets another start use the data directory. */
    public void close() {
        stop();
        try {
            lockChannel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private String readOrCreatePassword() throws IOException {
        if (Files.exists(passwordFile)) {
            ownerOnly(passwordFile);
            return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(passwordFile.getParent());
        if (posix()) {
            Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(passwordFile, generated + "\n", StandardCharsets.UTF_8);
        return generated;
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private void writeHba() throws IOException {
        Files.writeString(
                pgData.resolve("pg_hba.conf"),
                HBA_MARKER + "\n"
                        + "# Written at every start by the platform: changes here are lost.\n"
                        + "host all all 127.0.0.1/32 scram-sha-256\n",
                StandardCharsets.UTF_8);
    }

    private List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // PostgreSQL refuses to run as root: the library runs it in a user namespace, and so do we
            command.addAll(List.of("unshare", "-U"));
        }
        String extension = System.getProperty("os.name").startsWith("Windows") ? ".exe" : "";
        command.add(binaries.resolve("bin").resolve(program + extension).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static void run(List<String> command, String input) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Process process = builder.start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(command.size() - 1) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(new File(command.stream()
                                    .filter(c -> c.contains(File.separator + "bin" + File.separator))
                                    .findFirst()
                                    .orElse(command.get(0)))
                            .getName()
                    + " failed (" + process.exitValue() + "): " + output.strip());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Where the library unpacked the PostgreSQL binaries for this system. It has no public call for
     * it, only its private unpacking (shared with its own instances, done once per machine).
     */
    private static Path binaries() {
        try {
            Method prepare =
                    EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The embedded PostgreSQL library changed: cannot find its binaries", e);
        }
    }
}
