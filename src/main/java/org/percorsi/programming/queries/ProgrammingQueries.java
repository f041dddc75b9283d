package org.percorsi.programming.queries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.percorsi.harvest.HarvestApi;
import org.percorsi.harvest.HarvestApi.EntryRef;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.programming.BodyKind;
import org.percorsi.programming.ObjectiveLevel;
import org.percorsi.programming.dup.ImportPlan;
import org.percorsi.proposals.Answer;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.ProposalsApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the programming pages show: cycles, the objectives tree, an objective with
 * the proposals behind it, and per process what became of each proposal. Proposals
 * are only ever listed if the viewer may see their process and phase.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammingQueries {

    /** Proposals the viewer may see: their process visible, their phase not reserved for others. */
    private static final String PROPOSAL_VISIBLE =
            "p.process_id = any(:processes) and not (p.phase_id = any(:hiddenPhases))";

    private final JdbcClient jdbc;
    private final ProcessesApi processes;
    private final InterventionQueries interventions;
    private final MeetingsApi meetings;
    private final HarvestApi harvest;
    private final ProposalsApi proposalsApi;

    ProgrammingQueries(
            JdbcClient jdbc,
            ProcessesApi processes,
            InterventionQueries interventions,
            MeetingsApi meetings,
            HarvestApi harvest,
            ProposalsApi proposalsApi) {
        this.meetings = meetings;
        this.harvest = harvest;
        this.proposalsApi = proposalsApi;
        this.interventions = interventions;
        this.jdbc = jdbc;
        this.processes = processes;
    }

    public record Cycle(long id, String title, String description, int nodes, int versions, Instant lastImport) {}

    public List<Cycle> cycles() {
        return cycles("true", Map.of());
    }

    public Optional<Cycle> cycle(long id) {
        return cycles("c.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<Cycle> cycles(String condition, Map<String, Object> params) {
        return jdbc.sql("""
                select c.id, c.title, c.description,
                       (select count(*) from objective_node n where n.cycle_id = c.id) as nodes,
                       (select count(*) from programming_version v where v.cycle_id = c.id) as versions,
                       (select max(imported_at) from programming_version v where v.cycle_id = c.id) as last_import
                from programming_cycle c where""" + " " + condition + " order by c.created_at desc, c.id desc")
                .params(params)
                .query((rs, n) -> new Cycle(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getInt("nodes"),
                        rs.getInt("versions"),
                        rs.getTimestamp("last_import") == null
                                ? null
                                : rs.getTimestamp("last_import").toInstant()))
                .list();
    }

    public record Version(String label, String filename, int rows, Instant importedAt) {}

    public List<Version> versions(long cycleId) {
        return jdbc.sql(
                        "select label, filename, rows_read, imported_at from programming_version where cycle_id = :c order by imported_at desc")
                .param("c", cycleId)
                .query((rs, n) -> new Version(
                        rs.getString("label"),
                        rs.getString("filename"),
                        rs.getInt("rows_read"),
                        rs.getTimestamp("imported_at").toInstant()))
                .list();
    }

    /** A node of the tree with its children, the bodies acting on it and how many visible proposals are behind it. */
    public record Node(
            long id,
            Long parentId,
            ObjectiveLevel level,
            String titleHtml,
            String titleText,
            String missionCode,
            String programmeCode,
            List<String> bodies,
            int proposals,
            List<Node> children) {}

    /**
     * The upper levels of a cycle's tree (down to {@code deepest}), in two queries: the nodes with their
     * bodies, and the visible proposals linked to each. Deeper levels are read node by node, on their pages.
     */
    public List<Node> tree(long cycleId, ObjectiveLevel deepest) {
        var params = visibility();
        params.put("c", cycleId);
        Map<Long, Integer> linked = new HashMap<>();
        jdbc.sql("""
                select l.node_id, count(*) from proposal_objective_link l join proposal_summary p on p.id = l.proposal_id
                join objective_node n on n.id = l.node_id where n.cycle_id = :c and""" + " " + PROPOSAL_VISIBLE + " group by l.node_id")
                .params(params)
                .query(rs -> {
                    linked.put(rs.getLong(1), rs.getInt(2));
                });
        var levels = Arrays.stream(ObjectiveLevel.values())
                .filter(l -> l.ordinal() <= deepest.ordinal())
                .map(Enum::name)
                .toArray(String[]::new);
        Map<Long, Node> flat = new LinkedHashMap<>();
        Map<Long, List<Long>> childIds = new LinkedHashMap<>();
        jdbc.sql("""
                select n.id, n.parent_id, n.level, n.title_html, n.title_text, n.mission_code, n.programme_code,
                       array(select b.name from objective_node_body nb join programming_body b on b.id = nb.body_id
                             where nb.node_id = n.id order by b.name) as bodies
                from objective_node n where n.cycle_id = :c and n.level = any(:levels)
                order by n.parent_id nulls first, n.position, n.id""").param("c", cycleId).param("levels", levels).query(rs -> {
            long id = rs.getLong("id");
            Long parent = (Long) rs.getObject("parent_id");
            flat.put(
                    id,
                    new Node(
                            id,
                            parent,
                            ObjectiveLevel.valueOf(rs.getString("level")),
                            rs.getString("title_html"),
                            rs.getString("title_text"),
                            rs.getString("mission_code"),
                            rs.getString("programme_code"),
                            List.of((String[]) rs.getArray("bodies").getArray()),
                            linked.getOrDefault(id, 0),
                            List.of()));
            childIds.computeIfAbsent(parent == null ? 0L : parent, k -> new ArrayList<>())
                    .add(id);
        });
        return childIds.getOrDefault(0L, List.of()).stream()
                .map(id -> withChildren(id, flat, childIds))
                .toList();
    }

    private static Node withChildren(long id, Map<Long, Node> flat, Map<Long, List<Long>> childIds) {
        var node = flat.get(id);
        var children = childIds.getOrDefault(id, List.of()).stream()
                .map(c -> withChildren(c, flat, childIds))
                .toList();
        return new Node(
                node.id(),
                node.parentId(),
                node.level(),
                node.titleHtml(),
                node.titleText(),
                node.missionCode(),
                node.programmeCode(),
                node.bodies(),
                node.proposals(),
                children);
    }

    /** A body of the registry, with the others it is probably the same as ({@link Similar}). */
    public record Body(long id, String name, BodyKind kind, List<String> aliases, int actions, List<Similar> similar) {}

    /** Another body whose name or other name differs only in legal form, punctuation or spacing. */
    public record Similar(long id, String name) {}

    public List<Body> bodies() {
        record Row(Body body, String key, List<String> aliasKeys) {}
        var rows = jdbc.sql("""
                select b.id, b.name, b.kind, b.match_key,
                       array(select a.alias from programming_body_alias a where a.body_id = b.id order by a.alias) as aliases,
                       array(select a.match_key from programming_body_alias a where a.body_id = b.id) as alias_keys,
                       (select count(*) from objective_node_body nb where nb.body_id = b.id) as actions
                from programming_body b order by b.name limit 1000""")
                .query((rs, n) -> new Row(
                        new Body(
                                rs.getLong("id"),
                                rs.getString("name"),
                                BodyKind.valueOf(rs.getString("kind")),
                                List.of((String[]) rs.getArray("aliases").getArray()),
                                rs.getInt("actions"),
                                List.of()),
                        rs.getString("match_key"),
                        List.of((String[]) rs.getArray("alias_keys").getArray())))
                .list();
        // the near-duplicates as the import preview finds them, among the bodies already in the registry
        Map<String, String> bodyOfKey = new HashMap<>();
        Map<String, Row> byKey = new HashMap<>();
        for (var row : rows) {
            bodyOfKey.put(row.key(), row.key());
            row.aliasKeys().forEach(alias -> bodyOfKey.put(alias, row.key()));
            byKey.put(row.key(), row);
        }
        var nearDuplicates = new ImportPlan.Registry(bodyOfKey, Map.of()).nearDuplicates();
        return rows.stream()
                .map(row -> {
                    var body = row.body();
                    var similar = nearDuplicates.getOrDefault(row.key(), Set.of()).stream()
                            .map(byKey::get)
                            .map(other ->
                                    new Similar(other.body().id(), other.body().name()))
                            .toList();
                    return new Body(body.id(), body.name(), body.kind(), body.aliases(), body.actions(), similar);
                })
                .toList();
    }

    public record Step(long id, ObjectiveLevel level, String titleText) {}

    public record NodeDetail(
            long id,
            long cycleId,
            String cycleTitle,
            ObjectiveLevel level,
            String titleHtml,
            String titleText,
            String missionCode,
            String programmeCode,
            List<Step> path,
            List<String> bodies,
            List<Step> children,
            List<LinkedProposal> proposals,
            List<HarvestLink> fromMeetings) {}

    /** Something a meeting produced, linked straight to an objective. */
    public record HarvestLink(
            long linkId,
            long meetingId,
            String meetingTitle,
            String text,
            long nodeId,
            String nodeTitle,
            String note) {}

    /** A link as programming keeps it: the harvest entry and its meeting by id. */
    private record HarvestLinkRow(
            long linkId, long meetingId, EntryRef entry, long nodeId, String nodeTitle, String note) {}

    /**
     * The harvest links of the nodes below (and including) a node, or of one meeting; filtered by visibility, and
     * for public pages to meetings whose record is published. The entries' texts and the meetings' titles are
     * their modules' (one lookup each, whatever the number of links).
     */
    private List<HarvestLink> harvestLinks(String condition, Map<String, Object> params, boolean publishedOnly) {
        var rows = jdbc.sql("""
                select l.id, l.meeting_id, l.group_id, l.item_id, n.id as node_id, n.title_text, l.note
                from harvest_objective_link l join objective_node n on n.id = l.node_id where""" + " " + condition + " order by l.linked_at limit 500")
                .params(params)
                .query((rs, n) -> new HarvestLinkRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3) != null
                                ? new EntryRef(true, rs.getLong(3))
                                : new EntryRef(false, rs.getLong(4)),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        var ids = rows.stream().map(HarvestLinkRow::meetingId).distinct().toList();
        var visible = publishedOnly ? meetings.publishedAmong(ids) : meetings.visibleAmong(ids);
        var shown =
                rows.stream().filter(row -> visible.contains(row.meetingId())).toList();
        var titles = meetings.meetings(visible);
        var entries = harvest.entries(shown.stream().map(HarvestLinkRow::entry).toList());
        return shown.stream()
                .filter(row -> titles.containsKey(row.meetingId()) && entries.containsKey(row.entry()))
                .map(row -> new HarvestLink(
                        row.linkId(),
                        row.meetingId(),
                        titles.get(row.meetingId()).title(),
                        entries.get(row.entry()).text(),
                        row.nodeId(),
                        row.nodeTitle(),
                        row.note()))
                .toList();
    }

    public List<HarvestLink> harvestLinksOfMeeting(long meetingId) {
        return harvestLinks("l.meeting_id = :m", new HashMap<>(Map.of("m", meetingId)), false);
    }

    public record LinkedProposal(
            long id, String title, String processTitle, String processSlug, String note, ProposalState state) {}

    public Optional<NodeDetail> node(long nodeId) {
        var params = visibility();
        params.put("n", nodeId);
        var path = jdbc.sql("""
                with recursive up as (
                    select id, parent_id, level, title_text, 0 as depth from objective_node where id = :n
                    union all select o.id, o.parent_id, o.level, o.title_text, up.depth + 1 from objective_node o
                    join up on o.id = up.parent_id)
                select id, level, title_text from up order by depth desc""")
                .param("n", nodeId)
                .query((rs, n) -> new Step(rs.getLong(1), ObjectiveLevel.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
        if (path.isEmpty()) {
            return Optional.empty();
        }
        var children = jdbc.sql(
                        "select id, level, title_text from objective_node where parent_id = :n order by position, id")
                .param("n", nodeId)
                .query((rs, n) -> new Step(rs.getLong(1), ObjectiveLevel.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
        var bodies = jdbc.sql("select b.name from objective_node_body nb join programming_body b on b.id = nb.body_id "
                        + "where nb.node_id = :n order by b.name")
                .param("n", nodeId)
                .query(String.class)
                .list();
        // the proposals behind this node or any node below it
        var found = jdbc.sql("""
                with recursive down as (select id from objective_node where id = :n
                    union all select o.id from objective_node o join down on o.parent_id = down.id)
                select distinct on (p.id) p.id, p.title, pr.title as process_title, pr.slug, l.note
                from proposal_objective_link l join down on down.id = l.node_id
                join proposal_summary p on p.id = l.proposal_id join process_summary pr on pr.id = p.process_id
                where""" + " " + PROPOSAL_VISIBLE + " order by p.id limit 500")
                .params(params)
                .query((rs, n) -> new LinkedProposal(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("process_title"),
                        rs.getString("slug"),
                        rs.getString("note"),
                        null))
                .list();
        // where each stands is the proposals module's answer
        var states = proposalsApi.states(found.stream().map(LinkedProposal::id).toList());
        var proposals = found.stream()
                .map(p -> new LinkedProposal(
                        p.id(), p.title(), p.processTitle(), p.processSlug(), p.note(), states.get(p.id())))
                .toList();
        return jdbc.sql("""
                select n.id, n.cycle_id, c.title as cycle_title, n.level, n.title_html, n.title_text, n.mission_code,
                       n.programme_code from objective_node n join programming_cycle c on c.id = n.cycle_id where n.id = :n""")
                .param("n", nodeId)
                .query((rs, n) -> new NodeDetail(
                        rs.getLong("id"),
                        rs.getLong("cycle_id"),
                        rs.getString("cycle_title"),
                        ObjectiveLevel.valueOf(rs.getString("level")),
                        rs.getString("title_html"),
                        rs.getString("title_text"),
                        rs.getString("mission_code"),
                        rs.getString("programme_code"),
                        path,
                        bodies,
                        children,
                        proposals,
                        harvestLinks("""
                                l.node_id in (with recursive down as (select id from objective_node where id = :n
                                    union all select o.id from objective_node o join down on o.parent_id = down.id)
                                select id from down)""", new HashMap<>(Map.of("n", nodeId)), true)))
                .optional();
    }

    /** Nodes whose text resembles the words typed, for linking a proposal (actions and objectives alike). */
    public List<Step> findNodes(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, level, title_text from objective_node
                where title_text ilike '%' || :q || '%' or similarity(title_text, :q) > 0.2
                order by similarity(title_text, :q) desc, id limit :limit""")
                .param("q", text.strip())
                .param("limit", limit)
                .query((rs, n) -> new Step(rs.getLong(1), ObjectiveLevel.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    public record Link(long nodeId, String titleText, ObjectiveLevel level, String cycleTitle, String note) {}

    public List<Link> linksOf(long proposalId) {
        return jdbc.sql("""
                select n.id, n.title_text, n.level, c.title, l.note from proposal_objective_link l
                join objective_node n on n.id = l.node_id join programming_cycle c on c.id = n.cycle_id
                where l.proposal_id = :p order by l.linked_at""")
                .param("p", proposalId)
                .query((rs, n) -> new Link(
                        rs.getLong(1),
                        rs.getString(2),
                        ObjectiveLevel.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** "What became of the proposals" of a process: each proposal with its current answer, its DUP links and interventions. */
    public record Outcome(
            long proposalId,
            String title,
            ProposalKind kind,
            ProposalState state,
            Answer answer,
            List<Link> links,
            List<InterventionQueries.Summary> interventions) {}

    public record Accountability(
            boolean answered, Instant answeredAt, int total, int withAnswer, List<Outcome> outcomes) {}

    public Accountability accountability(long processId, ProposalState decision) {
        var params = visibility();
        params.put("process", processId);
        Map<Long, List<Link>> links = new HashMap<>();
        jdbc.sql("""
                select l.proposal_id, n.id, n.title_text, n.level, c.title, l.note from proposal_objective_link l
                join proposal_summary p on p.id = l.proposal_id join objective_node n on n.id = l.node_id
                join programming_cycle c on c.id = n.cycle_id where p.process_id = :process order by l.linked_at""").params(params).query(rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Link(
                            rs.getLong(2),
                            rs.getString(3),
                            ObjectiveLevel.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getString(6)));
        });
        var proposals = proposalsApi.outcomes(processId, decision);
        var interventions = this.interventions.forProposals(
                proposals.stream().map(ProposalsApi.Outcome::id).toList());
        List<Outcome> outcomes = proposals.stream()
                .map(p -> new Outcome(
                        p.id(),
                        p.title(),
                        p.kind(),
                        p.state(),
                        p.answer(),
                        links.getOrDefault(p.id(), List.of()),
                        interventions.getOrDefault(p.id(), List.of())))
                .toList();
        var answered = jdbc.sql("select answered_at from process_formal_answer where process_id = :p")
                .param("p", processId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
        var all = decision == null ? proposals : proposalsApi.outcomes(processId, null);
        int withAnswer =
                (int) all.stream().filter(ProposalsApi.Outcome::answered).count();
        return new Accountability(answered.isPresent(), answered.orElse(null), all.size(), withAnswer, outcomes);
    }

    /** A proposal as the back office names it, read in the proposals module's published summary. */
    public record ProposalRef(long id, long processId, String title) {}

    /** The proposal, whatever its visibility: for pages and rules that check permissions themselves. */
    public Optional<ProposalRef> proposal(long proposalId) {
        return jdbc.sql("select id, process_id, title from proposal_summary where id = :id")
                .param("id", proposalId)
                .query((rs, n) -> new ProposalRef(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    /** Where a process's pages are, read in the processes module's published summary. */
    public record ProcessRef(long id, String slug, boolean draft) {}

    /** The process, whatever its visibility: for actions of its team, which check permissions themselves. */
    public Optional<ProcessRef> process(long processId) {
        return jdbc.sql("select id, slug, status from process_summary where id = :id")
                .param("id", processId)
                .query((rs, n) -> new ProcessRef(rs.getLong(1), rs.getString(2), "DRAFT".equals(rs.getString(3))))
                .optional();
    }

    private Map<String, Object> visibility() {
        Map<String, Object> params = new HashMap<>();
        params.put("processes", processes.visibleProcessIds().toArray(Long[]::new));
        params.put("hiddenPhases", processes.hiddenPhaseIds().toArray(Long[]::new));
        return params;
    }
}
