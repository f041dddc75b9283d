package org.percorsi.stakeholders.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.shared.web.PageResult;
import org.percorsi.stakeholders.OrganisationKind;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of a process's negotiation table: its members for the managers (requests first), what the public page
 * and its exports show (accepted members only, names of persons only with their consent, never a contact),
 * its referents and which neighbourhoods lack one. A member is a later joiner when it joined after the day of
 * the table's first session.
 */
@Service
@Transactional(readOnly = true)
public class TableQueries {

    public static final int PAGE_SIZE = 50;

    /** Whether the member joined after session number 1 was held (false while there is none). */
    private static final String LATER_JOINER = """
            coalesce(m.joined_on > (select s.held_on from negotiation_table_session s
                                    where s.process_id = m.process_id and s.number = 1), false) as later_joiner""";

    /** A representative valid today. */
    private static final String CURRENT = "r.valid_from <= :today and (r.valid_to is null or r.valid_to >= :today)";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountsApi accounts;

    TableQueries(JdbcClient jdbc, Clock clock, AccountsApi accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
    }

    public enum State {
        REQUESTED,
        ACCEPTED,
        REFUSED,
        WITHDRAWN
    }

    /** A representative as the back office lists them (never on a public page: the name may be unconsented). */
    public record Representative(long id, String fullName, String role, boolean namePublic, boolean hasAccount) {}

    /** A member as its managers review it. */
    public record AdminMember(
            long id,
            long organisationId,
            String organisation,
            OrganisationKind kind,
            State state,
            String channel,
            LocalDate requestedOn,
            LocalDate joinedOn,
            LocalDate withdrawnOn,
            String motivation,
            String reviewNote,
            boolean laterJoiner,
            List<Representative> representatives) {}

    /** A member as everybody sees it: the fields of the public page, the CSV and the JSON, and nothing else. */
    public record PublicMember(
            long memberId,
            String organisation,
            OrganisationKind kind,
            LocalDate since,
            boolean laterJoiner,
            List<String> representatives,
            List<String> referentOf) {}

    /** A current referent, for the managers. */
    public record Referent(
            long id,
            Long scopeId,
            Long themeId,
            String subject,
            String representative,
            String organisation,
            LocalDate namedOn) {}

    /** A neighbourhood the process covers and its current referent's name, if it has one. */
    public record Neighbourhood(long scopeId, String name, String referent) {

        public boolean missing() {
            return referent == null;
        }
    }

    /** A representative who may be named referent: valid today, of an accepted member. */
    public record Candidate(long representativeId, String label) {}

    /** An organisation of the registry found by name, for adding it to the table. */
    public record Found(long id, String name, OrganisationKind kind) {}

    /** A member of the process whose organisation the viewer represents today. */
    public record Mine(long memberId, String organisation, State state) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One page of the members for the managers: requests to review first, then accepted, withdrawn, refused. */
    public PageResult<AdminMember> forManagers(long processId, int page) {
        long total = jdbc.sql("select count(*) from negotiation_table_member where process_id = :process")
                .param("process", processId)
                .query(Long.class)
                .single();
        List<AdminMember> members = jdbc.sql("""
                        select m.id, m.organisation_id, o.name, o.kind, m.state, m.channel, m.requested_on, m.joined_on,
                               m.withdrawn_on, m.motivation, m.review_note, %s
                        from negotiation_table_member m join stakeholder_organisation o on o.id = m.organisation_id
                        where m.process_id = :process
                        order by array_position(array['REQUESTED', 'ACCEPTED', 'WITHDRAWN', 'REFUSED'], m.state),
                                 lower(o.name), m.id
                        limit :limit offset :offset""".formatted(LATER_JOINER))
                .param("process", processId)
                .param("limit", PAGE_SIZE)
                .param("offset", PageResult.offset(page, PAGE_SIZE))
                .query((rs, n) -> new AdminMember(
                        rs.getLong("id"),
                        rs.getLong("organisation_id"),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        State.valueOf(rs.getString("state")),
                        rs.getString("channel"),
                        rs.getObject("requested_on", LocalDate.class),
                        rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("withdrawn_on", LocalDate.class),
                        rs.getString("motivation"),
                        rs.getString("review_note"),
                        rs.getBoolean("later_joiner"),
                        List.of()))
                .list();
        var representatives = representatives(
                members.stream().map(AdminMember::organisationId).toList());
        return new PageResult<>(
                members.stream()
                        .map(m -> new AdminMember(
                                m.id(),
                                m.organisationId(),
                                m.organisation(),
                                m.kind(),
                                m.state(),
                                m.channel(),
                                m.requestedOn(),
                                m.joinedOn(),
                                m.withdrawnOn(),
                                m.motivation(),
                                m.reviewNote(),
                                m.laterJoiner(),
                                representatives.getOrDefault(m.organisationId(), List.of())))
                        .toList(),
                page,
                PAGE_SIZE,
                total);
    }

