package org.percorsi.shared.database;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The operator's commands on the embedded database, run instead of the platform:
 * {@code java -jar percorsi.jar backup FILE} and {@code java -jar percorsi.jar restore FILE}
 * (what {@code bin/backup} and {@code bin/restore} do). The data directory is {@code PERCORSI_DATA_DIR},
 * else {@code ./data}, as for the platform. An external database is backed up with its own
 * {@code pg_dump} instead (the scripts do that when {@code SPRING_DATASOURCE_URL} is set).
 */
public final class DatabaseCommands {

    private static final Set<String> COMMANDS = Set.of("backup", "restore");

    private DatabaseCommands() {}

    /** Whether the platform was started to run one of these commands rather than to serve. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command and returns the process's exit status (0: done). */
    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        if (args.length != 2) {
            out.println("Usage: backup FILE | restore FILE   (embedded database in PERCORSI_DATA_DIR, else ./data)");
            return 2;
        }
        String url = environment.getOrDefault("SPRING_DATASOURCE_URL", "");
        if (!url.isBlank()) {
            out.println("SPRING_DATASOURCE_URL is set: this platform uses an external database."
                    + " Back it up with pg_dump (bin/backup does) and restore it with pg_restore (bin/restore).");
            return 2;
        }
        Path dataDir = Path.of(environment.getOrDefault("PERCORSI_DATA_DIR", "./data"));
        Path file = Path.of(args[1]);
        try {
            if (args[0].equals("backup")) {
                EmbeddedDatabaseBackup.backup(dataDir, file);
                out.println(
                        "Backup of the database in " + dataDir.toAbsolutePath().normalize() + " written to "
                                + file.toAbsolutePath().normalize());
            } else {
                EmbeddedDatabaseBackup.restore(file, dataDir);
                out.println("Backup " + file + " restored into "
                        + dataDir.toAbsolutePath().normalize()
                        + ": start the platform with PERCORSI_DATA_DIR set to it.");
            }
            return 0;
        } catch (Exception e) {
            out.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }
}
