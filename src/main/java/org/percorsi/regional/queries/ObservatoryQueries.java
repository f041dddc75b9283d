package org.percorsi.regional.queries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the observatory's record reads of a dossier beyond the whole dossier: whether it has a guarantee committee. */
@Service
@Transactional(readOnly = true)
public class ObservatoryQueries {

    private final JdbcClient jdbc;

    ObservatoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By dossier id: true, false, or absent while the manager has not said. */
    public Map<Long, Boolean> committees(List<Long> dossierIds) {
        Map<Long, Boolean> found = new HashMap<>();
        jdbc.sql("""
                        select id, guarantee_committee from regional_dossier
                        where id = any(cast(:ids as bigint[])) and guarantee_committee is not null""")
                .param("ids", dossierIds.toArray(Long[]::new))
                .query((rs, n) -> found.put(rs.getLong(1), rs.getBoolean(2)))
                .list();
        return found;
    }
}
