package org.percorsi.documents.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of what a draft draws on: the citations of its paragraphs and the items of a final document. Every
 * statement names the version, which the caller has locked as a draft; the database refuses any change to them
 * once the version is out of draft.
 */
@Repository
public class ProvenanceStore {

    private final JdbcClient jdbc;

    ProvenanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isFinalDocument(long documentId) {
        return jdbc.sql("select kind = 'FINAL_DOCUMENT' from document where id = :d")
                .param("d", documentId)
                .query(Boolean.class)
                .single();
    }

    /** Whether the version has a paragraph (not a heading) with this key. */
    public boolean hasParagraph(long versionId, UUID blockKey) {
        return jdbc.sql("""
                select exists (select 1 from document_block where version_id = :v and block_key = :k
                               and kind = 'PARAGRAPH')""")
                .param("v", versionId)
                .param("k", blockKey)
                .query(Boolean.class)
                .single();
    }

    /** Cites a source on a paragraph; citing it again changes nothing. */
    public void cite(long versionId, UUID blockKey, Long proposalId, Long harvestItemId) {
        jdbc.sql("""
                insert into document_citation (version_id, block_key, source_kind, proposal_id, harvest_item_id)
                values (:v, :k, case when cast(:p as bigint) is not null then 'PROPOSAL' else 'HARVEST_ITEM' end,
                        :p, :h)
                on conflict do nothing""")
                .param("v", versionId)
                .param("k", blockKey)
                .param("p", proposalId)
                .param("h", harvestItemId)
                .update();
    }

    /** Cites a decision of the negotiation table on a paragraph; citing it again changes nothing. */
    public void citeDecision(long versionId, UUID blockKey, long decisionId) {
        jdbc.sql("""
                insert into document_citation (version_id, block_key, source_kind, table_decision_id)
                values (:v, :k, 'TABLE_DECISION', :d)
                on conflict do nothing""")
                .param("v", versionId)
                .param("k", blockKey)
                .param("d", decisionId)
                .update();
    }

    public int removeCitation(long versionId, long citationId) {
        return jdbc.sql("delete from document_citation where id = :id and version_id = :v")
                .param("id", citationId)
                .param("v", versionId)
                .update();
    }

    /** The next version starts with the citations and the items of the one it continues. */
    public void copy(long fromVersionId, long toVersionId) {
        jdbc.sql("""
                insert into document_citation (version_id, block_key, source_kind, proposal_id, harvest_item_id,
                                               table_decision_id)
                select :to, block_key, source_kind, proposal_id, harvest_item_id, table_decision_id from document_citation
                where version_id = :from order by id""").param("from", fromVersionId).param("to", toVersionId).update();
        jdbc.sql("""
                insert into document_item (version_id, position, title, body, proposal_id, harvest_item_id)
                select :to, position, title, body, proposal_id, harvest_item_id from document_item
                where version_id = :from order by position""").param("from", fromVersionId).param("to", toVersionId).update();
    }

    public boolean hasItemFor(long versionId, long proposalId) {
        return jdbc.sql("select exists (select 1 from document_item where version_id = :v and proposal_id = :p)")
                .param("v", versionId)
                .param("p", proposalId)
                .query(Boolean.class)
                .single();
    }

    /** Adds an item at the end of the version's list. */
    public void addItem(long versionId, String title, String body, long proposalId, Long harvestItemId) {
        jdbc.sql("""
                insert into document_item (version_id, position, title, body, proposal_id, harvest_item_id)
                values (:v, (select coalesce(max(position) + 1, 0) from document_item where version_id = :v),
                        :t, :b, :p, :h)""")
                .param("v", versionId)
                .param("t", title)
                .param("b", body)
                .param("p", proposalId)
                .param("h", harvestItemId)
                .update();
    }

    public Optional<Integer> itemPosition(long versionId, long itemId) {
        return jdbc.sql("select position from document_item where id = :id and version_id = :v")
                .param("id", itemId)
                .param("v", versionId)
                .query(Integer.class)
                .optional();
    }

    /** Swaps the item with its neighbour above (or below); nothing at either end of the list. */
    public void move(long versionId, long itemId, boolean up) {
        jdbc.sql("""
                with me as (select id, position from document_item where id = :id and version_id = :v),
                     other as (select o.id, o.position from document_item o, me
                               where o.version_id = :v and (case when :up then o.position < me.position
                                                                 else o.position > me.position end)
                               order by case when :up then -o.position else o.position end limit 1)
                update document_item i set position = case when i.id = me.id then other.position else me.position end
                from me, other where i.id in (me.id, other.id)""").param("id", itemId).param("v", versionId).param("up", up).update();
    }

    public int removeItem(long versionId, long itemId) {
        return jdbc.sql("delete from document_item where id = :id and version_id = :v")
                .param("id", itemId)
                .param("v", versionId)
                .update();
    }
}
