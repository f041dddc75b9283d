package org.percorsi.stakeholders.domain;

import java.util.Collection;
import java.util.Optional;
import org.percorsi.stakeholders.domain.OrganisationStore.DuplicateOrganisation;
import org.percorsi.stakeholders.domain.OrganisationStore.NewOrganisation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The office's changes to the registry once an organisation exists: its details (the name key recomputed), its
 * themes and neighbourhoods, and the merge of a duplicate into the organisation kept.
 */
@Repository
public class RegistryStore {

    private final JdbcClient jdbc;
    private final OrganisationStore organisations;

    RegistryStore(JdbcClient jdbc, OrganisationStore organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** An organisation as a lock finds it: whether it was merged into another. */
    public record Locked(long id, Long mergedInto) {
        public boolean merged() {
            return mergedInto != null;
        }
    }

    /**
     * Locks the organisation's row until the transaction ends: the changes to its representatives (one main one
     * at a time) and a merge queue behind each other instead of both reading the state before the other's write.
     */
    public Optional<Locked> lock(long organisationId) {
        return jdbc.sql("select id, merged_into from stakeholder_organisation where id = :id for update")
                .param("id", organisationId)
                .query((rs, n) -> new Locked(rs.getLong("id"), (Long) rs.getObject("merged_into")))
                .optional();
    }

    /**
     * New details for a live organisation, refused with {@link DuplicateOrganisation} when another live one has
     * the new name key or codes (the unique indexes decide between two edits at the same time).
     */
    public void update(long organisationId, NewOrganisation details) {
        String key = OrganisationNames.key(details.name());
        organisations
                .duplicateOf(key, details.fiscalCode(), details.runtsNumber(), details.ipaCode(), organisationId)
                .ifPresent(duplicate -> {
                    throw duplicate;
                });
        try {
            jdbc.sql("""
                            update stakeholder_organisation
                            set name = :name, name_key = :key, kind = :kind, fiscal_code = :fiscal, runts_number = :runts,
                                ipa_code = :ipa, description = :description, website = :website,
                                contact_name = :contactName, contact_email = :contactEmail,
                                contact_phone = :contactPhone, updated_at = now()
                            where id = :id""")
                    .param("id", organisationId)
                    .param("name", details.name().strip())
                    .param("key", key)
                    .param("kind", details.kind().name())
                    .param("fiscal", details.fiscalCode())
                    .param("runts", details.runtsNumber())
                    .param("ipa", details.ipaCode())
                    .param("description", details.description())
                    .param("website", details.website())
                    .param("contactName", details.contactName())
                    .param("contactEmail", details.contactEmail())
                    .param("contactPhone", details.contactPhone())
                    .update();
        } catch (DuplicateKeyException raced) {
            throw organisations
                    .duplicateOf(key, details.fiscalCode(), details.runtsNumber(), details.ipaCode(), organisationId)
                    .orElseThrow(() -> raced);
        }
    }

    /** The themes the organisation works on, replacing those it had. */
    public void replaceThemes(long organisationId, Collection<Long> themeIds) {
        jdbc.sql("delete from stakeholder_organisation_theme where organisation_id = :id")
                .param("id", organisationId)
                .update();
        for (long theme : themeIds) {
            jdbc.sql("insert into stakeholder_organisation_theme (organisation_id, theme_id) values (:id, :theme)")
                    .param("id", organisationId)
                    .param("theme", theme)
                    .update();
        }
    }

    /** The neighbourhoods and areas (scopes) the organisation works in, replacing those it had. */
    public void replaceScopes(long organisationId, Collection<Long> scopeIds) {
        jdbc.sql("delete from stakeholder_organisation_scope where organisation_id = :id")
                .param("id", organisationId)
                .update();
        for (long scope : scopeIds) {
            jdbc.sql("insert into stakeholder_organisation_scope (organisation_id, scope_id) values (:id, :scope)")
                    .param("id", organisationId)
                    .param("scope", scope)
                    .update();
        }
    }

    /**
     * Moves what the registry keeps of {@code duplicateId} to {@code keptId} and marks the duplicate as merged into
     * it: themes and scopes united, representatives moved (a main one of the duplicate whose time overlaps a main
     * one of the kept organisation becomes a substitute: one main representative at a time). The other stores of the
     * module (tables' memberships, attendance, map) follow through {@link OrganisationsMerged}, which the use case
     * publishes in the same transaction. Both rows must be locked by the caller.
     */
    public void merge(long duplicateId, long keptId) {
        jdbc.sql("""
                        insert into stakeholder_organisation_theme (organisation_id, theme_id)
                        select :kept, theme_id from stakeholder_organisation_theme where organisation_id = :duplicate
                        on conflict do nothing""").param("kept", keptId).param("duplicate", duplicateId).update();
        jdbc.sql("delete from stakeholder_organisation_theme where organisation_id = :duplicate")
                .param("duplicate", duplicateId)
                .update();
        jdbc.sql("""
                        insert into stakeholder_organisation_scope (organisation_id, scope_id)
                        select :kept, scope_id from stakeholder_organisation_scope where organisation_id = :duplicate
                        on conflict do nothing""").param("kept", keptId).param("duplicate", duplicateId).update();
        jdbc.sql("delete from stakeholder_organisation_scope where organisation_id = :duplicate")
                .param("duplicate", duplicateId)
                .update();
        jdbc.sql("""
                        update stakeholder_representative d set role = 'SUBSTITUTE'
                        where d.organisation_id = :duplicate and d.role = 'MAIN' and exists (
                            select 1 from stakeholder_representative k
                            where k.organisation_id = :kept and k.role = 'MAIN'
                              and daterange(k.valid_from, k.valid_to, '[]') && daterange(d.valid_from, d.valid_to, '[]'))""").param("kept", keptId).param("duplicate", duplicateId).update();
        jdbc.sql("update stakeholder_representative set organisation_id = :kept where organisation_id = :duplicate")
                .param("kept", keptId)
                .param("duplicate", duplicateId)
                .update();
        jdbc.sql("update stakeholder_organisation set merged_into = :kept, updated_at = now() where id = :duplicate")
                .param("kept", keptId)
                .param("duplicate", duplicateId)
                .update();
    }
}
