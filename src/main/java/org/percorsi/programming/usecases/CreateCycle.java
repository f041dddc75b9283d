package org.percorsi.programming.usecases;

import org.percorsi.shared.security.Caller;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator opens a programming cycle, e.g. "DUP 2022/2024"; its tree comes from imports. */
@Service
public class CreateCycle {

    private final JdbcClient jdbc;

    CreateCycle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long handle(String title, String description) {
        Caller.requireAdmin();
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "NotBlank");
        }
        if (title.strip().length() > 200) {
            throw new RuleViolation("title", "Size", 0, 200);
        }
        if (jdbc.sql("select count(*) from programming_cycle where lower(title) = lower(:t)").param("t", title.strip())
                .query(Integer.class).single() > 0) {
            throw new RuleViolation("title", "programming.cycle.exists");
        }
        return jdbc.sql("insert into programming_cycle (title, description) values (:t, :d) returning id")
                .param("t", title.strip()).param("d", description == null || description.isBlank() ? null : description.strip())
                .query(Long.class).single();
    }
}
