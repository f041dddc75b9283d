package org.percorsi.outreach.queries;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.outreach.ContactTopic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of info points and of the contacts counted there; the caller checks who is looking. */
@Component
@Transactional(readOnly = true)
public class InfoPointQueries {

    private final JdbcClient jdbc;

    InfoPointQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Slot(int weekday, LocalTime opens, LocalTime closes) {}

    public record Point(
            long id,
            String name,
            String address,
            BigDecimal latitude,
            BigDecimal longitude,
            Long scopeId,
            String organisationName,
            List<String> languages,
            String hoursNote,
            List<Slot> slots) {}

    public List<Point> points(long processId) {
        Map<Long, List<Slot>> slots = new HashMap<>();
        jdbc.sql("""
                        select s.point_id, s.weekday, s.opens, s.closes from outreach_opening_slot s
                        join outreach_info_point p on p.id = s.point_id
                        where p.process_id = :process order by s.weekday, s.opens""").param("process", processId).query(rs -> {
            slots.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Slot(
                            rs.getInt(2),
                            rs.getTime(3).toLocalTime(),
                            rs.getTime(4).toLocalTime()));
        });
        return jdbc.sql("select * from outreach_info_point where process_id = :process order by name, id")
                .param("process", processId)
                .query((rs, n) -> new Point(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("address"),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"),
                        (Long) rs.getObject("scope_id"),
                        rs.getString("organisation_name"),
                        CommunicationQueries.codes(rs.getArray("languages")),
                        rs.getString("hours_note"),
                        slots.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public Optional<Point> point(long processId, long pointId) {
        return points(processId).stream().filter(p -> p.id() == pointId).findFirst();
    }

    /** One count as recorded: a day or a week, how many, and optionally the topic and the language. */
    public record Count(
            long id, String period, LocalDate startsOn, ContactTopic topic, String language, int contacts) {}

    /** The latest counts of a point, newest period first (at most 200). */
    public List<Count> counts(long pointId) {
        return jdbc.sql("""
                        select id, period, starts_on, topic, language, contacts from outreach_contact_count
                        where point_id = :point order by starts_on desc, id desc limit 200""")
                .param("point", pointId)
                .query((rs, n) -> {
                    Date starts = rs.getDate("starts_on");
                    String topic = rs.getString("topic");
                    return new Count(
                            rs.getLong("id"),
                            rs.getString("period"),
                            starts.toLocalDate(),
                            topic == null ? null : ContactTopic.valueOf(topic),
                            rs.getString("language"),
                            rs.getInt("contacts"));
                })
                .list();
    }

    /** Contacts counted at each point of the process, all periods together. */
    public Map<Long, Long> totals(long processId) {
        Map<Long, Long> totals = new HashMap<>();
        jdbc.sql("""
                        select p.id, coalesce(sum(c.contacts), 0) from outreach_info_point p
                        left join outreach_contact_count c on c.point_id = p.id
                        where p.process_id = :process group by p.id""").param("process", processId).query(rs -> {
            totals.put(rs.getLong(1), rs.getLong(2));
        });
        return totals;
    }
}
