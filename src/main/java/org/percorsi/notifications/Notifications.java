package org.percorsi.notifications;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's notifications and preferences, and the mail links that stop a kind of mail. */
@Service
public class Notifications {

    public static final int PAGE_SIZE = 30;

    private final JdbcClient jdbc;
    private final AccountsApi accounts;

    private final UnreadCounts unreadCounts;

    Notifications(JdbcClient jdbc, AccountsApi accounts, UnreadCounts unreadCounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.unreadCounts = unreadCounts;
    }

    public record Item(long id, String message, String url, Instant createdAt, boolean unread) {}

    public record Preference(NotificationKind kind, boolean inApp, boolean byMail) {}

    @Transactional(readOnly = true)
    public long unread() {
        return accounts.currentAccountId().map(this::unreadOf).orElse(0L);
    }

    /**
     * How many notifications this account has not read: one statement, no transaction of its own, and kept for
     * a few seconds ({@link UnreadCounts}).
     */
    public long unreadOf(long accountId) {
        return unreadCounts.of(
                accountId,
                () -> jdbc.sql("select count(*) from notification where account_id = :a and read_at is null")
                        .param("a", accountId)
                        .query(Long.class)
                        .single());
    }

    @Transactional(readOnly = true)
    public PageResult<Item> mine(int page) {
        long me = me();
        long total = jdbc.sql("select count(*) from notification where account_id = :a")
                .param("a", me)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select * from notification where account_id = :a order by id desc limit :l offset :o")
                .param("a", me)
                .param("l", PAGE_SIZE)
                .param("o", PageResult.offset(page, PAGE_SIZE))
                .query((rs, n) -> new Item(
                        rs.getLong("id"),
                        rs.getString("message"),
                        rs.getString("url"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null))
                .list();
        return new PageResult<>(items, page, PAGE_SIZE, total);
    }

    @Transactional
    public void markAllRead() {
        long me = me();
        jdbc.sql("update notification set read_at = now() where account_id = :a and read_at is null")
                .param("a", me)
                .update();
        unreadCounts.changed(me);
    }

    @Transactional(readOnly = true)
    public Map<NotificationKind, Preference> preferences() {
        long me = me();
        Map<NotificationKind, Preference> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, new Preference(kind, true, true));
        }
        jdbc.sql("select * from notification_preference where account_id = :a")
                .param("a", me)
                .query((rs, n) -> new Preference(
                        NotificationKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("in_app"),
                        rs.getBoolean("by_mail")))
                .list()
                .forEach(p -> all.put(p.kind(), p));
        return all;
    }

    @Transactional
    public void choose(Set<String> inApp, Set<String> byMail) {
        long me = me();
        for (NotificationKind kind : NotificationKind.values()) {
            save(me, kind, inApp.contains(kind.name()), byMail.contains(kind.name()));
        }
    }

    /** The mail link's effect: no more mails of this kind (the in-app notifications stay). */
    @Transactional
    public void unsubscribe(String token, String kind) {
        NotificationKind which;
        try {
            which = NotificationKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException unknown) {
            throw RuleViolation.global("notifications.unsubscribe.invalid");
        }
        long account = jdbc.sql("select account_id from notification_subscriber where token = :t")
                .param("t", token == null ? "" : token)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> RuleViolation.global("notifications.unsubscribe.invalid"));
        boolean inApp = jdbc.sql("select in_app from notification_preference where account_id = :a and kind = :k")
                .param("a", account)
                .param("k", which.name())
                .query(Boolean.class)
                .optional()
                .orElse(true);
        save(account, which, inApp, false);
    }

    private void save(long account, NotificationKind kind, boolean inApp, boolean byMail) {
        jdbc.sql(
                        "insert into notification_preference (account_id, kind, in_app, by_mail) values (:a, :k, :i, :m) "
                                + "on conflict (account_id, kind) do update set in_app = excluded.in_app, by_mail = excluded.by_mail")
                .param("a", account)
                .param("k", kind.name())
                .param("i", inApp)
                .param("m", byMail)
                .update();
    }

    private long me() {
        return accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
