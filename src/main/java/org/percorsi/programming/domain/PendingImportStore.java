package org.percorsi.programming.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * DUP tables kept aside between an import's preview and its confirmation, so the
 * confirmation applies the very file that was previewed.
 */
@Repository
public class PendingImportStore {

    private final JdbcClient jdbc;

    PendingImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Pending(String label, String filename, byte[] content) {}

    public void keep(UUID id, long cycleId, String label, String filename, byte[] content, Long by) {
        jdbc.sql("""
                insert into programming_pending_import (id, cycle_id, label, filename, content, created_by)
                values (:id, :c, :l, :f, :content, :by)""")
                .param("id", id)
                .param("c", cycleId)
                .param("l", label)
                .param("f", filename)
                .param("content", content)
                .param("by", by)
                .update();
    }

    /** The pending import, if it is one of this cycle. */
    public Optional<Pending> find(long cycleId, UUID id) {
        return jdbc.sql(
                        "select label, filename, content from programming_pending_import where id = :id and cycle_id = :c")
                .param("id", id)
                .param("c", cycleId)
                .query((rs, n) -> new Pending(rs.getString("label"), rs.getString("filename"), rs.getBytes("content")))
                .optional();
    }

    public void discard(UUID id) {
        jdbc.sql("delete from programming_pending_import where id = :id")
                .param("id", id)
                .update();
    }
}
