package org.percorsi.stakeholders;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of the stakeholders module for the tests that walk every route (route x role, malformed input). */
public final class StakeholderFixtures {

    private StakeholderFixtures() {}

    /** An organisation of the registry, on the stakeholder map of the process: the map entry's id. */
    public static long mapEntry(JdbcClient jdbc, long processId) {
        String name = "Organizzazione " + UUID.randomUUID();
        long organisation = jdbc.sql("insert into stakeholder_organisation (name, name_key, kind) "
                        + "values (:n, lower(:n), 'ASSOCIATION') returning id")
                .param("n", name)
                .query(Long.class)
                .single();
        return jdbc.sql("insert into stakeholder_map_entry (process_id, organisation_id, internal, engagement) "
                        + "values (:p, :o, false, 'INVITED') returning id")
                .param("p", processId)
                .param("o", organisation)
                .query(Long.class)
                .single();
    }

    /** A neighbourhood among the places of the process with this address, for its lab page. */
    public static long neighbourhood(JdbcClient jdbc, String slug) {
        Long place = jdbc.sql("select min(ps.scope_id) from process_scope ps join process p on p.id = ps.process_id "
                        + "where p.slug = :s")
                .param("s", slug)
                .query(Long.class)
                .optional()
                .orElse(null);
        return jdbc.sql("insert into scope (parent_id, name, kind) values (:parent, :n, 'NEIGHBOURHOOD') returning id")
                .param("parent", place)
                .param("n", "Quartiere " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    /** An organisation of the registry (for the registry's routes). */
    public static long organisation(JdbcClient jdbc) {
        String name = "associazione " + UUID.randomUUID();
        return jdbc.sql("insert into stakeholder_organisation (name, name_key, kind) values (:n, :n, 'ASSOCIATION') "
                        + "returning id")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** A substitute representative of the organisation named in the path filled so far. */
    public static long representative(JdbcClient jdbc, String pathSoFar) {
        long organisation = Long.parseLong(pathSoFar.replaceAll(".*/admin/organisations/(\\d+).*", "$1"));
        return jdbc.sql("insert into stakeholder_representative (organisation_id, full_name, role, valid_from) "
                        + "values (:o, 'Rappresentante di prova', 'SUBSTITUTE', current_date) returning id")
                .param("o", organisation)
                .query(Long.class)
                .single();
    }
}
