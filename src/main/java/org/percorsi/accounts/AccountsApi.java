package org.percorsi.accounts;

import jakarta.servlet.http.HttpSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.percorsi.shared.web.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** What other modules may ask of accounts: who is signed in, and small facts about accounts by id or email. */
@Service
@Transactional(readOnly = true)
public class AccountsApi {

    /** {@link org.percorsi.accounts.domain.Account#canSignIn()} in SQL: change both together. */
    private static final String ACTIVE = "enabled and not blocked and deleted_at is null";

    /**
     * Read straight into {@link AccountRef}: asked on every request of a signed-in person whose session's read did
     * not bring the account along, where loading the whole entity through the repository cost a tenth of a
     * support's time.
     */
    private static final String REF = "select id, nickname, email, verification, language, must_change_password, "
            + ACTIVE + " as active from account";

    /**
     * The session attribute in which the platform's read of a session brings the signed-in person's account along
     * ({@link #signedInAccountRead}): one round trip per request instead of two. Never written: the database
     * computes it at each read, so it is as current as a read of the account itself.
     */
    static final String SESSION_ATTRIBUTE = AccountsApi.class.getName() + ".signedIn";

    /**
     * SQL reading, as one text, the account whose address is {@code principalName} (an SQL expression: the
     * session's principal), or no row; {@link #fromSessionRead} reads it back. The nickname comes last, so that
     * whatever it holds stays in one field.
     */
    static String signedInAccountRead(String principalName) {
        return "select concat_ws(chr(9), id, verification, coalesce(language, ''), must_change_password, " + ACTIVE
                + ", email, nickname) as account from account where lower(email) = lower(" + principalName
                + ") and deleted_at is null";
    }

    private final JdbcClient jdbc;
    private final MailLanguage mailLanguage;

    AccountsApi(JdbcClient jdbc, MailLanguage mailLanguage) {
        this.jdbc = jdbc;
        this.mailLanguage = mailLanguage;
    }

    /**
     * An account as other modules see it: never more than its id, nickname and (for managers) email.
     * {@code locale}: the language to write to them in (their choice, else the organisation's default).
     * {@code mustChangePassword}: its holder must choose a new password before anything else.
     */
    public record AccountRef(
            long id,
            String nickname,
            String email,
            VerificationLevel verification,
            Locale locale,
            boolean active,
            boolean mustChangePassword) {}

    /** The id of the signed-in account, if someone is signed in. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Long> currentAccountId() {
        return current().map(AccountRef::id);
    }

    /**
     * The signed-in account, if someone is signed in. Opens no transaction of its own: the first call of a
     * request reads the session (Spring Session takes a connection of its own for that), and a transaction
     * opened here would hold one connection while waiting for another; with as many requests at once as
     * connections in the pool, none got its second one until the pool's timeout (SignedInVisitsShareThePoolTest).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<AccountRef> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return Optional.empty();
        }
        String email = auth.getName();
        // one lookup per request, however many reads of the page ask who is looking; usually none at all, the
        // session's read having brought the account along
        return RequestMemo.get("account:" + email, () -> fromSessionRead(email).or(() -> withEmail(email)));
    }

    /** The account the read of this request's session brought along, if it did and it is this person's. */
    private Optional<AccountRef> fromSessionRead(String email) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return Optional.empty();
        }
        HttpSession session = request.getRequest().getSession(false);
        if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof String text)) {
            return Optional.empty();
        }
        String[] field = text.split("\t", 7);
        if (field.length != 7 || !field[5].equalsIgnoreCase(email)) {
            return Optional.empty();
        }
        return Optional.of(ref(new Row(
                Long.parseLong(field[0]),
                field[6],
                field[5],
                VerificationLevel.valueOf(field[1]),
                field[2].isEmpty() ? null : field[2],
                field[4].startsWith("t"),
                field[3].startsWith("t"))));
    }

    public Optional<AccountRef> byEmail(String email) {
        return withEmail(email == null ? "" : email.strip()).filter(AccountRef::active);
    }

    public Map<Long, AccountRef> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(REF + " where id in (:ids)").param("ids", ids).query(AccountsApi::row).list().stream()
                .map(this::ref)
                .collect(Collectors.toMap(AccountRef::id, a -> a));
    }

    /**
     * The language to write to an address in: its account holder's, else (no account yet, as for an
     * invitation) the organisation's default.
     */
    public Locale languageFor(String email) {
        return withEmail(email == null ? "" : email.strip())
                .map(AccountRef::locale)
                .orElseGet(mailLanguage::organisationDefault);
    }

    /** Which of these accounts are platform administrators (who see every process, reserved or not). */
    public Set<Long> administratorsAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("select id from account where id in (:ids) and platform_admin and deleted_at is null")
                        .param("ids", ids)
                        .query(Long.class)
                        .list());
    }

    private Optional<AccountRef> withEmail(String email) {
        return jdbc.sql(REF + " where lower(email) = lower(:email) and deleted_at is null")
                .param("email", email)
                .query(AccountsApi::row)
                .optional()
                .map(this::ref);
    }

    /**
     * An account row as read; its language is resolved after the result set is closed, because the
     * organisation's default is another query, which must not wait for a second connection while this one is
     * held.
     */
    private record Row(
            long id,
            String nickname,
            String email,
            VerificationLevel verification,
            String language,
            boolean active,
            boolean mustChangePassword) {}

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("nickname"),
                rs.getString("email"),
                VerificationLevel.valueOf(rs.getString("verification")),
                rs.getString("language"),
                rs.getBoolean("active"),
                rs.getBoolean("must_change_password"));
    }

    private AccountRef ref(Row row) {
        return new AccountRef(
                row.id(),
                row.nickname(),
                row.email(),
                row.verification(),
                mailLanguage.of(row.language()),
                row.active(),
                row.mustChangePassword());
    }
}
