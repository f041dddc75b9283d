package org.percorsi.regional.domain;

import org.percorsi.regional.CriterionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of a dossier's quality criteria checklist: one judgement and note per criterion, replaced when saved again. */
@Repository
public class ChecklistStore {

    private final JdbcClient jdbc;

    ChecklistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long dossierId, String criterionCode, CriterionState state, String note) {
        jdbc.sql("""
                        insert into regional_checklist_entry (dossier_id, criterion_code, state, note)
                        values (:d, :c, :s, :n)
                        on conflict (dossier_id, criterion_code)
                        do update set state = excluded.state, note = excluded.note, updated_at = now()""")
                .param("d", dossierId)
                .param("c", criterionCode)
                .param("s", state.name())
                .param("n", note)
                .update();
    }
}
