package org.percorsi.outreach.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The back office's warning on a fixed day (1 March 2027, the clock fixed): a public meeting still to come with no
 * action promoting it at least N days before the day it is held is listed; reserved, cancelled and past meetings are
 * not; N is the process's own.
 */
class PromotionCheckTest extends IntegrationTest {

    static final Clock FIRST_OF_MARCH = Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), TimeConfiguration.ROME);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingsApi meetings;

    @Autowired
    CommunicationQueries queries;

    final String run = UniqueWords.next();
    PromotionCheck check;
    long process;

    @BeforeEach
    void aProcessOnAFixedDay() {
        check = new PromotionCheck(meetings, queries, FIRST_OF_MARCH);
        process = jdbc.sql("insert into process (slug, title, short_description, status) "
                        + "values (:s, :t, :t, 'PUBLISHED') returning id")
                .param("s", "promozione-" + run)
                .param("t", "Promozione " + run)
                .query(Long.class)
                .single();
    }

    @Test
    void aPublicMeetingWithoutTimelyPromotionIsListed() {
        long townMeeting = meeting("Town meeting", "2027-03-20T17:00:00Z", false, "SCHEDULED");
        long promoted = meeting("World café", "2027-03-25T17:00:00Z", false, "SCHEDULED");
        meeting("Seduta riservata", "2027-03-22T17:00:00Z", true, "SCHEDULED");
        meeting("Annullato", "2027-03-23T17:00:00Z", false, "CANCELLED");
        long past = meeting("Già svolto", "2027-02-27T17:00:00Z", false, "SCHEDULED");
        action(townMeeting, "2027-03-10", null); // too late: 20 March less 14 days is 6 March
        action(promoted, "2027-03-15", "2027-03-11"); // done on the 11th, the last good day
        action(past, "2027-02-01", null);

        var warning = check.of(process);
        assertThat(warning.leadDays()).isEqualTo(14);
        assertThat(warning.meetings()).singleElement().satisfies(m -> {
            assertThat(m.meetingId()).isEqualTo(townMeeting);
            assertThat(m.promoteBy()).isEqualTo(LocalDate.of(2027, 3, 6));
        });

        action(townMeeting, "2027-03-06", null);
        assertThat(check.of(process).meetings()).isEmpty();
    }

    @Test
    void theLeadIsTheProcesssOwn() {
        long townMeeting = meeting("Town meeting", "2027-03-20T17:00:00Z", false, "SCHEDULED");
        action(townMeeting, "2027-03-10", null);
        assertThat(check.of(process).meetings()).hasSize(1);
        jdbc.sql("insert into outreach_setting (process_id, promotion_lead_days) values (:p, 7)")
                .param("p", process)
                .update();
        assertThat(check.of(process).meetings()).isEmpty();
        assertThat(check.of(process).leadDays()).isEqualTo(7);
    }

    private long meeting(String title, String startsAt, boolean reserved, String status) {
        return jdbc.sql("""
                        insert into meeting (process_id, format, title, starts_at, ends_at, address, reserved, status)
                        values (:p, 'TOWN_MEETING', :t, cast(:s as timestamptz),
                                cast(:s as timestamptz) + interval '2 hours', 'Sala civica', :r, :st)
                        returning id""")
                .param("p", process)
                .param("t", title + " " + run)
                .param("s", startsAt)
                .param("r", reserved)
                .param("st", status)
                .query(Long.class)
                .single();
    }

    private void action(long meeting, String planned, String done) {
        jdbc.sql("""
                        insert into outreach_action (process_id, channel, title, planned_on, done_on, meeting_id, public)
                        values (:p, 'SOCIAL_MEDIA', 'Post', cast(:planned as date), cast(:done as date), :m, true)""")
                .param("p", process)
                .param("planned", planned)
                .param("done", done)
                .param("m", meeting)
                .update();
    }
}
