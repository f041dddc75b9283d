package org.percorsi.programming.usecases;

import org.percorsi.shared.security.Caller;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator removes a body from the registry (with its other names) when no
 * action is assigned to it; one that is still assigned is refused: merging it into
 * another body is the way to remove it.
 */
@Service
public class DeleteBody {

    private final JdbcClient jdbc;

    DeleteBody(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void handle(long bodyId) {
        Caller.requireAdmin();
        // the lock makes an import assigning the body wait, so the count stays true until the deletion
        String name = jdbc.sql("select name from programming_body where id = :id for update").param("id", bodyId)
                .query(String.class).optional().orElseThrow(() -> new NotFoundException("body " + bodyId));
        int actions = jdbc.sql("select count(*) from objective_node_body where body_id = :id").param("id", bodyId)
                .query(Integer.class).single();
        if (actions > 0) {
            throw RuleViolation.global("programming.body.inUse", name, actions);
        }
        jdbc.sql("delete from programming_body where id = :id").param("id", bodyId).update();
    }
}
