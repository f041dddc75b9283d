package org.percorsi.harvest.queries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's harvest, read in five queries whatever its size, shaped for its pages. */
@Service
@Transactional(readOnly = true)
public class HarvestQueries {

    private final JdbcClient jdbc;

    HarvestQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Group(long id, String kind, String label, String host, Integer people, int dots, Long proposalId) {}

    public record Round(long id, int number, String question) {}

    public record Item(
            long id, String kind, Long tableId, Long roundId, Long clusterId, String body, int dots, Long proposalId) {}

    public record Option(long id, String label, Map<Long, Integer> votesByTable, int total) {

        /** Votes at a table; 0 when none were recorded there. */
        public int at(Long tableId) {
            return votesByTable.getOrDefault(tableId == null ? 0L : tableId, 0);
        }
    }

    public record Poll(long id, String question, List<Option> options) {}

    /** A cluster or theme with its cards and the dots they gathered together. */
    public record Ranked(Group group, List<Item> items, int totalDots) {}

    public record Harvest(List<Group> groups, List<Round> rounds, List<Item> items, List<Poll> polls) {

        /** Nothing to show (a harvest not yet published). */
        public static final Harvest NONE = new Harvest(List.of(), List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return groups.isEmpty() && rounds.isEmpty() && items.isEmpty() && polls.isEmpty();
        }

        public List<Group> groups(String kind) {
            return groups.stream().filter(g -> g.kind().equals(kind)).toList();
        }

        public List<Item> items(String kind) {
            return items.stream().filter(i -> i.kind().equals(kind)).toList();
        }

        /** World café: the notes of one table in one round. */
        public List<Item> notesAt(long tableId, long roundId) {
            return items.stream()
                    .filter(i -> i.kind().equals("NOTE")
                            && Long.valueOf(tableId).equals(i.tableId())
                            && Long.valueOf(roundId).equals(i.roundId()))
                    .toList();
        }

        public List<Item> itemsOf(String kind, Long clusterId) {
            return items.stream()
                    .filter(i -> i.kind().equals(kind) && Objects.equals(clusterId, i.clusterId()))
                    .toList();
        }

        public List<Item> itemsAtTable(String kind, long tableId) {
            return items.stream()
                    .filter(i -> i.kind().equals(kind) && Long.valueOf(tableId).equals(i.tableId()))
                    .toList();
        }

        public List<Item> answersTo(long roundId) {
            return items.stream()
                    .filter(i ->
                            i.kind().equals("ANSWER") && Long.valueOf(roundId).equals(i.roundId()))
                    .toList();
        }

        /** Metaplan: clusters ranked by their dots plus their cards' dots, most first. */
        public List<Ranked> ranking() {
            return groups("CLUSTER").stream()
                    .map(g -> {
                        var cards = itemsOf("CARD", g.id()).stream()
                                .sorted(Comparator.comparingInt(Item::dots).reversed())
                                .toList();
                        return new Ranked(
                                g,
                                cards,
                                g.dots() + cards.stream().mapToInt(Item::dots).sum());
                    })
                    .sorted(Comparator.comparingInt(Ranked::totalDots).reversed())
                    .toList();
        }

        public String label(Long groupId) {
            return groups.stream()
                    .filter(g -> Long.valueOf(g.id()).equals(groupId))
                    .map(Group::label)
                    .findFirst()
                    .orElse("");
        }
    }

    public Harvest of(long meetingId) {
        var groups = jdbc.sql("select * from harvest_group where meeting_id = :m order by kind, position, id")
                .param("m", meetingId)
                .query((rs, n) -> new Group(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("label"),
                        rs.getString("host"),
                        (Integer) rs.getObject("people"),
                        rs.getInt("dots"),
                        (Long) rs.getObject("proposal_id")))
                .list();
        var rounds = jdbc.sql("select * from harvest_round where meeting_id = :m order by number")
                .param("m", meetingId)
                .query((rs, n) -> new Round(rs.getLong("id"), rs.getInt("number"), rs.getString("question")))
                .list();
        var items = jdbc.sql("select * from harvest_item where meeting_id = :m order by id")
                .param("m", meetingId)
                .query((rs, n) -> new Item(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        (Long) rs.getObject("table_id"),
                        (Long) rs.getObject("round_id"),
                        (Long) rs.getObject("cluster_id"),
                        rs.getString("body"),
                        rs.getInt("dots"),
                        (Long) rs.getObject("proposal_id")))
                .list();
        Map<Long, Map<Long, Integer>> votes = new HashMap<>();
        jdbc.sql("""
                select r.option_id, coalesce(r.table_id, 0) as table_id, r.votes from harvest_poll_result r
                join harvest_poll_option o on o.id = r.option_id join harvest_poll p on p.id = o.poll_id
                where p.meeting_id = :m""").param("m", meetingId).query(rs -> {
            votes.computeIfAbsent(rs.getLong("option_id"), k -> new HashMap<>())
                    .put(rs.getLong("table_id"), rs.getInt("votes"));
        });
        Map<Long, ArrayList<Option>> options = new HashMap<>();
        jdbc.sql("""
                select o.id, o.poll_id, o.label from harvest_poll_option o join harvest_poll p on p.id = o.poll_id
                where p.meeting_id = :m order by o.poll_id, o.position""").param("m", meetingId).query(rs -> {
            var byTable = votes.getOrDefault(rs.getLong("id"), Map.of());
            options.computeIfAbsent(rs.getLong("poll_id"), k -> new ArrayList<>())
                    .add(new Option(
                            rs.getLong("id"),
                            rs.getString("label"),
                            byTable,
                            byTable.values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum()));
        });
        var polls = jdbc.sql("select id, question from harvest_poll where meeting_id = :m order by id")
                .param("m", meetingId)
                .query((rs, n) -> new Poll(
                        rs.getLong("id"),
                        rs.getString("question"),
                        List.copyOf(options.getOrDefault(rs.getLong("id"), new ArrayList<>()))))
                .list();
        return new Harvest(groups, rounds, items, polls);
    }
}
