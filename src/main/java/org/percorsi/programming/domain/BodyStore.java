package org.percorsi.programming.domain;

import java.util.List;
import java.util.Optional;
import org.percorsi.programming.BodyKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of the registry of bodies, their other names and their assignments to
 * actions. A body answers to the match key of its name and of each alias; imports
 * find bodies by those keys (see {@link ObjectiveStore#registry}).
 */
@Repository
public class BodyStore {

    private final JdbcClient jdbc;

    BodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Body(long id, String name, String matchKey) {}

    public boolean exists(long bodyId) {
        return jdbc.sql("select count(*) from programming_body where id = :id")
                        .param("id", bodyId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Whether another body already answers to this key, by its name or an alias. */
    public boolean keyTakenByAnother(String key, long bodyId) {
        return jdbc.sql("""
                select count(*) from (select id from programming_body where match_key = :k and id <> :id
                    union all select body_id from programming_body_alias where match_key = :k and body_id <> :id) t""")
                        .param("k", key)
                        .param("id", bodyId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** False when there is no such body. */
    public boolean update(long bodyId, String name, BodyKind kind, String key) {
        return jdbc.sql("update programming_body set name = :n, kind = :k, match_key = :m where id = :id")
                        .param("n", name)
                        .param("k", kind.name())
                        .param("m", key)
                        .param("id", bodyId)
                        .update()
                > 0;
    }

    public void addAlias(long bodyId, String alias, String key) {
        jdbc.sql(
                        "insert into programming_body_alias (body_id, alias, match_key) values (:b, :a, :k) on conflict do nothing")
                .param("b", bodyId)
                .param("a", alias)
                .param("k", key)
                .update();
    }

    /**
     * The body's name, its row locked until the transaction ends: an import assigning the body waits, so what
     * the caller counts of its assignments stays true until it acts.
     */
    public Optional<String> lockName(long bodyId) {
        return jdbc.sql("select name from programming_body where id = :id for update")
                .param("id", bodyId)
                .query(String.class)
                .optional();
    }

    /** How many actions the body is assigned to. */
    public int assignments(long bodyId) {
        return jdbc.sql("select count(*) from objective_node_body where body_id = :id")
                .param("id", bodyId)
                .query(Integer.class)
                .single();
    }

    /** Removes the body with its other names (the database cascades them). */
    public void delete(long bodyId) {
        jdbc.sql("delete from programming_body where id = :id")
                .param("id", bodyId)
                .update();
    }

    /**
     * Both bodies (those that exist), their rows locked in id order: two merges of the same pair wait instead of
     * deadlocking, and an import assigning either body waits too.
     */
    public List<Body> lockBoth(long one, long other) {
        return jdbc.sql("select id, name, match_key from programming_body where id in (:m, :s) order by id for update")
                .param("m", one)
                .param("s", other)
                .query((rs, n) -> new Body(rs.getLong("id"), rs.getString("name"), rs.getString("match_key")))
                .list();
    }

    /**
     * The survivor takes the merged body's assignments and other names, the merged body goes, and its name
     * becomes another name of the survivor, so that later imports writing it still find the survivor.
     */
    public void merge(Body merged, long survivorId) {
        jdbc.sql("""
                insert into objective_node_body (node_id, body_id)
                select node_id, :s from objective_node_body where body_id = :m on conflict do nothing""").param("s", survivorId).param("m", merged.id()).update();
        jdbc.sql("delete from objective_node_body where body_id = :m")
                .param("m", merged.id())
                .update();
        jdbc.sql("update programming_body_alias set body_id = :s where body_id = :m")
                .param("s", survivorId)
                .param("m", merged.id())
                .update();
        jdbc.sql("delete from programming_body where id = :m")
                .param("m", merged.id())
                .update();
        // the survivor may already answer to this key (a body renamed to one of its own other names)
        jdbc.sql(
                        "insert into programming_body_alias (body_id, alias, match_key) values (:s, :a, :k) on conflict do nothing")
                .param("s", survivorId)
                .param("a", merged.name())
                .param("k", merged.matchKey())
                .update();
    }
}
