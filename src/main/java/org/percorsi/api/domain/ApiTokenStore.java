package org.percorsi.api.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The managers' API tokens (table {@code api_token}): only their SHA-256 hash is kept. */
@Repository
public class ApiTokenStore {

    /** A token as listed to its owner and in their data download: never its hash. */
    public record TokenRow(
            long id, String name, String scope, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    /** A live token presented to the API: whose it is, and when it was last noted as used. */
    public record LiveToken(long id, long accountId, Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(long accountId, String name, String hash) {
        return jdbc.sql("insert into api_token (account_id, name, token_hash) values (:a, :n, :h) returning id")
                .param("a", accountId)
                .param("n", name)
                .param("h", hash)
                .query(Long.class)
                .single();
    }

    /** Revokes one of the account's own tokens; false when it has no such live token. */
    public boolean revoke(long accountId, long tokenId, Instant now) {
        return jdbc.sql(
                                "update api_token set revoked_at = :now where id = :id and account_id = :a and revoked_at is null")
                        .param("now", Timestamp.from(now))
                        .param("id", tokenId)
                        .param("a", accountId)
                        .update()
                == 1;
    }

    public Optional<LiveToken> live(String hash) {
        return jdbc.sql(
                        "select id, account_id, last_used_at from api_token where token_hash = :h and revoked_at is null")
                .param("h", hash)
                .query((rs, n) -> {
                    var used = rs.getTimestamp("last_used_at");
                    return new LiveToken(
                            rs.getLong("id"), rs.getLong("account_id"), used == null ? null : used.toInstant());
                })
                .optional();
    }

    public void used(long tokenId, Instant now) {
        jdbc.sql("update api_token set last_used_at = :now where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", tokenId)
                .update();
    }

    public List<TokenRow> ofAccount(long accountId) {
        return jdbc.sql("""
                        select id, name, scope, created_at, last_used_at, revoked_at from api_token
                        where account_id = :a order by revoked_at is not null, created_at desc, id desc""")
                .param("a", accountId)
                .query((rs, n) -> {
                    var used = rs.getTimestamp("last_used_at");
                    var revoked = rs.getTimestamp("revoked_at");
                    return new TokenRow(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getString("scope"),
                            rs.getTimestamp("created_at").toInstant(),
                            used == null ? null : used.toInstant(),
                            revoked == null ? null : revoked.toInstant());
                })
                .list();
    }

    public int countLive(long accountId) {
        return jdbc.sql("select count(*) from api_token where account_id = :a and revoked_at is null")
                .param("a", accountId)
                .query(Integer.class)
                .single();
    }

    public void deleteAccount(long accountId) {
        jdbc.sql("delete from api_token where account_id = :a")
                .param("a", accountId)
                .update();
    }
}
