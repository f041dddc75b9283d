package org.percorsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * One owner per table (docs/decisions/0004-one-owner-per-table.md). A table belongs to the module whose migration
 * folder creates it; only that module's code and later migrations name it. Another module reads what the owner
 * publishes: its API, or a view the owner creates for readers, named only by modules that depend on the owner.
 * A foreign key to a module it depends on is allowed: the database keeps the reference honest.
 *
 * <p>The SQL is found in the string literals and text blocks of each module's main classes and in its migration
 * scripts, by the words that introduce a table ({@code from}, {@code join}, {@code into}, {@code update},
 * {@code table}, {@code references}).
 */
class TableOwnershipTests {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/org/percorsi");

    /**
     * Migrations applied before the rule: Flyway checksums them, so they stay as they were, naming the tables
     * they moved data between. Every migration after this version is checked.
     */
    static final String RULE_SINCE = "20261203_2000";

    /** Tables created before the rule by a module that is not their owner. */
    static final Map<String, String> OWNER_CHANGED = Map.ofEntries(
            Map.entry("spring_session", "platform"),
            Map.entry("spring_session_attributes", "platform"),
            Map.entry("platform_milestone", "demo"),
            Map.entry("proposal_follower", "proposals"),
            // the method harvest, created with meetings, became a module of its own
            Map.entry("harvest_group", "harvest"),
            Map.entry("harvest_round", "harvest"),
            Map.entry("harvest_item", "harvest"),
            Map.entry("harvest_poll", "harvest"),
            Map.entry("harvest_poll_option", "harvest"),
            Map.entry("harvest_poll_result", "harvest"));

