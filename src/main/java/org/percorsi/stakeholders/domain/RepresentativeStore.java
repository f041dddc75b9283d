package org.percorsi.stakeholders.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes of the people who represent an organisation: new ones, the office's changes, and the erasure of what the
 * registry keeps of a deleted account.
 */
@Repository
public class RepresentativeStore {

    /** What stays of a representative whose account was deleted and who did not consent to a public name. */
    public static final String REMOVED_NAME = "Rappresentante rimosso";

    private final JdbcClient jdbc;

    RepresentativeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public enum Role {
        MAIN,
        SUBSTITUTE
    }

    /**
     * What is recorded of a representative, as added or corrected: from {@code validFrom}; {@code accountId} when
     * the person has an account (the reserved area opens to it), {@code delegationFile} the letter, if any,
     * {@code namePublic} when they consented to their name on public pages.
     */
    public record Representative(
            String fullName,
            String email,
            String phone,
            Long accountId,
            Role role,
            LocalDate validFrom,
            LocalDate validTo,
            UUID delegationFile,
            boolean namePublic) {}

    public long insert(long organisationId, Representative representative) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into stakeholder_representative (organisation_id, full_name, email, phone, account_id, role,
                            valid_from, valid_to, delegation_file, name_public)
                        values (:organisation, :name, :email, :phone, :account, :role, :from, :to, :file, :public)""")
                .param("organisation", organisationId)
                .param("name", representative.fullName().strip())
                .param("email", representative.email())
                .param("phone", representative.phone())
                .param("account", representative.accountId())
                .param("role", representative.role().name())
                .param("from", representative.validFrom())
                .param("to", representative.validTo())
                .param("file", representative.delegationFile())
                .param("public", representative.namePublic())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A representative as its changes need it. */
    public record Representation(
            long id, long organisationId, LocalDate validFrom, LocalDate validTo, UUID delegationFile) {}

    public Optional<Representation> find(long representativeId) {
        return jdbc.sql("""
                        select id, organisation_id, valid_from, valid_to, delegation_file
                        from stakeholder_representative where id = :id""")
                .param("id", representativeId)
                .query((rs, n) -> new Representation(
                        rs.getLong("id"),
                        rs.getLong("organisation_id"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getObject("delegation_file", UUID.class)))
                .optional();
    }

    /**
     * Whether another main representative of the organisation is valid on some day between {@code from} and
     * {@code to} (open-ended when null). Asked under the organisation's lock ({@link RegistryStore#lock}).
     */
    public boolean otherMainOverlaps(long organisationId, LocalDate from, LocalDate to, Long except) {
        return jdbc.sql("""
                        select exists (
                            select 1 from stakeholder_representative
                            where organisation_id = :organisation and role = 'MAIN' and id <> coalesce(:except, -1)
                              and daterange(valid_from, valid_to, '[]') && daterange(:from, :to, '[]'))""")
                .param("organisation", organisationId)
                .param("from", from)
                .param("to", to)
                .param("except", except)
                .query(Boolean.class)
                .single();
    }

    public void update(long representativeId, Representative change) {
        jdbc.sql("""
                        update stakeholder_representative
                        set full_name = :name, email = :email, phone = :phone, account_id = :account, role = :role,
                            valid_from = :from, valid_to = :to, delegation_file = :file, name_public = :public
                        where id = :id""")
                .param("id", representativeId)
                .param("name", change.fullName().strip())
                .param("email", change.email())
                .param("phone", change.phone())
                .param("account", change.accountId())
                .param("role", change.role().name())
                .param("from", change.validFrom())
                .param("to", change.validTo())
                .param("file", change.delegationFile())
                .param("public", change.namePublic())
                .update();
    }

    /** The representation ends on {@code lastDay} (included). */
    public void end(long representativeId, LocalDate lastDay) {
        jdbc.sql("update stakeholder_representative set valid_to = :to where id = :id")
                .param("id", representativeId)
                .param("to", lastDay)
                .update();
    }

    /** The delegation letters of the representations linked to an account, which name the person. */
    public List<UUID> delegationFilesOf(long accountId) {
        return jdbc.sql("""
                        select delegation_file from stakeholder_representative
                        where account_id = :account and delegation_file is not null and not name_public""").param("account", accountId).query(UUID.class).list();
    }

    /**
     * A deleted account's representations stay as the organisation's history, without the link, the email or the
     * phone; the name stays only where the person consented to it being public, else {@link #REMOVED_NAME}.
     */
    public void eraseAccount(long accountId) {
        jdbc.sql("""
                        update stakeholder_representative
                        set full_name = case when name_public then full_name else :removed end,
                            email = null, phone = null, account_id = null
                        where account_id = :account""").param("account", accountId).param("removed", REMOVED_NAME).update();
    }
}
