package org.percorsi.stakeholders.queries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.stakeholders.OrganisationKind;
import org.percorsi.stakeholders.domain.OrganisationNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A process's stakeholder map, read in one query with the themes' and neighbourhoods' names in one more. A map
 * lists tens of organisations, not thousands: it is read whole.
 */
@Component
public class StakeholderMapQueries {

    private final JdbcClient jdbc;
    private final OrganisationApi organisation;

    StakeholderMapQueries(JdbcClient jdbc, OrganisationApi organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /**
     * One place on the map. {@code reachable}: how many addresses an invitation would go to (the organisation's
     * representatives with an email, valid today; the expert's own).
     */
    public record MapEntry(
            long id,
            Long organisationId,
            String organisationName,
            OrganisationKind kind,
            String expertName,
            String expertField,
            boolean namePublic,
            Long themeId,
            String themeName,
            Long scopeId,
            String scopeName,
            boolean internal,
            String engagement,
            String note,
            Instant invitedAt,
            int reachable) {

        public boolean expert() {
            return organisationId == null;
        }

        MapEntry named(String theme, String scope) {
            return new MapEntry(
                    id,
                    organisationId,
                    organisationName,
                    kind,
                    expertName,
                    expertField,
                    namePublic,
                    themeId,
                    theme,
                    scopeId,
                    scope,
                    internal,
                    engagement,
                    note,
                    invitedAt,
                    reachable);
        }

        /** The name a visitor may read: an expert's only with their consent. */
        public String publicName(String anonymousExpert) {
            return expert() ? (namePublic ? expertName : anonymousExpert) : organisationName;
        }
    }

    public List<MapEntry> entries(long processId, LocalDate today) {
        var rows = jdbc.sql("""
                        select e.id, e.organisation_id, o.name, o.kind, e.expert_name, e.expert_field, e.name_public,
                               e.theme_id, e.scope_id, e.internal, e.engagement, e.note, e.invited_at,
                               case when e.organisation_id is null then (e.expert_email is not null)::int
                                    else (select count(*) from stakeholder_representative r
                                          where r.organisation_id = e.organisation_id and r.email is not null
                                            and r.valid_from <= :today and (r.valid_to is null or r.valid_to >= :today))
                               end as reachable
                        from stakeholder_map_entry e
                        left join stakeholder_organisation o on o.id = e.organisation_id
                        where e.process_id = :p""")
                .param("p", processId)
                .param("today", today)
                .query((rs, n) -> new MapEntry(
                        rs.getLong("id"),
                        rs.getObject("organisation_id", Long.class),
                        rs.getString("name"),
                        rs.getString("kind") == null ? null : OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("expert_name"),
                        rs.getString("expert_field"),
                        rs.getBoolean("name_public"),
                        rs.getObject("theme_id", Long.class),
                        null,
                        rs.getObject("scope_id", Long.class),
                        null,
                        rs.getBoolean("internal"),
                        rs.getString("engagement"),
                        rs.getString("note"),
                        rs.getObject("invited_at", OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("invited_at", OffsetDateTime.class)
                                        .toInstant(),
                        rs.getInt("reachable")))
                .list();
        var themes = organisation.themesById(
                rows.stream().map(MapEntry::themeId).filter(Objects::nonNull).toList());
        var scopes = organisation.scopesById(
                rows.stream().map(MapEntry::scopeId).filter(Objects::nonNull).toList());
        return rows.stream()
                .map(e -> e.named(
                        e.themeId() == null || !themes.containsKey(e.themeId())
                                ? null
                                : themes.get(e.themeId()).name(),
                        e.scopeId() == null || !scopes.containsKey(e.scopeId())
                                ? null
                                : scopes.get(e.scopeId()).name()))
                .sorted(Comparator.comparing((MapEntry e) -> e.themeName() == null ? "" : e.themeName())
                        .thenComparing(e -> e.scopeName() == null ? "" : e.scopeName())
                        .thenComparing(e -> e.expert() ? e.expertName() : e.organisationName()))
                .toList();
    }

    /** Where an invitation goes for each chosen place of the map: (entry, address). */
    public record Address(long entryId, String email) {}

    public List<Address> addresses(long processId, List<Long> entryIds, LocalDate today) {
        return jdbc.sql("""
                        select e.id, r.email from stakeholder_map_entry e
                        join stakeholder_representative r on r.organisation_id = e.organisation_id
                        where e.process_id = :p and e.id = any(:ids) and r.email is not null
                          and r.valid_from <= :today and (r.valid_to is null or r.valid_to >= :today)
                        union all
                        select e.id, e.expert_email from stakeholder_map_entry e
                        where e.process_id = :p and e.id = any(:ids) and e.expert_email is not null
                        order by 1, 2""")
                .param("p", processId)
                .param("ids", entryIds.toArray(Long[]::new))
                .param("today", today)
                .query((rs, n) -> new Address(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The live organisation of the registry with this name (as the registry compares names), if any. */
    public Optional<Long> organisationNamed(String name) {
        return jdbc.sql("select id from stakeholder_organisation where name_key = :key and merged_into is null")
                .param("key", OrganisationNames.key(name))
                .query(Long.class)
                .optional();
    }

    /** The registry's names, for the form's suggestions. */
    public List<String> organisationNames(int limit) {
        return jdbc.sql("select name from stakeholder_organisation where merged_into is null order by name limit :l")
                .param("l", limit)
                .query(String.class)
                .list();
    }
}
