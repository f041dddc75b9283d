package org.percorsi.programming.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Links from participation to the programming: a meeting's harvest (a card or a
 * cluster) or a proposal carried to an objective or action, with a note.
 */
@Repository
public class ObjectiveLinkStore {

    private final JdbcClient jdbc;

    ObjectiveLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Links a harvest entry: a card (item) or, when {@code group}, a cluster of cards; linking it again changes nothing. */
    public void linkHarvest(long meetingId, boolean group, long entryId, long nodeId, String note, Long by) {
        jdbc.sql("""
                insert into harvest_objective_link (meeting_id, item_id, group_id, node_id, note, linked_by)
                values (:m, :item, :group, :n, :note, :by) on conflict do nothing""")
                .param("m", meetingId)
                .param("item", group ? null : entryId)
                .param("group", group ? entryId : null)
                .param("n", nodeId)
                .param("note", note)
                .param("by", by)
                .update();
    }

    public void unlinkHarvest(long meetingId, long linkId) {
        jdbc.sql("delete from harvest_objective_link where id = :id and meeting_id = :m")
                .param("id", linkId)
                .param("m", meetingId)
                .update();
    }

    /** Links a proposal; linking it again to the same objective replaces the note. */
    public void linkProposal(long proposalId, long nodeId, String note, Long by) {
        jdbc.sql("""
                insert into proposal_objective_link (proposal_id, node_id, note, linked_by) values (:p, :n, :note, :by)
                on conflict (proposal_id, node_id) do update set note = excluded.note, linked_by = excluded.linked_by,
                    linked_at = now()""")
                .param("p", proposalId)
                .param("n", nodeId)
                .param("note", note)
                .param("by", by)
                .update();
    }

    public void unlinkProposal(long proposalId, long nodeId) {
        jdbc.sql("delete from proposal_objective_link where proposal_id = :p and node_id = :n")
                .param("p", proposalId)
                .param("n", nodeId)
                .update();
    }
}