    /** The current representatives of these organisations, in one query. */
    private Map<Long, List<Representative>> representatives(Collection<Long> organisationIds) {
        Map<Long, List<Representative>> byOrganisation = new LinkedHashMap<>();
        if (organisationIds.isEmpty()) {
            return byOrganisation;
        }
        jdbc.sql("""
                        select r.id, r.organisation_id, r.full_name, r.role, r.name_public, r.account_id is not null as has_account
                        from stakeholder_representative r
                        where r.organisation_id in (:organisations) and %s
                        order by r.role, lower(r.full_name), r.id""".formatted(CURRENT))
                .param("organisations", organisationIds)
                .param("today", today())
                .query((ResultSet rs) -> {
                    byOrganisation
                            .computeIfAbsent(rs.getLong("organisation_id"), k -> new ArrayList<>())
                            .add(new Representative(
                                    rs.getLong("id"),
                                    rs.getString("full_name"),
                                    rs.getString("role"),
                                    rs.getBoolean("name_public"),
                                    rs.getBoolean("has_account")));
                });
        return byOrganisation;
    }

    /**
     * The accepted members as everybody sees them; {@code page} null: all of them (the exports). A
     * representative's name only with their consent; the organisation's contact and the representatives' email
     * and phone are not even read.
     */
    public PageResult<PublicMember> publicMembers(long processId, Integer page) {
        long total = jdbc.sql(
                        "select count(*) from negotiation_table_member where process_id = :process and state = 'ACCEPTED'")
                .param("process", processId)
                .query(Long.class)
                .single();
        int size = page == null ? (int) Math.max(total, 1) : PAGE_SIZE;
        int number = page == null ? 1 : page;
        record Row(long id, long organisationId, String name, OrganisationKind kind, LocalDate since, boolean later) {}
        List<Row> rows = jdbc.sql("""
                        select m.id, m.organisation_id, o.name, o.kind, m.joined_on, %s
                        from negotiation_table_member m join stakeholder_organisation o on o.id = m.organisation_id
                        where m.process_id = :process and m.state = 'ACCEPTED'
                        order by lower(o.name), m.id limit :limit offset :offset""".formatted(LATER_JOINER))
                .param("process", processId)
                .param("limit", size)
                .param("offset", PageResult.offset(number, size))
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("organisation_id"),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getObject("joined_on", LocalDate.class),
                        rs.getBoolean("later_joiner")))
                .list();
        List<Long> organisations = rows.stream().map(Row::organisationId).toList();
        Map<Long, List<String>> names = new LinkedHashMap<>();
        Map<Long, List<String>> referentOf = new LinkedHashMap<>();
        if (!organisations.isEmpty()) {
            jdbc.sql("""
                            select r.organisation_id, r.full_name from stakeholder_representative r
                            where r.organisation_id in (:organisations) and r.name_public and %s
                            order by r.role, lower(r.full_name), r.id""".formatted(CURRENT))
                    .param("organisations", organisations)
                    .param("today", today())
                    .query((ResultSet rs) -> {
                        names.computeIfAbsent(rs.getLong("organisation_id"), k -> new ArrayList<>())
                                .add(rs.getString("full_name"));
                    });
            jdbc.sql("""
                            select r.organisation_id, coalesce(s.name, t.name) as subject
                            from negotiation_table_referent f
                            join stakeholder_representative r on r.id = f.representative_id
                            left join scope_label s on s.id = f.scope_id
                            left join theme_label t on t.id = f.theme_id
                            where f.process_id = :process and f.ended_on is null and r.organisation_id in (:organisations)
                            order by f.scope_id is null, coalesce(s.position, t.position), subject""")
                    .param("process", processId)
                    .param("organisations", organisations)
                    .query((ResultSet rs) -> {
                        referentOf
                                .computeIfAbsent(rs.getLong("organisation_id"), k -> new ArrayList<>())
                                .add(rs.getString("subject"));
                    });
        }
        return new PageResult<>(
                rows.stream()
                        .map(r -> new PublicMember(
                                r.id(),
                                r.name(),
                                r.kind(),
                                r.since(),
                                r.later(),
                                names.getOrDefault(r.organisationId(), List.of()),
                                referentOf.getOrDefault(r.organisationId(), List.of())))
                        .toList(),
                number,
                size,
                total);
    }

    /**
     * The current referents per neighbourhood and theme as everybody sees them: the subject, the organisation,
     * and the person's name only with their consent (else null).
     */
    public List<Referent> publicReferents(long processId) {
        return referents(processId, true);
    }

    /** The current referents, with the representatives' names, for the managers. */
    public List<Referent> referents(long processId) {
        return referents(processId, false);
    }

    private List<Referent> referents(long processId, boolean publicOnly) {
        return jdbc.sql("""
                        select f.id, f.scope_id, f.theme_id, coalesce(s.name, t.name) as subject,
                               case when r.name_public or not :public then r.full_name end as representative,
                               o.name as organisation, f.named_on
                        from negotiation_table_referent f
                        join stakeholder_representative r on r.id = f.representative_id
                        join stakeholder_organisation o on o.id = r.organisation_id
                        left join scope_label s on s.id = f.scope_id
                        left join theme_label t on t.id = f.theme_id
                        where f.process_id = :process and f.ended_on is null
                        order by f.scope_id is null, coalesce(s.position, t.position), subject, f.id""")
                .param("process", processId)
                .param("public", publicOnly)
                .query((rs, n) -> new Referent(
                        rs.getLong("id"),
                        nullableLong(rs, "scope_id"),
                        nullableLong(rs, "theme_id"),
                        rs.getString("subject"),
                        rs.getString("representative"),
                        rs.getString("organisation"),
                        rs.getObject("named_on", LocalDate.class)))
                .list();
    }

    /**
     * The neighbourhoods among these scopes and below them (the process's territory), each with its current
     * referent, in the organisation's order.
     */
    public List<Neighbourhood> neighbourhoods(long processId, Collection<Long> processScopeIds) {
        if (processScopeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        with recursive territory (id) as (
                            select id from scope_label where id in (:scopes)
                            union
                            select s.id from scope_label s join territory t on s.parent_id = t.id)
                        select s.id, s.name, r.full_name as referent
                        from scope_label s
                        left join negotiation_table_referent f
                               on f.scope_id = s.id and f.process_id = :process and f.ended_on is null
                        left join stakeholder_representative r on r.id = f.representative_id
                        where s.kind = 'NEIGHBOURHOOD' and s.id in (select id from territory)
                        order by s.position, s.name, s.id""")
                .param("scopes", processScopeIds)
                .param("process", processId)
                .query((rs, n) -> new Neighbourhood(rs.getLong("id"), rs.getString("name"), rs.getString("referent")))
                .list();
    }

    /** The phase before which every neighbourhood needs a referent, if the process set one. */
    public Optional<Long> referentsBeforePhase(long processId) {
        return jdbc.sql("select referents_before_phase from negotiation_table_setting where process_id = :process")
                .param("process", processId)
                .query((rs, n) -> nullableLong(rs, "referents_before_phase"))
                .optional()
                .flatMap(Optional::ofNullable);
    }

    /** Who may be named referent: the representatives valid today of the accepted members. */
    public List<Candidate> candidates(long processId) {
        return jdbc.sql("""
                        select r.id, r.full_name, o.name from negotiation_table_member m
                        join stakeholder_organisation o on o.id = m.organisation_id
                        join stakeholder_representative r on r.organisation_id = m.organisation_id
                        where m.process_id = :process and m.state = 'ACCEPTED' and %s
                        order by lower(o.name), lower(r.full_name), r.id""".formatted(CURRENT))
                .param("process", processId)
                .param("today", today())
                .query((rs, n) ->
                        new Candidate(rs.getLong("id"), rs.getString("full_name") + " · " + rs.getString("name")))
                .list();
    }

    /** Live organisations of the registry whose name contains the words typed, for adding one to the table. */
    public List<Found> findOrganisations(String typed) {
        // PostgreSQL refuses a NUL character in text
        String words = typed == null ? "" : typed.replace("\0", "").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        select id, name, kind from stakeholder_organisation
                        where merged_into is null and (name ilike :like or name_key ilike :like)
                        order by lower(name), id limit 20""")
                .param("like", like)
                .query((rs, n) -> new Found(
                        rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind"))))
                .list();
    }

    /** The members this account may withdraw from the public page: its request, or an organisation it represents. */
    public List<Mine> representedBy(long processId, long accountId) {
        return jdbc.sql("""
                        select m.id, o.name, m.state from negotiation_table_member m
                        join stakeholder_organisation o on o.id = m.organisation_id
                        where m.process_id = :process and %s
                        order by lower(o.name), m.id""".formatted(TableMemberStore.OWN_MEMBERSHIP))
                .param("process", processId)
                .param("account", accountId)
                .param("today", today())
                .query((rs, n) ->
                        new Mine(rs.getLong("id"), rs.getString("name"), State.valueOf(rs.getString("state"))))
                .list();
    }

    /** Whether this account has a request waiting for review in the process. */
    public boolean pendingRequestBy(long processId, long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from negotiation_table_member
                                       where process_id = :process and requested_by = :account and state = 'REQUESTED')""")
                .param("process", processId)
                .param("account", accountId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The members whose reserved area is out of step with their membership, by what a manager can do about it:
     * withdrawn members some of whose representatives still hold the table's role (and represent no other
     * accepted member: left when the organisation withdrew by itself), and accepted members with a current
     * representative's account, able to sign in, that lacks it (added to the registry after the acceptance).
     */
    public AccessOutOfStep accessOutOfStep(long processId) {
        var stillOpen = new HashSet<>(jdbc.sql("""
                        select distinct m.id from negotiation_table_member m
                        join stakeholder_representative r on r.organisation_id = m.organisation_id and %1$s
                        join process_member pm on pm.process_id = m.process_id and pm.account_id = r.account_id
                                               and pm.role = 'NEGOTIATION_TABLE'
                        where m.process_id = :process and m.state = 'WITHDRAWN'
                          and not exists (select 1 from negotiation_table_member a
                                          join stakeholder_representative ar on ar.organisation_id = a.organisation_id
                                          where a.process_id = m.process_id and a.state = 'ACCEPTED'
                                            and ar.account_id = r.account_id
                                            and ar.valid_from <= :today and (ar.valid_to is null or ar.valid_to >= :today))""".formatted(CURRENT))
                .param("process", processId)
                .param("today", today())
                .query(Long.class)
                .list());
        Map<Long, List<Long>> lacking = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct m.id, r.account_id from negotiation_table_member m
                        join stakeholder_representative r on r.organisation_id = m.organisation_id and %1$s
                        where m.process_id = :process and m.state = 'ACCEPTED' and r.account_id is not null
                          and not exists (select 1 from process_member pm
                                          where pm.process_id = m.process_id and pm.account_id = r.account_id
                                            and pm.role = 'NEGOTIATION_TABLE')""".formatted(CURRENT))
                .param("process", processId)
                .param("today", today())
                .query((rs, n) -> lacking.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        // a blocked or deleted account could not be given the role: it is nothing to act on
        var able = accounts
                .byIds(lacking.values().stream().flatMap(List::stream).toList())
                .values()
                .stream()
                .filter(AccountsApi.AccountRef::active)
                .map(AccountsApi.AccountRef::id)
                .collect(Collectors.toSet());
        var toOpen = new HashSet<Long>();
        lacking.forEach((member, accountIds) -> {
            if (accountIds.stream().anyMatch(able::contains)) {
                toOpen.add(member);
            }
        });
        return new AccessOutOfStep(toOpen, stillOpen);
    }

    /** Members (ids) whose representatives should get the reserved area, and those who should lose it. */
    public record AccessOutOfStep(Set<Long> toOpen, Set<Long> toClose) {}

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