    static final Pattern TABLE_WORD = Pattern.compile(
            "\\b(from|join|into|update|table|references)\\s+(?:only\\s+|if\\s+(?:not\\s+)?exists\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern CREATE = Pattern.compile(
            "\\bcreate\\s+(?:unlogged\\s+)?(table|(?:materialized\\s+)?view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern RENAME = Pattern.compile(
            "\\balter\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    record Relation(String name, String owner, boolean view) {}

    record Leak(String module, String file, String table) {
        String key() {
            return module + " -> " + table;
        }
    }

    @Test
    void everyTableHasOneOwningModule() {
        Map<String, Relation> relations = relations();
        assertThat(relations).containsKeys("account", "process", "proposal", "meeting", "harvest_item");
        for (Relation relation : relations.values()) {
            assertThat(Files.isDirectory(SOURCES.resolve(relation.owner())))
                    .as("%s is owned by %s, a module with code", relation.name(), relation.owner())
                    .isTrue();
        }
    }

    @Test
    void modulesNameOnlyTheirOwnTables() {
        List<String> leaks = leaks().stream()
                .map(leak -> leak.file() + ": " + leak.key())
                .sorted()
                .toList();
        assertThat(leaks)
                .as("SQL naming another module's table: read its API or a view it publishes (decision 0004)")
                .isEmpty();
    }

    /** What the rule allows and what it does not, on the platform's real tables, views and dependencies. */
    @Test
    void tablesViewsAndForeignKeysAreJudgedByTheDependencyDirection() {
        Map<String, Relation> relations = relations();
        Path file = Path.of("Example.java");
        assertThat(leakOf(relations, "meetings", file, "account", false))
                .as("another module's table")
                .isPresent();
        assertThat(leakOf(relations, "meetings", file, "meeting", false))
                .as("its own table")
                .isEmpty();
        assertThat(leakOf(relations, "meetings", file, "process_summary", false))
                .as("a view of a module it depends on")
                .isEmpty();
        assertThat(leakOf(relations, "processes", file, "proposal_summary", false))
                .as("a view of a module that depends on it")
                .isPresent();
        assertThat(leakOf(relations, "proposals", file, "account", true))
                .as("a foreign key to a module it depends on")
                .isEmpty();
        assertThat(leakOf(relations, "accounts", file, "proposal", true))
                .as("a foreign key against the dependencies")
                .isPresent();
    }

    /** The checker itself: it finds what it must and nothing in words that only look like SQL. */
    @Test
    void findsTablesInSqlOnly() {
        String source = """
                // read from account here is a comment, not SQL
                class X {
                    String a = "select p.id from proposal p join account a on a.id = p.author_id";
                    String b = \"""
                            update meeting set title = :t
                            \""";
                    String url = "http://example.org/from/account";
                    char quote = '"';
                }
                """;
        assertThat(tablesNamed(JavaSource.strings(source))).containsExactlyInAnyOrder("proposal", "account", "meeting");
    }

    List<Leak> leaks() {
        Map<String, Relation> relations = relations();
        List<Leak> leaks = new ArrayList<>();
        for (Path file : files(SOURCES, ".java")) {
            String module = SOURCES.relativize(file).getName(0).toString();
            for (String table : tablesNamed(JavaSource.strings(read(file)))) {
                leakOf(relations, module, file, table, false).ifPresent(leaks::add);
            }
        }
        for (Path file : files(MIGRATIONS, ".sql")) {
            String module = MIGRATIONS.relativize(file).getName(0).toString();
            if (version(file).compareTo(RULE_SINCE) < 0) {
                continue;
            }
            String sql = withoutSqlComments(read(file));
            Matcher matcher = TABLE_WORD.matcher(sql);
            while (matcher.find()) {
                boolean foreignKey = matcher.group(1).equalsIgnoreCase("references");
                leakOf(relations, module, file, matcher.group(2).toLowerCase(Locale.ROOT), foreignKey)
                        .ifPresent(leaks::add);
            }
        }
        return leaks;
    }

    static Optional<Leak> leakOf(
            Map<String, Relation> relations, String module, Path file, String table, boolean foreignKey) {
        Relation relation = relations.get(table);
        if (relation == null || relation.owner().equals(module)) {
            return Optional.empty();
        }
        if ((relation.view() || foreignKey) && dependsOn(module, relation.owner())) {
            return Optional.empty();
        }
        return Optional.of(new Leak(module, file.getFileName().toString(), table));
    }

    /** A module reads another's views, or refers to its rows, only in the direction its code depends. */
    static boolean dependsOn(String module, String owner) {
        if (owner.equals("shared")) {
            return true;
        }
        return ModularityTests.MODULES
                .getModuleByName(module)
                .map(reader -> reader.getAllDependencies(ModularityTests.MODULES)
                        .uniqueModules()
                        .map(ApplicationModule::getIdentifier)
                        .anyMatch(id -> id.toString().equals(owner)))
                .orElse(false);
    }

    /** Every table and view, by the module folder whose migrations create it. */
    static Map<String, Relation> relations() {
        Map<String, Relation> relations = new TreeMap<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            String module = MIGRATIONS.relativize(file).getName(0).toString();
            String sql = withoutSqlComments(read(file));
            Matcher created = CREATE.matcher(sql);
            while (created.find()) {
                String name = created.group(2).toLowerCase(Locale.ROOT);
                String owner = OWNER_CHANGED.getOrDefault(name, module);
                relations.putIfAbsent(
                        name, new Relation(name, owner, !created.group(1).equalsIgnoreCase("table")));
            }
            Matcher renamed = RENAME.matcher(sql);
            while (renamed.find()) {
                Relation old = relations.remove(renamed.group(1).toLowerCase(Locale.ROOT));
                String name = renamed.group(2).toLowerCase(Locale.ROOT);
                relations.put(name, new Relation(name, old == null ? module : old.owner(), false));
            }
        }
        return relations;
    }

    static Set<String> tablesNamed(String sql) {
        Set<String> tables = new TreeSet<>();
        Matcher matcher = TABLE_WORD.matcher(sql);
        while (matcher.find()) {
            tables.add(matcher.group(2).toLowerCase(Locale.ROOT));
        }
        return tables;
    }

    static String withoutSqlComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\n]*", " ");
    }

    static String version(Path migration) {
        String name = migration.getFileName().toString();
        return name.substring(1, name.indexOf("__"));
    }

    static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
