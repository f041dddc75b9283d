package org.percorsi.meetings;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance of a process's meetings added up (counts only, never who), and the formats its meetings used: the
 * evidence a regional dossier's quality criteria and the observatory's record read. Cancelled meetings count for
 * nothing. Whatever the meetings' visibility: the caller decides who may see the totals.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceTotals {

    /**
     * {@code meetings}: the process's meetings not cancelled; {@code counted}: those with any attendance recorded;
     * {@code people}: per dimension, the people per bucket (every bucket present, zero when none); {@code formats}:
     * how many meetings used each format.
     */
    public record Totals(
            int meetings,
            int counted,
            Map<Attendance.Dimension, Map<String, Integer>> people,
            Map<MeetingFormat, Integer> formats) {

        public int total(Attendance.Dimension dimension) {
            return people.get(dimension).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }

        public int of(Attendance.Dimension dimension, String bucket) {
            return people.get(dimension).getOrDefault(bucket, 0);
        }
    }

    private final JdbcClient jdbc;

    AttendanceTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Totals ofProcess(long processId) {
        Map<Attendance.Dimension, Map<String, Integer>> people = new EnumMap<>(Attendance.Dimension.class);
        for (Attendance.Dimension dimension : Attendance.Dimension.values()) {
            Map<String, Integer> buckets = new LinkedHashMap<>();
            Attendance.buckets(dimension).forEach(b -> buckets.put(b, 0));
            people.put(dimension, buckets);
        }
        jdbc.sql("""
                        select a.dimension, a.bucket, sum(a.people) as people
                        from meeting_attendance a join meeting m on m.id = a.meeting_id
                        where m.process_id = :p and m.status <> 'CANCELLED'
                        group by a.dimension, a.bucket""")
                .param("p", processId)
                .query((rs, n) -> people.get(Attendance.Dimension.valueOf(rs.getString("dimension")))
                        .merge(rs.getString("bucket"), rs.getInt("people"), Integer::sum))
                .list();
        Map<MeetingFormat, Integer> formats = new EnumMap<>(MeetingFormat.class);
        jdbc.sql("""
                        select format, count(*) from meeting
                        where process_id = :p and status <> 'CANCELLED' group by format""")
                .param("p", processId)
                .query((rs, n) -> formats.put(MeetingFormat.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        int counted = jdbc.sql("""
                        select count(distinct m.id) from meeting m join meeting_attendance a on a.meeting_id = m.id
                        where m.process_id = :p and m.status <> 'CANCELLED' and a.people > 0""").param("p", processId).query(Integer.class).single();
        int meetings = formats.values().stream().mapToInt(Integer::intValue).sum();
        return new Totals(meetings, counted, people, formats);
    }
}
