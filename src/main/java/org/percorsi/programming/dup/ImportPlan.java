package org.percorsi.programming.dup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.percorsi.programming.ObjectiveLevel;
import org.percorsi.programming.dup.DupTableReader.Column;

/**
 * What importing a table would change, worked out in memory against the cycle's
 * current tree and the registry of bodies: the new nodes (same text under the same
 * parent is one node), the nodes whose wording changed, the bodies to create and
 * the assignments. The preview shows it; the confirmation writes exactly it.
 */
public final class ImportPlan {

    private static final Column[] LEVEL_COLUMNS = {
        Column.AREA, Column.STRATEGIC, Column.OPERATIVE, Column.MANAGEMENT, Column.ACTION
    };

    /** A node already in the cycle. */
    public record Existing(long id, Long parentId, ObjectiveLevel level, String titleHtml, String key, int position) {}

    /** A node to create; ids below zero stand for nodes of this plan, above zero for existing ones. */
    public record NewNode(
            long ref,
            long parentRef,
            ObjectiveLevel level,
            String titleHtml,
            String titleText,
            String key,
            int position,
            String missionCode,
            String programmeCode,
            int line) {}

    public record Assignment(long nodeRef, String bodyKey) {}

    /** The registry of bodies: every name's and alias's match key to the key of the body's name, and the names. */
    public record Registry(Map<String, String> bodyOfKey, Map<String, String> nameOfBody) {

        /** The bodies (keys of their names) that each near key ({@link MatchKey#nearKey}) of a name or alias leads to. */
        public Map<String, Set<String>> bodiesByNearKey() {
            Map<String, Set<String>> bodies = new HashMap<>();
            bodyOfKey.forEach((key, body) -> bodies.computeIfAbsent(MatchKey.nearKey(key), k -> new LinkedHashSet<>())
                    .add(body));
            return bodies;
        }

        /**
         * The bodies already in the registry that are probably the same as others (a name or alias of theirs
         * shares a near key with one of the others'), each with those others, sorted: the same test the preview
         * applies to a new body, so that a person can merge them.
         */
        public Map<String, Set<String>> nearDuplicates() {
            Map<String, Set<String>> others = new HashMap<>();
            for (var group : bodiesByNearKey().values()) {
                if (group.size() > 1) {
                    for (String body : group) {
                        var rest = others.computeIfAbsent(body, k -> new TreeSet<>());
                        group.stream().filter(other -> !other.equals(body)).forEach(rest::add);
                    }
                }
            }
            return others;
        }
    }

    /** A body the import would create that is probably one of the candidates: the administrator decides. */
    public record NearDuplicate(String key, String name, List<Candidate> candidates) {}

    /** A body a near-duplicate may be treated as: one in the registry, or another new one of the same file. */
    public record Candidate(String bodyKey, String name, boolean registered) {}

    /** A name to record as another name of a body (its key is the name's match key). */
    public record Alias(String name, String bodyKey) {}

