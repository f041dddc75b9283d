package org.percorsi.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upgrading with work still pending from before events carried their data: the old, id-only events are closed
 * by the migration instead of failing on every retry; events in today's form stay pending and are delivered.
 */
class EventsWithoutTheirDataAreRetiredTest extends IntegrationTest {

    static final String MIGRATION = "db/migration/shared/V20261203_2150__shared_retire_events_without_their_data.sql";

    @Autowired
    JdbcClient jdbc;

    @Test
    void pendingEventsInTheirOldFormAreClosedAndTodaysAreKept() throws Exception {
        String listener = "retire-test-" + UUID.randomUUID();
        UUID oldProposal = pending(listener, "org.percorsi.proposals.ProposalChanged", "{\"proposalId\":7}");
        UUID oldComment = pending(
                listener, "org.percorsi.proposals.CommentAdded", "{\"proposalId\":7,\"commentId\":3,\"authorId\":2}");
        UUID oldMeeting = pending(listener, "org.percorsi.meetings.MeetingChanged", "{\"meetingId\":4}");
        UUID oldImport = pending(listener, "org.percorsi.programming.DupImported", "{\"cycleId\":1}");
        UUID newProposal = pending(
                listener,
                "org.percorsi.proposals.ProposalChanged",
                "{\"proposalId\":7,\"version\":3,\"processId\":1,\"phaseId\":1,\"title\":\"Panchine\",\"text\":\"\"}");
        UUID newComment = pending(
                listener,
                "org.percorsi.proposals.CommentAdded",
                "{\"proposalId\":7,\"commentId\":3,\"authorId\":2,\"proposalTitle\":\"Panchine\",\"followerIds\":[]}");
        UUID otherEvent = pending(listener, "org.percorsi.accounts.AccountDeleted", "{\"accountId\":9}");

        jdbc.sql(new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8))
                .update();

        assertThat(closed(oldProposal)).isTrue();
        assertThat(closed(oldComment)).isTrue();
        assertThat(closed(oldMeeting)).isTrue();
        assertThat(closed(oldImport)).isTrue();
        assertThat(closed(newProposal)).as("today's form is delivered").isFalse();
        assertThat(closed(newComment)).as("today's form is delivered").isFalse();
        assertThat(closed(otherEvent))
                .as("events that did not change are left alone")
                .isFalse();
        jdbc.sql("delete from event_publication where listener_id = :l")
                .param("l", listener)
                .update();
    }

    private UUID pending(String listener, String type, String json) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                values (:id, :listener, :type, :json, now(), 'PUBLISHED')""")
                .param("id", id)
                .param("listener", listener)
                .param("type", type)
                .param("json", json)
                .update();
        return id;
    }

    private boolean closed(UUID id) {
        return jdbc.sql("select completion_date is not null from event_publication where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
