package org.percorsi.stakeholders.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of a process's stakeholder map. */
@Repository
public class StakeholderMapStore {

    private final JdbcClient jdbc;

    StakeholderMapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation of the registry, or an expert in person (with their field and, for invitations, email). */
    public record NewEntry(
            long processId,
            Long organisationId,
            String expertName,
            String expertField,
            String expertEmail,
            boolean namePublic,
            Long themeId,
            Long scopeId,
            boolean internal,
            String engagement,
            String note) {}

    /** Refused, on the organisation's field, when the same one is already on the map for that theme and place. */
    public long insert(NewEntry entry) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            insert into stakeholder_map_entry (process_id, organisation_id, expert_name, expert_field,
                                expert_email, name_public, theme_id, scope_id, internal, engagement, note)
                            values (:process, :organisation, :expert, :field, :email, :public, :theme, :scope, :internal,
                                :engagement, :note)""")
                    .param("process", entry.processId())
                    .param("organisation", entry.organisationId())
                    .param("expert", entry.expertName())
                    .param("field", entry.expertField())
                    .param("email", entry.expertEmail())
                    .param("public", entry.namePublic())
                    .param("theme", entry.themeId())
                    .param("scope", entry.scopeId())
                    .param("internal", entry.internal())
                    .param("engagement", entry.engagement())
                    .param("note", entry.note())
                    .update(keys, "id");
        } catch (DuplicateKeyException already) {
            throw new RuleViolation(
                    entry.organisationId() != null ? "organisation" : "expertName", "stakeholders.map.duplicate");
        }
        return keys.getKey().longValue();
    }

    public boolean delete(long processId, long entryId) {
        return jdbc.sql("delete from stakeholder_map_entry where id = :id and process_id = :p")
                        .param("id", entryId)
                        .param("p", processId)
                        .update()
                > 0;
    }

    public void markInvited(long processId, Collection<Long> entryIds, Instant at) {
        jdbc.sql("update stakeholder_map_entry set invited_at = :at where process_id = :p and id = any(:ids)")
                .param("at", Timestamp.from(at))
                .param("p", processId)
                .param("ids", entryIds.toArray(Long[]::new))
                .update();
    }

    /** A merged organisation's places on the maps go to the one kept, unless it is already there. */
    @EventListener
    void on(OrganisationsMerged merged) {
        jdbc.sql("""
                        delete from stakeholder_map_entry d
                        where d.organisation_id = :duplicate and exists (
                            select 1 from stakeholder_map_entry k
                            where k.organisation_id = :kept and k.process_id = d.process_id
                              and coalesce(k.theme_id, 0) = coalesce(d.theme_id, 0)
                              and coalesce(k.scope_id, 0) = coalesce(d.scope_id, 0))""")
                .param("duplicate", merged.duplicateId())
                .param("kept", merged.keptId())
                .update();
        jdbc.sql("update stakeholder_map_entry set organisation_id = :kept where organisation_id = :duplicate")
                .param("duplicate", merged.duplicateId())
                .param("kept", merged.keptId())
                .update();
    }
}
