package org.percorsi.stakeholders.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of who attended a session for each member organisation, and the reads its rules need: which
 * organisations were members of the table on a date, and which of their representatives were in office then.
 */
@Repository
public class AttendanceStore {

    /** Better attendance first: an organisation merged with its duplicate keeps the better of the two. */
    private static final String RANK = "case %s when 'PRESENT' then 0 when 'SUBSTITUTE' then 1 else 2 end";

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A member on a date: accepted by then, and not withdrawn by then (a member that withdrew later still was one).
     * Organisations merged into another are never members: their membership followed the kept one.
     */
    public static final String MEMBER_ON = """
            m.process_id = :process and m.joined_on is not null and m.joined_on <= :on
            and (m.state = 'ACCEPTED' or (m.state = 'WITHDRAWN' and m.withdrawn_on > :on))""";

    /** A member organisation, named for messages. */
    public record Member(long organisationId, String name) {}

    /** The organisations that were members of the process's table on that date, by name. */
    public List<Member> membersOn(long processId, LocalDate on) {
        return jdbc.sql("select o.id, o.name from negotiation_table_member m"
                        + " join stakeholder_organisation o on o.id = m.organisation_id where " + MEMBER_ON
                        + " order by o.name, o.id")
                .param("process", processId)
                .param("on", on)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** A representative in office on a date: whose organisation and role. */
    public record RepresentativeOn(long id, long organisationId, String role) {}

    /** Which of these representatives were in office on that date (the others are left out). */
    public List<RepresentativeOn> representativesOn(Collection<Long> ids, LocalDate on) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, organisation_id, role from stakeholder_representative
                        where id = any(:ids) and valid_from <= :on and (valid_to is null or valid_to >= :on)""")
                .param("ids", ids.toArray(Long[]::new))
                .param("on", on)
                .query((rs, n) -> new RepresentativeOn(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** One organisation's attendance at a session. */
    public record Row(long organisationId, String status, Long representativeId) {}

    /** The session's attendance, replaced as a whole by what was recorded now. */
    public void replace(long sessionId, List<Row> rows) {
        jdbc.sql("delete from negotiation_table_attendance where session_id = :s")
                .param("s", sessionId)
                .update();
        for (Row row : rows) {
            jdbc.sql("""
                            insert into negotiation_table_attendance (session_id, organisation_id, status, representative_id)
                            values (:s, :o, :st, :r)""")
                    .param("s", sessionId)
                    .param("o", row.organisationId())
                    .param("st", row.status())
                    .param("r", row.representativeId())
                    .update();
        }
    }

    /**
     * A duplicate organisation merged into the kept one, in the merge's transaction: its attendance moves to the
     * kept organisation; where both attended the same session, the better of the two stays.
     */
    @EventListener
    void on(OrganisationsMerged merged) {
        jdbc.sql("""
                        update negotiation_table_attendance kept
                        set status = duplicate.status, representative_id = duplicate.representative_id
                        from negotiation_table_attendance duplicate
                        where kept.organisation_id = :kept and duplicate.organisation_id = :duplicate
                          and duplicate.session_id = kept.session_id and %s < %s""".formatted(RANK.formatted("duplicate.status"), RANK.formatted("kept.status")))
                .param("kept", merged.keptId())
                .param("duplicate", merged.duplicateId())
                .update();
        jdbc.sql("""
                        delete from negotiation_table_attendance duplicate
                        where duplicate.organisation_id = :duplicate and exists (
                            select 1 from negotiation_table_attendance kept
                            where kept.session_id = duplicate.session_id and kept.organisation_id = :kept)""")
                .param("kept", merged.keptId())
                .param("duplicate", merged.duplicateId())
                .update();
        jdbc.sql("update negotiation_table_attendance set organisation_id = :kept where organisation_id = :duplicate")
                .param("kept", merged.keptId())
                .param("duplicate", merged.duplicateId())
                .update();
    }
}
