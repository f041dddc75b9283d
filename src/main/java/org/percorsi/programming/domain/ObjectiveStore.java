package org.percorsi.programming.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.percorsi.programming.ObjectiveLevel;
import org.percorsi.programming.dup.ImportPlan;
import org.percorsi.programming.dup.MatchKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The objectives tree and the bodies in the database. An import plan is written
 * with batched statements and ids drawn from the sequence beforehand, so a table
 * of tens of thousands of rows is saved in seconds, in the caller's transaction.
 */
@Repository
public class ObjectiveStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ObjectiveStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Whether the objective or action exists (in any cycle). */
    public boolean nodeExists(long nodeId) {
        return jdbc.sql("select count(*) from objective_node where id = :n")
                        .param("n", nodeId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<ImportPlan.Existing> existing(long cycleId) {
        return jdbc.sql(
                        "select id, parent_id, level, title_html, match_key, position from objective_node where cycle_id = :c")
                .param("c", cycleId)
                .query((rs, n) -> new ImportPlan.Existing(
                        rs.getLong("id"),
                        (Long) rs.getObject("parent_id"),
                        ObjectiveLevel.valueOf(rs.getString("level")),
                        rs.getString("title_html"),
                        rs.getString("match_key"),
                        rs.getInt("position")))
                .list();
    }

    /** Every name and alias of the registry, by match key, to the key of the body's name; and the bodies' names. */
    public ImportPlan.Registry registry() {
        Map<String, String> keys = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select match_key, name from programming_body").query(rs -> {
            keys.put(rs.getString("match_key"), rs.getString("match_key"));
            names.put(rs.getString("match_key"), rs.getString("name"));
        });
        jdbc.sql(
                        "select a.match_key, b.match_key as body from programming_body_alias a join programming_body b on b.id = a.body_id")
                .query(rs -> {
                    keys.put(rs.getString("match_key"), rs.getString("body"));
                });
        return new ImportPlan.Registry(keys, names);
    }

    public Set<ImportPlan.Assignment> assignments(long cycleId) {
        Set<ImportPlan.Assignment> result = new HashSet<>();
        jdbc.sql("""
                select nb.node_id, b.match_key from objective_node_body nb join programming_body b on b.id = nb.body_id
                join objective_node n on n.id = nb.node_id where n.cycle_id = :c""").param("c", cycleId).query(rs -> {
            result.add(new ImportPlan.Assignment(rs.getLong(1), rs.getString(2)));
        });
        return result;
    }

    /** A version of a cycle, as an import adds it. */
    public record Version(long id, Instant importedAt) {}

    /**
     * Adds a version of the cycle; the caller holds the cycle's lock, so versions of one cycle are numbered, and
     * timed (the clock read now, not when the transaction began), in the order of their commits.
     */
    public Version addVersion(long cycleId, String label, String filename, String sha256, int rows, Long accountId) {
        return jdbc.sql("""
                insert into programming_version (cycle_id, label, filename, sha256, rows_read, imported_by, imported_at)
                values (:c, :l, :f, :s, :r, :a, clock_timestamp()) returning id, imported_at""")
                .param("c", cycleId)
                .param("l", label)
                .param("f", filename)
                .param("s", sha256)
                .param("r", rows)
                .param("a", accountId)
                .query((rs, n) -> new Version(
                        rs.getLong("id"), rs.getTimestamp("imported_at").toInstant()))
                .single();
    }

    /** Writes the plan: new bodies and other names, new nodes (parents first), changed wording, assignments. */
    public void apply(long cycleId, long versionId, ImportPlan plan, Function<String, String> sanitize) {
        Map<String, Long> bodies = new HashMap<>();
        for (var body : plan.newBodies().entrySet()) {
            jdbc.sql(
                            "insert into programming_body (name, kind, match_key) values (:n, :k, :m) on conflict (match_key) do nothing")
                    .param("n", body.getValue())
                    .param("k", kindOf(body.getKey()))
                    .param("m", body.getKey())
                    .update();
        }
        jdbc.sql("select id, match_key from programming_body").query(rs -> {
            bodies.put(rs.getString("match_key"), rs.getLong("id"));
        });
        List<Object[]> aliases = new ArrayList<>();
        plan.aliases()
                .forEach((key, alias) -> aliases.add(new Object[] {bodies.get(alias.bodyKey()), alias.name(), key}));
        template.batchUpdate(
                "insert into programming_body_alias (body_id, alias, match_key) values (?, ?, ?) on conflict do nothing",
                aliases);

        Map<Long, Long> ids = new HashMap<>();
        if (!plan.newNodes().isEmpty()) {
            List<Long> fresh = jdbc.sql("select nextval('objective_node_id_seq') from generate_series(1, :n)")
                    .param("n", plan.newNodes().size())
                    .query(Long.class)
                    .list();
            List<Object[]> rows = new ArrayList<>(plan.newNodes().size());
            int i = 0;
            for (var node : plan.newNodes()) {
                long id = fresh.get(i++);
                ids.put(node.ref(), id);
                Long parent = node.parentRef() == 0
                        ? null
                        : node.parentRef() > 0 ? node.parentRef() : ids.get(node.parentRef());
                rows.add(new Object[] {
                    id,
                    cycleId,
                    parent,
                    node.level().name(),
                    sanitize.apply(node.titleHtml()),
                    node.titleText(),
                    node.key(),
                    node.missionCode(),
                    node.programmeCode(),
                    node.position(),
                    versionId,
                    versionId
                });
            }
            template.batchUpdate("""
                    insert into objective_node (id, cycle_id, parent_id, level, title_html, title_text, match_key,
                        mission_code, programme_code, position, first_version_id, last_version_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        if (!plan.changedTitles().isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            plan.changedTitles()
                    .forEach((id, html) -> rows.add(new Object[] {sanitize.apply(html), MatchKey.plain(html), id}));
            template.batchUpdate("update objective_node set title_html = ?, title_text = ? where id = ?", rows);
        }
        if (!plan.touched().isEmpty()) {
            jdbc.sql("update objective_node set last_version_id = :v where id = any(:ids)")
                    .param("v", versionId)
                    .param("ids", plan.touched().toArray(Long[]::new))
                    .update();
        }
        List<Object[]> links = new ArrayList<>();
        for (var assignment : plan.assignments()) {
            long node = assignment.nodeRef() > 0 ? assignment.nodeRef() : ids.get(assignment.nodeRef());
            links.add(new Object[] {node, bodies.get(assignment.bodyKey())});
        }
        template.batchUpdate(
                "insert into objective_node_body (node_id, body_id) values (?, ?) on conflict do nothing", links);
    }

    /** A first guess at a new body's kind from its name; administrators correct it in the registry. */
    static String kindOf(String key) {
        if (key.startsWith("fondazion") || key.startsWith("istituto") || key.startsWith("camerata")) {
            return "FOUNDATION";
        }
        if (key.matches(".*\\b(spa|srl|s r l|s p a|scrl|s c r l|s c a r l)\\b.*")) {
            return "COMPANY";
        }
        if (key.startsWith("settore") || key.startsWith("servizio") || key.startsWith("ufficio")) {
            return "OFFICE";
        }
        return "OTHER";
    }
}
