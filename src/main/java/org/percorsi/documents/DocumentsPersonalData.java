package org.percorsi.documents;

import java.util.List;
import java.util.Map;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What documents keep about a person: the documents they created, the versions they moved on (opened, closed,
 * approved), the review steps they recorded, the documents they follow, and their comments and amendments in
 * consultations, exported with their data. When the account is deleted the documents stay, as the
 * municipality's record, without the link to the person; comments and amendments stay too, as proposals'
 * comments do, under "deleted participant" (the anonymised account keeps no name), so a consultation's report
 * and the credits of accepted amendments do not change.
 */
@Component
class DocumentsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    DocumentsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "documents";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        List<Map<String, Object>> created =
                jdbc.sql("""
                        select d.title, p.title as process, d.created_at
                        from document d join process_summary p on p.id = d.process_id
                        where d.created_by = :id order by d.created_at""").param("id", accountId).query().listOfRows();
        List<Map<String, Object>> versions =
                jdbc.sql("""
                        select d.title, v.number as version, v.state, v.created_at
                        from document_version v join document d on d.id = v.document_id
                        where v.recorded_by = :id order by v.created_at""").param("id", accountId).query().listOfRows();
        List<Map<String, Object>> followed =
                jdbc.sql("""
                        select d.title, f.followed_at from document_follower f join document d on d.id = f.document_id
                        where f.account_id = :id order by f.followed_at""").param("id", accountId).query().listOfRows();
        List<Map<String, Object>> reviews =
                jdbc.sql("""
                        select d.title, v.number as version, r.step, r.done_on, r.recorded_at
                        from document_review r join document_version v on v.id = r.version_id
                        join document d on d.id = v.document_id
                        where r.recorded_by = :id order by r.recorded_at""").param("id", accountId).query().listOfRows();
        List<Map<String, Object>> comments =
                jdbc.sql("""
                        select d.title as document, v.number as version, c.quote, c.body, c.hidden, c.created_at
                        from document_comment c join document_version v on v.id = c.version_id
                        join document d on d.id = v.document_id
                        where c.author_id = :id order by c.created_at""").param("id", accountId).query().listOfRows();
        List<Map<String, Object>> amendments =
                jdbc.sql("""
                        select d.title as document, v.number as version, a.replacement, a.reason, a.state, a.answer,
                               a.created_at, a.decided_at
                        from document_amendment a join document_version v on v.id = a.version_id
                        join document d on d.id = v.document_id
                        where a.author_id = :id order by a.created_at""").param("id", accountId).query().listOfRows();
        // the ente's acts and monitoring updates this person recorded or published (issue #17)
        List<Map<String, Object>> acts =
                jdbc.sql("""
                        select d.title, v.number as version, a.kind, a.number, a.adopted_on, a.recorded_at,
                               a.published_at, a.published_by = :id as published_by_you
                        from document_act a join document_version v on v.id = a.version_id
                        join document d on d.id = v.document_id
                        where a.recorded_by = :id or a.published_by = :id order by a.recorded_at""").param("id", accountId).query().listOfRows();
        List<Map<String, Object>> actUpdates =
                jdbc.sql("""
                        select d.title, u.happened_on, u.progress, u.note, u.recorded_at
                        from document_act_update u join document_act a on a.id = u.act_id
                        join document_version v on v.id = a.version_id join document d on d.id = v.document_id
                        where u.recorded_by = :id order by u.recorded_at""").param("id", accountId).query().listOfRows();
        return Map.of(
                "acts", acts,
                "actUpdates", actUpdates,
                "created", created,
                "versions", versions,
                "reviews", reviews,
                "followed", followed,
                "comments", comments,
                "amendments", amendments);
    }

    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        jdbc.sql("update document set created_by = null where created_by = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("update document_version set recorded_by = null where recorded_by = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("delete from document_follower where account_id = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("update document_review set recorded_by = null where recorded_by = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("update document_amendment set decided_by = null where decided_by = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("update document_act set recorded_by = null where recorded_by = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("update document_act set published_by = null where published_by = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("update document_act_update set recorded_by = null where recorded_by = :id")
                .param("id", deleted.accountId())
                .update();
    }
}
