package org.percorsi.programming.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager carries what a meeting produced (a card, a cluster, a note) straight into the programming. */
@Service
public class LinkHarvest {

    private final JdbcClient jdbc;
    private final MeetingsApi meetings;
    private final ProgrammingPermissions permissions;
    private final AccountsApi accounts;

    LinkHarvest(JdbcClient jdbc, MeetingsApi meetings, ProgrammingPermissions permissions, AccountsApi accounts) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @Transactional
    public void link(long meetingId, boolean group, Long entryId, Long nodeId, String note) {
        var meeting = meetings.meeting(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireManagerOfProcess(meeting.processId());
        if (nodeId == null || jdbc.sql("select count(*) from objective_node where id = :n").param("n", nodeId)
                .query(Integer.class).single() == 0) {
            throw new RuleViolation("nodeId", "programming.link.chooseObjective");
        }
        boolean ofMeeting = entryId != null && meetings.harvest(meetingId).stream()
                .anyMatch(e -> e.group() == group && e.id() == entryId);
        if (!ofMeeting) {
            throw new RuleViolation("entryId", "programming.harvest.chooseEntry");
        }
        if (note != null && note.length() > 2000) {
            throw new RuleViolation("note", "Size", 0, 2000);
        }
        jdbc.sql("""
                insert into harvest_objective_link (meeting_id, item_id, group_id, node_id, note, linked_by)
                values (:m, :item, :group, :n, :note, :by) on conflict do nothing""")
                .param("m", meetingId).param("item", group ? null : entryId).param("group", group ? entryId : null)
                .param("n", nodeId).param("note", note == null || note.isBlank() ? null : note.strip())
                .param("by", accounts.currentAccountId().orElse(null)).update();
    }

    @Transactional
    public void unlink(long meetingId, long linkId) {
        var meeting = meetings.meeting(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireManagerOfProcess(meeting.processId());
        jdbc.sql("delete from harvest_objective_link where id = :id and meeting_id = :m").param("id", linkId)
                .param("m", meetingId).update();
    }
}
