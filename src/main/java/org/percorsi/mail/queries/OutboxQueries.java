package org.percorsi.mail.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read models of the outbox pages. */
@Service
@Transactional(readOnly = true)
public class OutboxQueries {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    OutboxQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MailRow(long id, String recipient, String subject, String status, Instant createdAt, String body) {}

    /** Newest first, without bodies. */
    public PageResult<MailRow> page(int page) {
        long total =
                jdbc.sql("select count(*) from mail_message").query(Long.class).single();
        var rows = jdbc.sql("select id, recipient, subject, status, created_at, '' as body_text from mail_message "
                        + "order by id desc limit :limit offset :offset")
                .param("limit", PAGE_SIZE)
                .param("offset", PageResult.offset(page, PAGE_SIZE))
                .query(OutboxQueries::row)
                .list();
        return new PageResult<>(rows, page, PAGE_SIZE, total);
    }

    public Optional<MailRow> message(long id) {
        return jdbc.sql("select id, recipient, subject, status, created_at, body_text from mail_message where id = :id")
                .param("id", id)
                .query(OutboxQueries::row)
                .optional();
    }

    private static MailRow row(ResultSet rs, int n) throws SQLException {
        return new MailRow(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("body_text"));
    }
}
