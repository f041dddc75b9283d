package org.percorsi.regional;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What other modules hold about a funded process, for the regional module's tests: meetings, attendance, table. */
final class EvidenceFixtures {

    private EvidenceFixtures() {}

    /** A meeting of the process on {@code day}, with the given format and status: its id. */
    static long meeting(JdbcClient jdbc, long processId, String format, LocalDate day, String status) {
        return jdbc.sql("""
                        insert into meeting (process_id, format, title, starts_at, ends_at, address, status)
                        values (:p, :f, :t, (cast(:d as date) + time '17:00') at time zone 'Europe/Rome',
                                (cast(:d as date) + time '19:00') at time zone 'Europe/Rome', 'Sala civica', :s)
                        returning id""")
                .param("p", processId)
                .param("f", format)
                .param("t", "Incontro " + day)
                .param("d", day)
                .param("s", status)
                .query(Long.class)
                .single();
    }

    static void attendance(JdbcClient jdbc, long meetingId, String dimension, String bucket, int people) {
        jdbc.sql("insert into meeting_attendance (meeting_id, dimension, bucket, people) values (:m, :d, :b, :n)")
                .param("m", meetingId)
                .param("d", dimension)
                .param("b", bucket)
                .param("n", people)
                .update();
    }

    static void session(JdbcClient jdbc, long processId, int number, LocalDate heldOn) {
        jdbc.sql("insert into negotiation_table_session (process_id, number, title, held_on) values (:p, :n, :t, :d)")
                .param("p", processId)
                .param("n", number)
                .param("t", "Seduta " + number)
                .param("d", heldOn)
                .update();
    }

    /** An organisation accepted on the process's table on {@code joinedOn}. */
    static void member(JdbcClient jdbc, long processId, LocalDate joinedOn) {
        String name = "Associazione " + UUID.randomUUID();
        long organisation = jdbc.sql("""
                        insert into stakeholder_organisation (name, name_key, kind)
                        values (:n, :k, 'ASSOCIATION') returning id""")
                .param("n", name)
                .param("k", name.toLowerCase())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into negotiation_table_member (process_id, organisation_id, state, channel, requested_on,
                                                              joined_on)
                        values (:p, :o, 'ACCEPTED', 'SITE', :d, :d)""")
                .param("p", processId)
                .param("o", organisation)
                .param("d", joinedOn)
                .update();
    }
}
