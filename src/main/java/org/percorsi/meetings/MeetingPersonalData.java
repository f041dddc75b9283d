package org.percorsi.meetings;

import java.util.LinkedHashMap;
import org.percorsi.accounts.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's meeting registrations (with what they answered and when they were checked in) and whether they
 * have a private calendar feed, for their data download. Erasure: {@code usecases.EraseMeetingRegistrations}.
 */
@Component
class MeetingPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    MeetingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "meetings";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        var data = new LinkedHashMap<String, Object>();
        data.put("registrations", jdbc.sql("""
                        select m.title as meeting, m.starts_at as "startsAt", r.status, r.answers,
                               r.queued_at as "registeredAt", r.checked_in_at as "checkedInAt"
                        from meeting_registration r join meeting m on m.id = r.meeting_id
                        where r.account_id = :id order by r.queued_at, r.id""").param("id", accountId).query().listOfRows());
        // the feed's secret address is a key: its existence is personal data, the key itself stays off paper
        data.put(
                "calendarFeed",
                jdbc.sql("select count(*) > 0 from meeting_calendar_feed where account_id = :id")
                        .param("id", accountId)
                        .query(Boolean.class)
                        .single());
        return data;
    }
}
