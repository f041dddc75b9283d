package org.percorsi.stakeholders.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of the people who represent an organisation. */
@Repository
public class RepresentativeStore {

    private final JdbcClient jdbc;

    RepresentativeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public enum Role {
        MAIN,
        SUBSTITUTE
    }

    /**
     * A representative from {@code validFrom}; {@code accountId} when the person has an account (the reserved
     * area opens to it), {@code namePublic} when they consented to their name on public pages.
     */
    public record NewRepresentative(
            long organisationId,
            String fullName,
            String email,
            String phone,
            Long accountId,
            Role role,
            LocalDate validFrom,
            LocalDate validTo,
            UUID delegationFile,
            boolean namePublic) {}

    public long insert(NewRepresentative representative) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into stakeholder_representative (organisation_id, full_name, email, phone, account_id, role,
                            valid_from, valid_to, delegation_file, name_public)
                        values (:organisation, :name, :email, :phone, :account, :role, :from, :to, :file, :public)""")
                .param("organisation", representative.organisationId())
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
}
