package org.percorsi.proposals.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of the links from an idea to the needs it answers. */
@Repository
public class NeedLinkStore {

    private final JdbcClient jdbc;

    NeedLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the idea already answered that need. */
    public boolean link(long ideaId, long needId, Long linkedBy) {
        return jdbc.sql("""
                                insert into proposal_need_link (idea_id, need_id, linked_by) values (:i, :n, :by)
                                on conflict do nothing""")
                        .param("i", ideaId)
                        .param("n", needId)
                        .param("by", linkedBy)
                        .update()
                > 0;
    }

    public boolean unlink(long ideaId, long needId) {
        return jdbc.sql("delete from proposal_need_link where idea_id = :i and need_id = :n")
                        .param("i", ideaId)
                        .param("n", needId)
                        .update()
                > 0;
    }
}
