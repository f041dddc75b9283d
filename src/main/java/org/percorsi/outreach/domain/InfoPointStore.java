package org.percorsi.outreach.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of a process's info points, their opening hours and the contacts counted there. */
@Repository
public class InfoPointStore {

    private final JdbcClient jdbc;

    InfoPointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Slot(int weekday, LocalTime opens, LocalTime closes) {}

    public record PointData(
            String name,
            String address,
            BigDecimal latitude,
            BigDecimal longitude,
            Long scopeId,
            String organisationName,
            List<String> languages,
            String hoursNote,
            List<Slot> slots) {}

    public long insert(long processId, PointData point) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into outreach_info_point (process_id, name, address, latitude, longitude, scope_id,
                            organisation_name, languages, hours_note)
                        values (:process, :name, :address, :lat, :lng, :scope, :organisation, :languages, :note)""").param("process", processId).params(params(point)).update(keys, "id");
        long id = keys.getKey().longValue();
        insertSlots(id, point.slots());
        return id;
    }

    public boolean update(long processId, long pointId, PointData point) {
        int updated = jdbc.sql("""
                        update outreach_info_point set name = :name, address = :address, latitude = :lat,
                            longitude = :lng, scope_id = :scope, organisation_name = :organisation,
                            languages = :languages, hours_note = :note
                        where id = :id and process_id = :process""")
                .param("id", pointId)
                .param("process", processId)
                .params(params(point))
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from outreach_opening_slot where point_id = :id")
                .param("id", pointId)
                .update();
        insertSlots(pointId, point.slots());
        return true;
    }

    private void insertSlots(long pointId, List<Slot> slots) {
        for (Slot slot : slots) {
            jdbc.sql("insert into outreach_opening_slot (point_id, weekday, opens, closes) values (:p, :d, :o, :c)")
                    .param("p", pointId)
                    .param("d", slot.weekday())
                    .param("o", Time.valueOf(slot.opens()))
                    .param("c", Time.valueOf(slot.closes()))
                    .update();
        }
    }

    private static Map<String, Object> params(PointData point) {
        var params = new HashMap<String, Object>();
        params.put("name", point.name());
        params.put("address", point.address());
        params.put("lat", point.latitude());
        params.put("lng", point.longitude());
        params.put("scope", point.scopeId());
        params.put("organisation", point.organisationName());
        params.put("languages", point.languages().toArray(String[]::new));
        params.put("note", point.hoursNote());
        return params;
    }

    public boolean delete(long processId, long pointId) {
        return jdbc.sql("delete from outreach_info_point where id = :id and process_id = :process")
                        .param("id", pointId)
                        .param("process", processId)
                        .update()
                > 0;
    }

    public boolean exists(long processId, long pointId) {
        return jdbc.sql("select exists (select 1 from outreach_info_point where id = :id and process_id = :process)")
                .param("id", pointId)
                .param("process", processId)
                .query(Boolean.class)
                .single();
    }

    /** A count of contacts: never who, only how many, when, and optionally about what and in which language. */
    public record Count(String period, LocalDate startsOn, String topic, String language, int contacts) {}

    /** Refused, on the count's field, when that period, topic and language already has a count. */
    public long insertCount(long pointId, Count count) {
        try {
            return jdbc.sql("""
                            insert into outreach_contact_count (point_id, period, starts_on, topic, language, contacts)
                            values (:point, :period, :starts, :topic, :language, :contacts) returning id""")
                    .param("point", pointId)
                    .param("period", count.period())
                    .param("starts", Date.valueOf(count.startsOn()))
                    .param("topic", count.topic())
                    .param("language", count.language())
                    .param("contacts", count.contacts())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException already) {
            throw new RuleViolation("startsOn", "outreach.contacts.duplicate");
        }
    }

    public boolean deleteCount(long processId, long pointId, long countId) {
        return jdbc.sql("""
                                delete from outreach_contact_count c using outreach_info_point p
                                where c.id = :id and c.point_id = p.id and p.id = :point and p.process_id = :process""")
                        .param("id", countId)
                        .param("point", pointId)
                        .param("process", processId)
                        .update()
                > 0;
    }
}
