package org.percorsi.stakeholders.queries;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.web.PageResult;
import org.percorsi.stakeholders.OrganisationKind;
import org.percorsi.stakeholders.domain.OrganisationNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the back office reads of the registry of organisations: the list with its search and filters, one
 * organisation with its private contact and its representatives (emails and phones included: these pages are the
 * participation office's only, checked by the caller once per page), and possible duplicates to merge.
 */
@Service
@Transactional(readOnly = true)
public class RegistryQueries {

    public static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final OrganisationApi organisation;
    private final Clock clock;

    RegistryQueries(JdbcClient jdbc, OrganisationApi organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** What the list filters by; any may be empty. */
    public record Filter(String search, OrganisationKind kind, Long themeId, Long scopeId) {}

    /** A line of the list. */
    public record Row(
            long id,
            String name,
            OrganisationKind kind,
            String fiscalCode,
            String runtsNumber,
            String ipaCode,
            List<String> themes,
            int representatives) {}

    /** Live organisations (merged ones hidden) matching the filter, by name, one page. */
    public PageResult<Row> list(Filter filter, int page) {
        StringBuilder where = new StringBuilder("o.merged_into is null");
        Map<String, Object> params = new HashMap<>();
        // control characters (a NUL above all) cannot reach PostgreSQL's text
        String search = filter.search() == null
                ? ""
                : filter.search().replaceAll("\\p{Cntrl}", "").strip();
        if (!search.isEmpty()) {
            String key = OrganisationNames.key(search);
            where.append(" and (o.name_key like :key or o.fiscal_code = :upper or o.runts_number = :plain"
                    + " or o.ipa_code = :lower)");
            params.put("key", "%" + key + "%");
            params.put("upper", search.toUpperCase(Locale.ROOT).replace(" ", ""));
            params.put("plain", search);
            params.put("lower", search.toLowerCase(Locale.ROOT));
        }
        if (filter.kind() != null) {
            where.append(" and o.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.themeId() != null) {
            where.append(" and exists (select 1 from stakeholder_organisation_theme t"
                    + " where t.organisation_id = o.id and t.theme_id = :theme)");
            params.put("theme", filter.themeId());
        }
        if (filter.scopeId() != null) {
            // a district finds the organisations of its neighbourhoods too
            where.append(" and exists (select 1 from stakeholder_organisation_scope s"
                    + " where s.organisation_id = o.id and s.scope_id = any(:scopes))");
            params.put(
                    "scopes",
                    organisation.scopeWithDescendants(filter.scopeId()).toArray(Long[]::new));
        }
        long total = jdbc.sql("select count(*) from stakeholder_organisation o where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("today", LocalDate.now(clock));
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        record Raw(
                long id,
                String name,
                OrganisationKind kind,
                String fiscalCode,
                String runtsNumber,
                String ipaCode,
                List<Long> themeIds,
                int representatives) {}
        List<Raw> raws = jdbc.sql("""
                        select o.id, o.name, o.kind, o.fiscal_code, o.runts_number, o.ipa_code,
                               array(select t.theme_id from stakeholder_organisation_theme t
                                     where t.organisation_id = o.id order by t.theme_id) as theme_ids,
                               (select count(*) from stakeholder_representative r
                                where r.organisation_id = o.id and r.valid_from <= :today
                                  and (r.valid_to is null or r.valid_to >= :today)) as representatives
                        from stakeholder_organisation o
                        where %s
                        order by o.name_key, o.id
                        limit :limit offset :offset""".formatted(where))
                .params(params)
                .query((rs, n) -> new Raw(
                        rs.getLong("id"),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("fiscal_code"),
                        rs.getString("runts_number"),
                        rs.getString("ipa_code"),
                        ids(rs.getArray("theme_ids")),
                        rs.getInt("representatives")))
                .list();
        var themeNames = organisation.themesById(
                raws.stream().flatMap(r -> r.themeIds().stream()).distinct().toList());
        var rows = raws.stream()
                .map(r -> new Row(
                        r.id(),
                        r.name(),
                        r.kind(),
                        r.fiscalCode(),
                        r.runtsNumber(),
                        r.ipaCode(),
                        r.themeIds().stream()
                                .map(themeNames::get)
                                .filter(t -> t != null)
                                .map(OrganisationApi.ThemeSummary::name)
                                .toList(),
                        r.representatives()))
                .toList();
        return new PageResult<>(rows, page, PAGE_SIZE, total);
    }

    /** One organisation with its private contact; {@code mergedInto} set when it was merged into another. */
    public record Organisation(
            long id,
            String name,
            OrganisationKind kind,
            String fiscalCode,
            String runtsNumber,
            String ipaCode,
            String description,
            String website,
            String contactName,
            String contactEmail,
            String contactPhone,
            Long mergedInto,
            List<Long> themeIds,
            List<Long> scopeIds) {}

    public Optional<Organisation> organisation(long id) {
        return jdbc.sql("""
                        select o.*,
                               array(select theme_id from stakeholder_organisation_theme where organisation_id = o.id) as theme_ids,
                               array(select scope_id from stakeholder_organisation_scope where organisation_id = o.id) as scope_ids
                        from stakeholder_organisation o where o.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Organisation(
                        rs.getLong("id"),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("fiscal_code"),
                        rs.getString("runts_number"),
                        rs.getString("ipa_code"),
                        rs.getString("description"),
                        rs.getString("website"),
                        rs.getString("contact_name"),
                        rs.getString("contact_email"),
                        rs.getString("contact_phone"),
                        (Long) rs.getObject("merged_into"),
                        ids(rs.getArray("theme_ids")),
                        ids(rs.getArray("scope_ids"))))
                .optional();
    }

    /** The organisation a merged one stands for now (followed to the end of the chain), or itself. */
    public long live(long id) {
        return jdbc.sql("""
                        with recursive chain (id, merged_into) as (
                            select id, merged_into from stakeholder_organisation where id = :id
                            union all
                            select o.id, o.merged_into from stakeholder_organisation o join chain c on o.id = c.merged_into)
                        select id from chain where merged_into is null""").param("id", id).query(Long.class).optional().orElse(id);
    }

    /** A representative, with private contact; {@code current} when valid today. */
    public record Representative(
            long id,
            String fullName,
            String email,
            String phone,
            String role,
            LocalDate validFrom,
            LocalDate validTo,
            boolean namePublic,
            boolean linkedToAccount,
            UUID delegationFile,
            boolean current) {}

    /** The organisation's representatives, current ones first, main before substitutes. */
    public List<Representative> representatives(long organisationId) {
        return jdbc.sql("""
                        select id, full_name, email, phone, role, valid_from, valid_to, name_public,
                               account_id is not null as linked, delegation_file,
                               valid_from <= :today and (valid_to is null or valid_to >= :today) as current
                        from stakeholder_representative where organisation_id = :id
                        order by current desc, role, valid_from desc, id""")
                .param("id", organisationId)
                .param("today", LocalDate.now(clock))
                .query(RegistryQueries::representative)
                .list();
    }

    public Optional<Representative> representative(long organisationId, long representativeId) {
        return jdbc.sql("""
                        select id, full_name, email, phone, role, valid_from, valid_to, name_public,
                               account_id is not null as linked, delegation_file,
                               valid_from <= :today and (valid_to is null or valid_to >= :today) as current
                        from stakeholder_representative where organisation_id = :organisation and id = :id""")
                .param("organisation", organisationId)
                .param("id", representativeId)
                .param("today", LocalDate.now(clock))
                .query(RegistryQueries::representative)
                .optional();
    }

    /** Another live organisation that may be the same one: a similar name key. */
    public record Candidate(long id, String name) {}

    public List<Candidate> possibleDuplicates(long organisationId) {
        return jdbc.sql("""
                        select o.id, o.name from stakeholder_organisation o, stakeholder_organisation me
                        where me.id = :id and o.id <> me.id and o.merged_into is null
                          and similarity(o.name_key, me.name_key) > 0.4
                        order by similarity(o.name_key, me.name_key) desc, o.id limit 5""")
                .param("id", organisationId)
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /** Whether a stored file is the delegation letter of a representative (only the office sees those). */
    public boolean isDelegationLetter(UUID fileId) {
        return jdbc.sql("select exists (select 1 from stakeholder_representative where delegation_file = :f)")
                .param("f", fileId)
                .query(Boolean.class)
                .single();
    }

    /** What the registry keeps of a person through their account: the organisations they represent(ed), for their download. */
    public List<Map<String, Object>> representationsOfAccount(long accountId) {
        return jdbc.sql("""
                        select o.name as organisation, r.full_name, r.email, r.phone, r.role, r.valid_from, r.valid_to,
                               r.name_public, r.delegation_file is not null as delegation_letter, r.created_at
                        from stakeholder_representative r join stakeholder_organisation o on o.id = r.organisation_id
                        where r.account_id = :account order by r.valid_from, r.id""").param("account", accountId).query().listOfRows();
    }

    private static Representative representative(ResultSet rs, int row) throws SQLException {
        return new Representative(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("role"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getBoolean("name_public"),
                rs.getBoolean("linked"),
                rs.getObject("delegation_file", UUID.class),
                rs.getBoolean("current"));
    }

    private static List<Long> ids(Array array) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (array != null) {
            for (Object id : (Object[]) array.getArray()) {
                ids.add(((Number) id).longValue());
            }
        }
        return ids;
    }
}
