package org.percorsi.programming.dup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.percorsi.programming.ObjectiveLevel;
import org.percorsi.programming.dup.DupTableReader.Column;

/**
 * What importing a table would change, worked out in memory against the cycle's
 * current tree and the registry of bodies: the new nodes (same text under the same
 * parent is one node), the nodes whose wording changed, the bodies to create and
 * the assignments. The preview shows it; the confirmation writes exactly it.
 */
public final class ImportPlan {

    private static final Column[] LEVEL_COLUMNS = {Column.AREA, Column.STRATEGIC, Column.OPERATIVE, Column.MANAGEMENT,
            Column.ACTION};

    /** A node already in the cycle. */
    public record Existing(long id, Long parentId, ObjectiveLevel level, String titleHtml, String key, int position) {
    }

    /** A node to create; ids below zero stand for nodes of this plan, above zero for existing ones. */
    public record NewNode(long ref, long parentRef, ObjectiveLevel level, String titleHtml, String titleText, String key,
            int position, String missionCode, String programmeCode, int line) {
    }

    public record Assignment(long nodeRef, String bodyKey) {
    }

    private final List<NewNode> newNodes = new ArrayList<>();
    private final Map<Long, String> changedTitles = new LinkedHashMap<>();
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Map<String, String> newBodies = new LinkedHashMap<>();
    private final Set<Assignment> assignments = new LinkedHashSet<>();
    private final Map<ObjectiveLevel, Integer> created = new EnumMap<>(ObjectiveLevel.class);
    private final Map<ObjectiveLevel, Integer> kept = new EnumMap<>(ObjectiveLevel.class);
    private final List<DupTableReader.Warning> warnings = new ArrayList<>();
    private final DupTableReader.Table table;

    private ImportPlan(DupTableReader.Table table) {
        this.table = table;
        warnings.addAll(table.warnings());
    }

    /**
     * @param existing the cycle's nodes
     * @param bodyKeys the match keys of every body's name and alias, to the key of the body's name
     * @param sanitize how cells are stored, so that a wording counts as changed only if it would be stored differently
     */
    public static ImportPlan of(DupTableReader.Table table, List<Existing> existing, Map<String, String> bodyKeys,
            java.util.function.UnaryOperator<String> sanitize) {
        var plan = new ImportPlan(table);
        Map<String, Long> byParentAndKey = new HashMap<>();
        Map<Long, Integer> nextPosition = new HashMap<>();
        Map<Long, Existing> existingById = new HashMap<>();
        for (var node : existing) {
            long parent = node.parentId() == null ? 0 : node.parentId();
            byParentAndKey.put(parent + "|" + node.key(), node.id());
            nextPosition.merge(parent, node.position() + 1, Math::max);
            existingById.put(node.id(), node);
        }
        long[] nextRef = {-1};
        // the upper levels repeat on row after row: each distinct wording is reduced to its key once
        Map<String, String> keys = new HashMap<>();
        for (var row : table.rows()) {
            long parent = 0;
            for (int depth = 0; depth < LEVEL_COLUMNS.length; depth++) {
                String html = row.cell(LEVEL_COLUMNS[depth]);
                String key = keys.computeIfAbsent(html, MatchKey::of);
                if (key.isEmpty()) {
                    break;
                }
                ObjectiveLevel level = ObjectiveLevel.values()[depth];
                String lookup = parent + "|" + key;
                Long ref = byParentAndKey.get(lookup);
                if (ref == null) {
                    ref = nextRef[0]--;
                    int position = nextPosition.merge(parent, 1, Integer::sum) - 1;
                    boolean operative = level == ObjectiveLevel.OPERATIVE_OBJECTIVE;
                    plan.newNodes.add(new NewNode(ref, parent, level, html, MatchKey.plain(html), key, position,
                            operative ? code(row.cell(Column.MISSION)) : null,
                            operative ? code(row.cell(Column.PROGRAMME)) : null, row.line()));
                    byParentAndKey.put(lookup, ref);
                    plan.created.merge(level, 1, Integer::sum);
                } else if (ref > 0 && plan.touched.add(ref)) {
                    plan.kept.merge(level, 1, Integer::sum);
                    var before = existingById.get(ref);
                    if (!before.titleHtml().equals(sanitize.apply(html))) {
                        plan.changedTitles.put(ref, html);
                    }
                }
                parent = ref;
            }
            for (String name : MatchKey.plain(row.cell(Column.BODIES)).split("[,;]")) {
                String key = keys.computeIfAbsent(name, MatchKey::of);
                if (key.isEmpty()) {
                    continue;
                }
                String body = bodyKeys.get(key);
                if (body == null) {
                    body = key;
                    plan.newBodies.putIfAbsent(key, name.strip());
                }
                plan.assignments.add(new Assignment(parent, body));
            }
        }
        return plan;
    }

    private static String code(String cell) {
        String text = MatchKey.plain(cell);
        return text.isEmpty() ? null : text.length() > 10 ? text.substring(0, 10) : text;
    }

    public DupTableReader.Table table() {
        return table;
    }

    public List<NewNode> newNodes() {
        return newNodes;
    }

    public Map<Long, String> changedTitles() {
        return changedTitles;
    }

    public Set<Long> touched() {
        return touched;
    }

    /** Bodies to create: match key to the name as first written in the table. */
    public Map<String, String> newBodies() {
        return newBodies;
    }

    public Set<Assignment> assignments() {
        return assignments;
    }

    public int created(ObjectiveLevel level) {
        return created.getOrDefault(level, 0);
    }

    public int kept(ObjectiveLevel level) {
        return kept.getOrDefault(level, 0);
    }

    public List<DupTableReader.Warning> warnings() {
        return warnings;
    }

    /** Whether confirming would change nothing (the same file imported again). */
    public boolean changesNothing(Set<Assignment> existingAssignments) {
        return newNodes.isEmpty() && changedTitles.isEmpty() && newBodies.isEmpty()
                && existingAssignments.containsAll(assignments);
    }
}
