package org.percorsi.stakeholders.domain;

import java.util.Optional;
import org.percorsi.stakeholders.OrganisationKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes of the registry of organisations. The database refuses a second live organisation with the same name
 * key or code; this store turns that refusal into {@link DuplicateOrganisation}, naming the one already there,
 * so that whoever registers — the office in the back office, an association through the public form — is sent
 * to it instead.
 */
@Repository
public class OrganisationStore {

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the registry keeps of an organisation; codes already normalised (upper case, no spaces). */
    public record NewOrganisation(
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
            Long createdBy) {}

    /** The organisation a new one would duplicate, and by what: {@code name}, {@code fiscalCode}, {@code runtsNumber} or {@code ipaCode}. */
    public static class DuplicateOrganisation extends RuntimeException {

        private final long existingId;
        private final String existingName;
        private final String field;

        DuplicateOrganisation(long existingId, String existingName, String field) {
            super("Organisation already registered as " + existingId + " (" + field + ")");
            this.existingId = existingId;
            this.existingName = existingName;
            this.field = field;
        }

        public long existingId() {
            return existingId;
        }

        public String existingName() {
            return existingName;
        }

        public String field() {
            return field;
        }
    }

    /**
     * Registers an organisation. Refused with {@link DuplicateOrganisation} when a live one has the same name key
     * or code; the check runs first for the message, and the unique indexes decide between two at the same time.
     */
    public long insert(NewOrganisation organisation) {
        String key = OrganisationNames.key(organisation.name());
        duplicateOf(key, organisation.fiscalCode(), organisation.runtsNumber(), organisation.ipaCode(), null)
                .ifPresent(duplicate -> {
                    throw duplicate;
                });
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            insert into stakeholder_organisation (name, name_key, kind, fiscal_code, runts_number, ipa_code,
                                description, website, contact_name, contact_email, contact_phone, created_by)
                            values (:name, :key, :kind, :fiscal, :runts, :ipa, :description, :website, :contactName,
                                :contactEmail, :contactPhone, :createdBy)""")
                    .param("name", organisation.name().strip())
                    .param("key", key)
                    .param("kind", organisation.kind().name())
                    .param("fiscal", organisation.fiscalCode())
                    .param("runts", organisation.runtsNumber())
                    .param("ipa", organisation.ipaCode())
                    .param("description", organisation.description())
                    .param("website", organisation.website())
                    .param("contactName", organisation.contactName())
                    .param("contactEmail", organisation.contactEmail())
                    .param("contactPhone", organisation.contactPhone())
                    .param("createdBy", organisation.createdBy())
                    .update(keys, "id");
        } catch (DuplicateKeyException raced) {
            throw duplicateOf(key, organisation.fiscalCode(), organisation.runtsNumber(), organisation.ipaCode(), null)
                    .orElseThrow(() -> raced);
        }
        return keys.getKey().longValue();
    }

    /**
     * The live organisation (not merged into another) that these name key and codes would duplicate, other than
     * {@code except} (the one being edited), if any.
     */
    public Optional<DuplicateOrganisation> duplicateOf(
            String nameKey, String fiscalCode, String runtsNumber, String ipaCode, Long except) {
        return jdbc.sql("""
                        select id, name,
                               case when fiscal_code = :fiscal then 'fiscalCode'
                                    when runts_number = :runts then 'runtsNumber'
                                    when ipa_code = :ipa then 'ipaCode'
                                    else 'name' end as field
                        from stakeholder_organisation
                        where merged_into is null and id <> coalesce(:except, -1)
                          and (name_key = :key or fiscal_code = :fiscal or runts_number = :runts or ipa_code = :ipa)
                        order by id limit 1""")
                .param("key", nameKey)
                .param("fiscal", fiscalCode)
                .param("runts", runtsNumber)
                .param("ipa", ipaCode)
                .param("except", except)
                .query((rs, n) ->
                        new DuplicateOrganisation(rs.getLong("id"), rs.getString("name"), rs.getString("field")))
                .optional();
    }

    /** The organisation this one stands for now: itself, or the one it was merged into (followed to the end). */
    public Optional<Long> live(long organisationId) {
        return jdbc.sql("""
                        with recursive chain (id, merged_into) as (
                            select id, merged_into from stakeholder_organisation where id = :id
                            union all
                            select o.id, o.merged_into from stakeholder_organisation o join chain c on o.id = c.merged_into)
                        select id from chain where merged_into is null""").param("id", organisationId).query(Long.class).optional();
    }
}
