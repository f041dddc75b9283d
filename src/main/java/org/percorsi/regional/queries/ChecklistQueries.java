package org.percorsi.regional.queries;

import java.util.LinkedHashMap;
import java.util.Map;
import org.percorsi.regional.CriterionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The judgements saved on a dossier's quality criteria, by criterion code. */
@Service
@Transactional(readOnly = true)
public class ChecklistQueries {

    public record Entry(CriterionState state, String note) {}

    private final JdbcClient jdbc;

    ChecklistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Entry> of(long dossierId) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        jdbc.sql("select criterion_code, state, note from regional_checklist_entry where dossier_id = :d order by id")
                .param("d", dossierId)
                .query((rs, n) -> entries.put(
                        rs.getString(1), new Entry(CriterionState.valueOf(rs.getString(2)), rs.getString(3))))
                .list();
        return entries;
    }
}
