package org.percorsi.documents.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of the ente's act on a final document's version, its answers item by item and its monitoring updates.
 * The database refuses a change to a published act and a publication the rules do not allow.
 */
@Repository
public class EnteActStore {

    private final JdbcClient jdbc;

    EnteActStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document's kind and the number of its latest version out of draft (null while every one is a draft). */
    public record Latest(String kind, Integer outOfDraft) {}

    public Latest latestOutOfDraft(long documentId) {
        return jdbc.sql("""
                        select d.kind, (select max(number) from document_version v
                                        where v.document_id = d.id and v.state <> 'DRAFT') as number
                        from document d where d.id = :d""")
                .param("d", documentId)
                .query((rs, n) -> new Latest(rs.getString("kind"), rs.getObject("number", Integer.class)))
                .single();
    }

    /** The act of a version, locked: its id, when it was adopted and published (null while it is prepared). */
    public record ActRow(long id, LocalDate adoptedOn, Instant publishedAt, UUID fileId) {}

    public Optional<ActRow> lockOfVersion(long versionId) {
        return jdbc.sql(
                        "select id, adopted_on, published_at, file_id from document_act where version_id = :v for update")
                .param("v", versionId)
                .query((rs, n) -> new ActRow(
                        rs.getLong("id"),
                        rs.getObject("adopted_on", LocalDate.class),
                        rs.getTimestamp("published_at") == null
                                ? null
                                : rs.getTimestamp("published_at").toInstant(),
                        rs.getObject("file_id", UUID.class)))
                .optional();
    }

    /** What the act says of itself, as its form saves it. */
    public record Details(String kind, String number, LocalDate adoptedOn, String url, String summary) {}

    public long create(long versionId, Details details, Long by) {
        return jdbc.sql("""
                insert into document_act (version_id, kind, number, adopted_on, url, summary, recorded_by)
                values (:v, :k, :n, :on, :u, :s, :by) returning id""")
                .param("v", versionId)
                .param("k", details.kind())
                .param("n", details.number())
                .param("on", details.adoptedOn())
                .param("u", details.url())
                .param("s", details.summary())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public void update(long actId, Details details, Long by) {
        jdbc.sql("""
                update document_act set kind = :k, number = :n, adopted_on = :on, url = :u, summary = :s,
                       recorded_by = :by, recorded_at = now()
                where id = :a""")
                .param("k", details.kind())
                .param("n", details.number())
                .param("on", details.adoptedOn())
                .param("u", details.url())
                .param("s", details.summary())
                .param("by", by)
                .param("a", actId)
                .update();
    }

    public void attachFile(long actId, UUID fileId, String fileName) {
        jdbc.sql("update document_act set file_id = :f, file_name = :n where id = :a")
                .param("f", fileId)
                .param("n", fileName)
                .param("a", actId)
                .update();
    }

    /** The answer to an item: its decision (null: not yet chosen) and motivation. */
    public void answer(long actId, long itemId, String decision, String motivation) {
        jdbc.sql("""
                insert into document_act_item (act_id, item_id, decision, motivation) values (:a, :i, :d, :m)
                on conflict (act_id, item_id) do update set decision = excluded.decision, motivation = excluded.motivation""")
                .param("a", actId)
                .param("i", itemId)
                .param("d", decision)
                .param("m", motivation)
                .update();
    }

    /** An item of the version and what the act answers it (nulls while unanswered). */
    public record ItemAnswer(long itemId, int position, String title, String decision, String motivation) {}

    public List<ItemAnswer> answers(long actId) {
        return jdbc.sql("""
                select i.id, i.position, i.title, a.decision, a.motivation
                from document_act x join document_item i on i.version_id = x.version_id
                left join document_act_item a on a.act_id = x.id and a.item_id = i.id
                where x.id = :a order by i.position""")
                .param("a", actId)
                .query((rs, n) ->
                        new ItemAnswer(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The ids of the version's items. */
    public List<Long> itemIds(long versionId) {
        return jdbc.sql("select id from document_item where version_id = :v order by position")
                .param("v", versionId)
                .query(Long.class)
                .list();
    }

    public void publish(long actId, Instant at, Long by) {
        jdbc.sql("update document_act set published_at = :at, published_by = :by where id = :a")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("a", actId)
                .update();
    }

    /** When the version was sent to the ente (null if it was not). */
    public LocalDate sentOn(long versionId) {
        return jdbc.sql("select done_on from document_review where version_id = :v and step = 'SENT'")
                .param("v", versionId)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    /** The act an update belongs to (empty when there is no such update). */
    public Optional<Long> actOfUpdate(long updateId) {
        return jdbc.sql("select act_id from document_act_update where id = :u")
                .param("u", updateId)
                .query(Long.class)
                .optional();
    }

    public long addUpdate(long actId, Long itemId, LocalDate on, String progress, String note, Long corrects, Long by) {
        return jdbc.sql("""
                insert into document_act_update (act_id, item_id, happened_on, progress, note, corrects, recorded_by)
                values (:a, :i, :on, :p, :n, :c, :by) returning id""")
                .param("a", actId)
                .param("i", itemId)
                .param("on", on)
                .param("p", progress)
                .param("n", note)
                .param("c", corrects)
                .param("by", by)
                .query(Long.class)
                .single();
    }
}
