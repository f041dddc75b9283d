package org.percorsi.accounts.queries;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' list of accounts. */
@Service
@Transactional(readOnly = true)
public class AccountQueries {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(
            long id,
            String nickname,
            String email,
            VerificationLevel verification,
            boolean admin,
            boolean blocked,
            boolean deleted,
            Instant createdAt) {}

    public PageResult<Row> list(String text, int page) {
        String where = "true";
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where = "(email ilike :text or nickname ilike :text)";
            params.put(
                    "text",
                    "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from account where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        var rows = jdbc.sql("select * from account where " + where
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("nickname"),
                        rs.getString("email"),
                        VerificationLevel.valueOf(rs.getString("verification")),
                        rs.getBoolean("platform_admin"),
                        rs.getBoolean("blocked"),
                        rs.getTimestamp("deleted_at") != null,
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new PageResult<>(rows, page, PAGE_SIZE, total);
    }
}
