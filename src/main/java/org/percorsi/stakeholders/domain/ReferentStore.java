package org.percorsi.stakeholders.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of a negotiation table's referents per neighbourhood or theme, and of its rule on them. */
@Repository
public class ReferentStore {

    private final JdbcClient jdbc;

    ReferentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current referent of this neighbourhood (or theme) of the process, locked: the one a new one replaces. */
    public Optional<Long> lockCurrent(long processId, Long scopeId, Long themeId) {
        return jdbc.sql("""
                        select representative_id from negotiation_table_referent
                        where process_id = :processId and ended_on is null
                          and scope_id is not distinct from :scope and theme_id is not distinct from :theme
                        for update""")
                .param("processId", processId)
                .param("scope", scopeId)
                .param("theme", themeId)
                .query(Long.class)
                .optional();
    }

    /** Whether this person may be a referent of the process: a representative valid today of an accepted member. */
    public boolean eligible(long processId, long representativeId, LocalDate today) {
        return jdbc.sql("""
                        select exists (select 1 from stakeholder_representative r
                                       join negotiation_table_member m on m.organisation_id = r.organisation_id
                                       where r.id = :representative and m.process_id = :processId and m.state = 'ACCEPTED'
                                         and r.valid_from <= :today and (r.valid_to is null or r.valid_to >= :today))""")
                .param("representative", representativeId)
                .param("processId", processId)
                .param("today", today)
                .query(Boolean.class)
                .single();
    }

    /** Names a referent from {@code on}, ending the current one of the same neighbourhood or theme that day. */
    public long name(long processId, Long scopeId, Long themeId, long representativeId, LocalDate on, long by) {
        jdbc.sql("""
                        update negotiation_table_referent set ended_on = greatest(:on, named_on)
                        where process_id = :processId and ended_on is null
                          and scope_id is not distinct from :scope and theme_id is not distinct from :theme""")
                .param("processId", processId)
                .param("scope", scopeId)
                .param("theme", themeId)
                .param("on", on)
                .update();
        return jdbc.sql("""
                        insert into negotiation_table_referent (process_id, scope_id, theme_id, representative_id, named_on,
                            named_by)
                        values (:processId, :scope, :theme, :representative, :on, :by) returning id""")
                .param("processId", processId)
                .param("scope", scopeId)
                .param("theme", themeId)
                .param("representative", representativeId)
                .param("on", on)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Ends a current referent of the process; false if there is none with this id. */
    public boolean end(long processId, long referentId, LocalDate on) {
        return jdbc.sql("""
                                update negotiation_table_referent set ended_on = greatest(:on, named_on)
                                where id = :id and process_id = :processId and ended_on is null""")
                        .param("id", referentId)
                        .param("processId", processId)
                        .param("on", on)
                        .update()
                == 1;
    }

    /** Ends the referents who represent this organisation in the process: it left the table. */
    public void endForOrganisation(long processId, long organisationId, LocalDate on) {
        jdbc.sql("""
                        update negotiation_table_referent f set ended_on = greatest(:on, f.named_on)
                        from stakeholder_representative r
                        where r.id = f.representative_id and r.organisation_id = :organisation
                          and f.process_id = :processId and f.ended_on is null""")
                .param("processId", processId)
                .param("organisation", organisationId)
                .param("on", on)
                .update();
    }

    /** Every neighbourhood needs a referent before this phase opens; {@code null}: no such rule. */
    public void requireBeforePhase(long processId, Long phaseId) {
        jdbc.sql("""
                        insert into negotiation_table_setting (process_id, referents_before_phase) values (:processId, :phase)
                        on conflict (process_id) do update set referents_before_phase = excluded.referents_before_phase""").param("processId", processId).param("phase", phaseId).update();
    }
}
