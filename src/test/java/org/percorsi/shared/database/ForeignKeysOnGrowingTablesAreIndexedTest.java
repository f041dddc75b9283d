package org.percorsi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A foreign key without an index leading with its column makes every delete or key change of the referenced row
 * scan the referencing table (PostgreSQL checks, cascades or nulls the references by that column), and every
 * "the rows of this parent" query scan it too. Harmless on a table of a few dozen rows, slow on one that gets rows
 * per person or per action. So on the migrated database every single-column foreign key has such an index, except
 * on the tables listed below, which stay small whatever the participation.
 */
class ForeignKeysOnGrowingTablesAreIndexedTest extends IntegrationTest {

    /**
     * Tables that stay small: they grow with the organisation's configuration and its processes, not with people
     * or their actions. A table joining this list needs the reason it stays small.
     */
    static final Map<String, String> SMALL_TABLES = Map.ofEntries(
            // the organisation's configuration: one row, or a few dozen set up by administrators
            Map.entry("organisation_settings", "one row"),
            Map.entry("scope", "the territory's areas, set up by administrators"),
            Map.entry("platform_translator", "the few people granted the translators' role"),
            Map.entry("outreach_info_point", "the municipality's information points"),
            // a few rows per process, written by its managers
            Map.entry("process", "the processes themselves, a few a year"),
            Map.entry("meeting", "scheduled by the managers, a few dozen per process"),
            Map.entry("document", "a few documents per process"),
            Map.entry("document_version", "a few versions per document"),
            Map.entry("document_review", "a few review steps per version"),
            Map.entry("document_act", "one act per final document"),
            Map.entry("document_act_update", "the managers' monitoring updates, a few a year per act"),
            Map.entry("process_formal_answer", "one per process"),
            Map.entry("regional_dossier", "one per process"),
            Map.entry("negotiation_table_setting", "one per process"),
            Map.entry("negotiation_table_referent", "the few referents the managers name per process"),
            Map.entry("negotiation_table_session", "the table's sessions, a few per process"),
            Map.entry("stakeholder_map_entry", "the managers' map of a process's stakeholders"),
            // the DUP's cycles and the calls, a few a year
            Map.entry("programming_version", "one per import of the DUP"),
            Map.entry("programming_pending_import", "an import between its preview and its confirmation, deleted then"),
            Map.entry("regional_call", "the region's calls, a few a year"),
            Map.entry("funding_application", "the municipality's applications, a few a year"));

    /**
     * The single-column foreign keys with no valid index whose first column is theirs. A partial index counts only
     * when it leaves out just the rows without a reference ({@code where column is not null}): PostgreSQL then
     * uses it for every lookup by a value.
     */
    static final String UNINDEXED_FOREIGN_KEYS = """
            select c.conrelid::regclass::text as tbl, a.attname as col,
                   c.confrelid::regclass::text as refers_to
            from pg_constraint c
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            where c.contype = 'f'
              and cardinality(c.conkey) = 1
              and c.connamespace = cast(:schema as regnamespace)
              and not exists (
                  select 1 from pg_index i
                  where i.indrelid = c.conrelid
                    and i.indkey[0] = c.conkey[1]
                    and i.indisvalid
                    and (i.indpred is null
                         or pg_get_expr(i.indpred, i.indrelid) = '(' || quote_ident(a.attname) || ' IS NOT NULL)'))
            order by 1, 2
            """;

    record ForeignKey(String tbl, String col, String refersTo) {
        @Override
        public String toString() {
            return tbl + "." + col + " -> " + refersTo;
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyForeignKeyOfAGrowingTableHasAnIndexLeadingWithItsColumn() {
        List<String> unindexed = unindexedForeignKeys().stream()
                .filter(key -> !SMALL_TABLES.containsKey(key.tbl()))
                .map(ForeignKey::toString)
                .toList();
        assertThat(unindexed)
                .as("foreign keys of growing tables with no index leading with their column: add one in the"
                        + " owner's migrations, or list the table in SMALL_TABLES with why it stays small")
                .isEmpty();
    }

    /** The allow-list names only real tables that still need it: an index added later shortens it. */
    @Test
    void theSmallTablesAllowedAreRealAndStillUnindexed() {
        Set<String> stillUnindexed = new TreeSet<>();
        unindexedForeignKeys().forEach(key -> stillUnindexed.add(key.tbl()));
        assertThat(stillUnindexed).containsAll(SMALL_TABLES.keySet());
    }

    /** The query itself, in a schema of its own: an unindexed foreign key is found, and no longer once indexed. */
    @Test
    void theQueryFindsAForeignKeyWithoutAnIndexLeadingWithItsColumn() {
        String schema = "fk_probe_" + UUID.randomUUID().toString().replace("-", "");
        try {
            jdbc.sql("create schema " + schema).update();
            jdbc.sql("create table " + schema + ".parent (id bigint primary key)")
                    .update();
            jdbc.sql("create table " + schema + ".child (id bigint primary key, other bigint,"
                            + " parent_id bigint references " + schema + ".parent)")
                    .update();
            jdbc.sql("create index on " + schema + ".child (other, parent_id)").update();
            jdbc.sql("create index on " + schema + ".child (parent_id) where other is null")
                    .update();
            assertThat(unindexedForeignKeys(schema))
                    .as("an index where it comes second, or a partial one, does not count")
                    .containsExactly(new ForeignKey(schema + ".child", "parent_id", schema + ".parent"));

            jdbc.sql("create index on " + schema + ".child (parent_id) where parent_id is not null")
                    .update();
            assertThat(unindexedForeignKeys(schema))
                    .as("an index leaving out only the rows without a reference counts")
                    .isEmpty();
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    List<ForeignKey> unindexedForeignKeys() {
        return unindexedForeignKeys("public");
    }

    List<ForeignKey> unindexedForeignKeys(String schema) {
        return jdbc.sql(UNINDEXED_FOREIGN_KEYS)
                .param("schema", schema)
                .query(ForeignKey.class)
                .list();
    }
}
