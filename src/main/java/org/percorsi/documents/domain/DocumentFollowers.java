package org.percorsi.documents.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who follows a document, to hear of its new versions. */
@Repository
public class DocumentFollowers {

    private final JdbcClient jdbc;

    DocumentFollowers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the person follows it now (following twice changes nothing). */
    public void follow(long documentId, long accountId) {
        jdbc.sql("insert into document_follower (document_id, account_id) values (:d, :a) on conflict do nothing")
                .param("d", documentId)
                .param("a", accountId)
                .update();
    }

    public void unfollow(long documentId, long accountId) {
        jdbc.sql("delete from document_follower where document_id = :d and account_id = :a")
                .param("d", documentId)
                .param("a", accountId)
                .update();
    }

    public List<Long> of(long documentId) {
        return jdbc.sql("select account_id from document_follower where document_id = :d order by account_id")
                .param("d", documentId)
                .query(Long.class)
                .list();
    }
}