    private final List<NewNode> newNodes = new ArrayList<>();
    private final Map<Long, String> changedTitles = new LinkedHashMap<>();
    private final Set<Long> touched = new LinkedHashSet<>();
    private final Map<String, String> newBodies = new LinkedHashMap<>();
    private Set<Assignment> assignments = new LinkedHashSet<>();
    private final List<NearDuplicate> nearDuplicates = new ArrayList<>();
    private final Map<String, Alias> aliases = new LinkedHashMap<>();
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
     * @param registry the bodies already known, by every name and alias
     * @param sanitize how cells are stored, so that a wording counts as changed only if it would be stored differently
     */
    public static ImportPlan of(
            DupTableReader.Table table, List<Existing> existing, Registry registry, UnaryOperator<String> sanitize) {
        Map<String, String> bodyKeys = registry.bodyOfKey();
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
                    plan.newNodes.add(new NewNode(
                            ref,
                            parent,
                            level,
                            html,
                            MatchKey.plain(html),
                            key,
                            position,
                            operative ? code(row.cell(Column.MISSION)) : null,
                            operative ? code(row.cell(Column.PROGRAMME)) : null,
                            row.line()));
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
            var bodies = BodyNames.split(MatchKey.plain(row.cell(Column.BODIES)));
            if (bodies.unclosedQuote()) {
                plan.warnings.add(
                        new DupTableReader.Warning(row.line(), "programming.import.warning.unclosedBodyQuote", ""));
            }
            for (String name : bodies.names()) {
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
        plan.findNearDuplicates(registry);
        return plan;
    }

    /**
     * Flags each new body whose near key ({@link MatchKey#nearKey}) is shared with bodies of the registry or
     * with a new body written earlier in the file (the first such one only, so choices cannot go round in circles).
     */
    private void findNearDuplicates(Registry registry) {
        Map<String, Set<String>> registeredByNearKey = registry.bodiesByNearKey();
        Map<String, String> firstNewByNearKey = new HashMap<>();
        newBodies.forEach((key, name) -> {
            String near = MatchKey.nearKey(key);
            List<Candidate> candidates = new ArrayList<>();
            registeredByNearKey.getOrDefault(near, Set.of()).stream()
                    .sorted()
                    .forEach(body -> candidates.add(
                            new Candidate(body, registry.nameOfBody().getOrDefault(body, body), true)));
            String first = firstNewByNearKey.putIfAbsent(near, key);
            if (first != null) {
                candidates.add(new Candidate(first, newBodies.get(first), false));
            }
            if (!candidates.isEmpty()) {
                nearDuplicates.add(new NearDuplicate(key, name, List.copyOf(candidates)));
            }
        });
    }

    /** Whether the preview offered to treat the new body with this key as the given body. */
    public boolean offers(String key, String bodyKey) {
        return nearDuplicates.stream()
                .anyMatch(n -> n.key().equals(key)
                        && n.candidates().stream().anyMatch(c -> c.bodyKey().equals(bodyKey)));
    }

    /**
     * Applies the administrator's choices (new body key to the body it is the same as, each one offered):
     * the name becomes another name of that body, which takes its assignments, and is not created.
     */
    public void treatAsSame(Map<String, String> sameAs) {
        Map<String, String> survivorOf = new HashMap<>();
        sameAs.forEach((key, target) -> {
            if (!offers(key, target)) {
                throw new IllegalArgumentException("not offered: " + key + " as " + target);
            }
            // only the first new body of a group is offered as a target, and it is offered registered ones only:
            // at most one step to the survivor, never a circle
            String survivor = sameAs.getOrDefault(target, target);
            survivorOf.put(key, survivor);
            aliases.put(key, new Alias(newBodies.remove(key), survivor));
        });
        Set<Assignment> rerouted = new LinkedHashSet<>();
        for (var assignment : assignments) {
            rerouted.add(new Assignment(
                    assignment.nodeRef(), survivorOf.getOrDefault(assignment.bodyKey(), assignment.bodyKey())));
        }
        assignments = rerouted;
    }

    /**
     * A digest of everything the preview shows and the confirmation would write, so that a confirmation
     * applies only the plan that was previewed (and not one changed since by another import or the registry).
     */
    public String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            Consumer<Object> add = part -> digest.update((part + "\0").getBytes(StandardCharsets.UTF_8));
            newNodes.forEach(add);
            add.accept("|");
            changedTitles.forEach((id, html) -> add.accept(id + "=" + html));
            add.accept("|");
            touched.forEach(add);
            add.accept("|");
            newBodies.forEach((key, name) -> add.accept(key + "=" + name));
            add.accept("|");
            assignments.forEach(add);
            add.accept("|");
            nearDuplicates.forEach(add);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    public List<NearDuplicate> nearDuplicates() {
        return nearDuplicates;
    }

    /** Names to record as other names of bodies: match key to the name and the body. */
    public Map<String, Alias> aliases() {
        return aliases;
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
        return newNodes.isEmpty()
                && changedTitles.isEmpty()
                && newBodies.isEmpty()
                && aliases.isEmpty()
                && existingAssignments.containsAll(assignments);
    }
}
