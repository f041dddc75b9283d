package org.percorsi.programming.usecases;

import org.percorsi.programming.BodyKind;
import org.percorsi.programming.dup.MatchKey;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of bodies: administrators correct a body's kind and name and add the
 * other names it goes by in the documents, so that later imports match them.
 */
@Service
public class ManageBodies {

    private final JdbcClient jdbc;

    ManageBodies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void update(long bodyId, String name, BodyKind kind) {
        Caller.requireAdmin();
        String key = key("name", name);
        if (kind == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        if (taken(key, bodyId)) {
            throw new RuleViolation("name", "programming.body.taken");
        }
        if (jdbc.sql("update programming_body set name = :n, kind = :k, match_key = :m where id = :id")
                .param("n", name.strip()).param("k", kind.name()).param("m", key).param("id", bodyId).update() == 0) {
            throw new NotFoundException("body " + bodyId);
        }
    }

    @Transactional
    public void addAlias(long bodyId, String alias) {
        Caller.requireAdmin();
        String key = key("alias", alias);
        if (taken(key, bodyId)) {
            throw new RuleViolation("alias", "programming.body.taken");
        }
        if (jdbc.sql("select count(*) from programming_body where id = :id").param("id", bodyId).query(Integer.class).single() == 0) {
            throw new NotFoundException("body " + bodyId);
        }
        jdbc.sql("insert into programming_body_alias (body_id, alias, match_key) values (:b, :a, :k) on conflict do nothing")
                .param("b", bodyId).param("a", alias.strip()).param("k", key).update();
    }

    /** Whether another body already answers to this key, by its name or an alias. */
    private boolean taken(String key, long bodyId) {
        return jdbc.sql("""
                select count(*) from (select id from programming_body where match_key = :k and id <> :id
                    union all select body_id from programming_body_alias where match_key = :k and body_id <> :id) t""")
                .param("k", key).param("id", bodyId).query(Integer.class).single() > 0;
    }

    private static String key(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
        if (text.strip().length() > 300) {
            throw new RuleViolation(field, "Size", 0, 300);
        }
        String key = MatchKey.of(text);
        if (key.isEmpty()) {
            throw new RuleViolation(field, "NotBlank");
        }
        return key;
    }
}
