package org.percorsi.outreach;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Outreach things written straight into the database, for the tests that call every route. */
public final class OutreachFixtures {

    private OutreachFixtures() {}

    /** A public action of the process's plan, planned today. */
    public static long action(JdbcClient jdbc, long processId) {
        return jdbc.sql("""
                        insert into outreach_action (process_id, channel, title, planned_on, public)
                        values (:p, 'WEBSITE', 'Notizia sul sito', current_date, true) returning id""").param("p", processId).query(Long.class).single();
    }

    /** An info point of the process. */
    public static long infoPoint(JdbcClient jdbc, long processId) {
        return jdbc.sql("""
                        insert into outreach_info_point (process_id, name, address, organisation_name)
                        values (:p, 'Punto di prova', 'Via Roma 1', 'Associazione di prova') returning id""").param("p", processId).query(Long.class).single();
    }
}
