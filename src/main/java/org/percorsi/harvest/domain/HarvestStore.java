package org.percorsi.harvest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of a meeting's harvest. Every statement names the meeting, so an id from
 * another meeting matches nothing (and the foreign keys say the same).
 */
@Repository
public class HarvestStore {

    private final JdbcClient jdbc;

    HarvestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long addGroup(long meetingId, String kind, String label, String host, Integer people) {
        return jdbc.sql("""
                insert into harvest_group (meeting_id, kind, label, host, people, position)
                values (:m, :k, :l, :h, :p, (select coalesce(max(position), 0) + 1 from harvest_group where meeting_id = :m and kind = :k))
                returning id""")
                .param("m", meetingId)
                .param("k", kind)
                .param("l", label)
                .param("h", host)
                .param("p", people)
                .query(Long.class)
                .single();
    }

    public long addRound(long meetingId, String question) {
        return jdbc.sql("""
                insert into harvest_round (meeting_id, number, question)
                values (:m, (select coalesce(max(number), 0) + 1 from harvest_round where meeting_id = :m), :q)
                returning id""")
                .param("m", meetingId)
                .param("q", question)
                .query(Long.class)
                .single();
    }

    public long addItem(long meetingId, String kind, Long tableId, Long roundId, Long clusterId, String body) {
        return jdbc.sql("""
                insert into harvest_item (meeting_id, kind, table_id, round_id, cluster_id, body)
                values (:m, :k, :t, :r, :c, :b) returning id""")
                .param("m", meetingId)
                .param("k", kind)
                .param("t", tableId)
                .param("r", roundId)
                .param("c", clusterId)
                .param("b", body)
                .query(Long.class)
                .single();
    }

    /** The kind of a group of this meeting (TABLE, CLUSTER, ...), if it is one of its groups. */
    public Optional<String> groupKind(long meetingId, long groupId) {
        return jdbc.sql("select kind from harvest_group where meeting_id = :m and id = :id")
                .param("m", meetingId)
                .param("id", groupId)
                .query(String.class)
                .optional();
    }

    public boolean roundExists(long meetingId, long roundId) {
        return jdbc.sql("select count(*) from harvest_round where meeting_id = :m and id = :id")
                        .param("m", meetingId)
                        .param("id", roundId)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    public boolean setGroupDots(long meetingId, long groupId, int dots) {
        return jdbc.sql("update harvest_group set dots = :d where meeting_id = :m and id = :id")
                        .param("d", dots)
                        .param("m", meetingId)
                        .param("id", groupId)
                        .update()
                == 1;
    }

    public boolean setItemDots(long meetingId, long itemId, int dots) {
        return jdbc.sql("update harvest_item set dots = :d where meeting_id = :m and id = :id")
                        .param("d", dots)
                        .param("m", meetingId)
                        .param("id", itemId)
                        .update()
                == 1;
    }

    public boolean assignCluster(long meetingId, long itemId, Long clusterId) {
        return jdbc.sql("update harvest_item set cluster_id = :c where meeting_id = :m and id = :id")
                        .param("c", clusterId)
                        .param("m", meetingId)
                        .param("id", itemId)
                        .update()
                == 1;
    }

    public boolean removeItem(long meetingId, long itemId) {
        return jdbc.sql("delete from harvest_item where meeting_id = :m and id = :id and proposal_id is null")
                        .param("m", meetingId)
                        .param("id", itemId)
                        .update()
                == 1;
    }

    public boolean removeGroup(long meetingId, long groupId) {
        return jdbc.sql("""
                delete from harvest_group g where g.meeting_id = :m and g.id = :id and g.proposal_id is null
                  and not exists (select 1 from harvest_item i where i.table_id = g.id and i.proposal_id is not null)""").param("m", meetingId).param("id", groupId).update() == 1;
    }

    /** The poll with its options; returns the options' ids, in order. */
    public List<Long> addPoll(long meetingId, String question, List<String> options) {
        long poll = jdbc.sql("insert into harvest_poll (meeting_id, question) values (:m, :q) returning id")
                .param("m", meetingId)
                .param("q", question)
                .query(Long.class)
                .single();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < options.size(); i++) {
            ids.add(jdbc.sql(
                            "insert into harvest_poll_option (poll_id, label, position) values (:p, :l, :i) returning id")
                    .param("p", poll)
                    .param("l", options.get(i))
                    .param("i", i)
                    .query(Long.class)
                    .single());
        }
        return ids;
    }

    /** Whether the option belongs to a poll of this meeting. */
    public boolean optionOfMeeting(long meetingId, long optionId) {
        return jdbc.sql("select count(*) from harvest_poll_option o join harvest_poll p on p.id = o.poll_id "
                                + "where p.meeting_id = :m and o.id = :o")
                        .param("m", meetingId)
                        .param("o", optionId)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    public void setVotes(long optionId, Long tableId, int votes) {
        jdbc.sql("""
                insert into harvest_poll_result (option_id, table_id, votes) values (:o, :t, :v)
                on conflict (option_id, (coalesce(table_id, 0))) do update set votes = excluded.votes""").param("o", optionId).param("t", tableId).param("v", votes).update();
    }

    /** What a group or item says, and whether it already became a proposal. */
    public record Source(String kind, String text, String detail, Long proposalId, Long tableId, Long roundId) {}

    /**
     * The group, its row locked until the transaction ends: two facilitators turning it into a proposal at once
     * queue here, and the second finds it already proposed.
     */
    public Optional<Source> lockGroup(long meetingId, long groupId) {
        return jdbc.sql(
                        "select kind, label, host, proposal_id from harvest_group where meeting_id = :m and id = :id for update")
                .param("m", meetingId)
                .param("id", groupId)
                .query((rs, n) -> new Source(
                        rs.getString("kind"),
                        rs.getString("label"),
                        rs.getString("host"),
                        (Long) rs.getObject("proposal_id"),
                        null,
                        null))
                .optional();
    }

    /** The item, its row locked until the transaction ends (see {@link #lockGroup}). */
    public Optional<Source> lockItem(long meetingId, long itemId) {
        return jdbc.sql("""
                select kind, body, proposal_id, table_id, round_id from harvest_item
                where meeting_id = :m and id = :id for update""")
                .param("m", meetingId)
                .param("id", itemId)
                .query((rs, n) -> new Source(
                        rs.getString("kind"),
                        rs.getString("body"),
                        null,
                        (Long) rs.getObject("proposal_id"),
                        (Long) rs.getObject("table_id"),
                        (Long) rs.getObject("round_id")))
                .optional();
    }

    public Optional<String> groupLabel(long groupId) {
        return jdbc.sql("select label from harvest_group where id = :id")
                .param("id", groupId)
                .query(String.class)
                .optional();
    }

    public Optional<String> roundLabel(long roundId) {
        return jdbc.sql("select number || '. ' || question from harvest_round where id = :id")
                .param("id", roundId)
                .query(String.class)
                .optional();
    }

    /** Marks the source as turned into a proposal; false if another request did it first. */
    public boolean markProposed(long meetingId, boolean group, long id, long proposalId) {
        return jdbc.sql("update " + (group ? "harvest_group" : "harvest_item")
                                + " set proposal_id = :p where meeting_id = :m and id = :id and proposal_id is null")
                        .param("p", proposalId)
                        .param("m", meetingId)
                        .param("id", id)
                        .update()
                == 1;
    }
}
