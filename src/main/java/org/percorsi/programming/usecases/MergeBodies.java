package org.percorsi.programming.usecases;

import java.util.Map;
import java.util.stream.Collectors;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator merges two bodies of the registry that are the same one: the
 * survivor takes the other's assignments to actions and its other names, and the
 * merged body's name becomes another name of the survivor, so that later imports
 * writing it still find the survivor. All or nothing, in one transaction.
 */
@Service
public class MergeBodies {

    private final JdbcClient jdbc;

    MergeBodies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Body(long id, String name, String matchKey) {
    }

    @Transactional
    public void handle(MergeBodiesForm form) {
        Caller.requireAdmin();
        if (form.merged() == null) {
            throw new RuleViolation("merged", "NotNull");
        }
        if (form.survivor() == null) {
            throw new RuleViolation("survivor", "NotNull");
        }
        if (form.merged().equals(form.survivor())) {
            throw new RuleViolation("survivor", "programming.body.merge.same");
        }
        // both rows locked, in id order (two merges of the same pair wait instead of deadlocking); an import
        // assigning either body waits too
        Map<Long, Body> bodies = jdbc.sql("select id, name, match_key from programming_body where id in (:m, :s) order by id for update")
                .param("m", form.merged()).param("s", form.survivor())
                .query((rs, n) -> new Body(rs.getLong("id"), rs.getString("name"), rs.getString("match_key")))
                .stream().collect(Collectors.toMap(Body::id, b -> b));
        Body merged = bodies.get(form.merged());
        if (merged == null) {
            throw new RuleViolation("merged", "programming.body.gone");
        }
        if (!bodies.containsKey(form.survivor())) {
            throw new RuleViolation("survivor", "programming.body.gone");
        }
        jdbc.sql("""
                insert into objective_node_body (node_id, body_id)
                select node_id, :s from objective_node_body where body_id = :m on conflict do nothing""")
                .param("s", form.survivor()).param("m", merged.id()).update();
        jdbc.sql("delete from objective_node_body where body_id = :m").param("m", merged.id()).update();
        jdbc.sql("update programming_body_alias set body_id = :s where body_id = :m")
                .param("s", form.survivor()).param("m", merged.id()).update();
        jdbc.sql("delete from programming_body where id = :m").param("m", merged.id()).update();
        // the survivor may already answer to this key (a body renamed to one of its own other names)
        jdbc.sql("insert into programming_body_alias (body_id, alias, match_key) values (:s, :a, :k) on conflict do nothing")
                .param("s", form.survivor()).param("a", merged.name()).param("k", merged.matchKey()).update();
    }
}
