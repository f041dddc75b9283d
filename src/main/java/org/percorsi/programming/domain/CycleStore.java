package org.percorsi.programming.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of programming cycles ("DUP 2022/2024"); their trees are the {@link ObjectiveStore}'s. */
@Repository
public class CycleStore {

    private final JdbcClient jdbc;

    CycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long cycleId) {
        return jdbc.sql("select count(*) from programming_cycle where id = :c")
                        .param("c", cycleId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Whether a cycle already has this title, whatever its case. */
    public boolean titleTaken(String title) {
        return jdbc.sql("select count(*) from programming_cycle where lower(title) = lower(:t)")
                        .param("t", title)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public long insert(String title, String description) {
        return jdbc.sql("insert into programming_cycle (title, description) values (:t, :d) returning id")
                .param("t", title)
                .param("d", description)
                .query(Long.class)
                .single();
    }

    /** Locks the cycle's row until the transaction ends: imports into one cycle queue here. */
    public void lock(long cycleId) {
        jdbc.sql("select id from programming_cycle where id = :c for update")
                .param("c", cycleId)
                .query(Long.class)
                .single();
    }
}
