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

    /** A representative of the organisation of the process's last table member, named {@code fullName}. */
    static void representative(JdbcClient jdbc, long processId, String fullName) {
        jdbc.sql("""
                        insert into stakeholder_representative (organisation_id, full_name, role, valid_from, name_public)
                        select organisation_id, :n, 'MAIN', date '2020-01-01', true from negotiation_table_member
                        where process_id = :p order by id desc limit 1""").param("p", processId).param("n", fullName).update();
    }

    /** A phase of the process, after its others, dated (or not) and reserved (or not): its id. */
    static long phase(JdbcClient jdbc, long processId, String title, LocalDate start, LocalDate end, boolean reserved) {
        return jdbc.sql("""
                        insert into phase (process_id, position, type, title, start_date, end_date, reserved)
                        values (:p, (select coalesce(max(position), -1) + 1 from phase where process_id = :p),
                                'OPENING', :t, :s, :e, :r)
                        returning id""")
                .param("p", processId)
                .param("t", title)
                .param("s", start)
                .param("e", end)
                .param("r", reserved)
                .query(Long.class)
                .single();
    }

    /** A document of the process (of a phase, or of the whole process when {@code phaseId} is null): its id. */
    static long document(JdbcClient jdbc, long processId, Long phaseId, String title) {
        return jdbc.sql("insert into document (process_id, phase_id, kind, title) values (:p, :ph, 'OTHER', :t) "
                        + "returning id")
                .param("p", processId)
                .param("ph", phaseId)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    /** A version of the document: {@code visibility} PUBLIC or RESERVED, {@code state} DRAFT or out of it. */
    static void version(JdbcClient jdbc, long documentId, int number, String visibility, String state) {
        jdbc.sql("""
                        insert into document_version (document_id, number, visibility, state, consultation_from,
                                                      consultation_to)
                        values (:d, :n, :v, :s, case when :s = 'DRAFT' then null else date '2020-03-01' end,
                                case when :s = 'DRAFT' then null else date '2020-03-31' end)""")
                .param("d", documentId)
                .param("n", number)
                .param("v", visibility)
                .param("s", state)
                .update();
    }

    /** A final document (DocPP) of the process, in no phase: its id. */
    static long finalDocument(JdbcClient jdbc, long processId, String title) {
        return jdbc.sql("insert into document (process_id, kind, title) values (:p, 'FINAL_DOCUMENT', :t) returning id")
                .param("p", processId)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    /**
     * A review step of a version out of draft: {@code outcome} for the table's review and the validation, {@code
     * protocol} for the sending; notes as managers write them.
     */
    static void review(
            JdbcClient jdbc,
            long documentId,
            int number,
            String step,
            LocalDate on,
            String outcome,
            String protocol,
            String notes) {
        jdbc.sql("""
                        insert into document_review (version_id, step, done_on, outcome, protocol_number, notes)
                        select id, :s, :on, :o, :pn, :n from document_version where document_id = :d and number = :v""")
                .param("d", documentId)
                .param("v", number)
                .param("s", step)
                .param("on", on)
                .param("o", outcome)
                .param("pn", protocol)
                .param("n", notes)
                .update();
    }
}
