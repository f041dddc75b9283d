package org.percorsi.programming.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipality's declaration that a process's proposals are all answered. */
@Repository
public class FormalAnswerStore {

    private final JdbcClient jdbc;

    FormalAnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the declaration; declaring it again keeps the first one. */
    public void record(long processId, Long by) {
        jdbc.sql("insert into process_formal_answer (process_id, answered_by) values (:p, :by) on conflict do nothing")
                .param("p", processId)
                .param("by", by)
                .update();
    }
}
