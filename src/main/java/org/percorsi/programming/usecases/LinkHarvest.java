package org.percorsi.programming.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.harvest.HarvestApi;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.ObjectiveLinkStore;
import org.percorsi.programming.domain.ObjectiveStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager carries what a meeting produced (a card, a cluster, a note) straight into the programming. */
@Service
public class LinkHarvest {

    private final ObjectiveStore objectives;
    private final ObjectiveLinkStore links;
    private final MeetingsApi meetings;
    private final HarvestApi harvest;
    private final ProgrammingPermissions permissions;
    private final AccountsApi accounts;

    LinkHarvest(
            ObjectiveStore objectives,
            ObjectiveLinkStore links,
            MeetingsApi meetings,
            HarvestApi harvest,
            ProgrammingPermissions permissions,
            AccountsApi accounts) {
        this.objectives = objectives;
        this.links = links;
        this.meetings = meetings;
        this.harvest = harvest;
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @Transactional
    public void link(long meetingId, boolean group, Long entryId, Long nodeId, String note) {
        var meeting = meetings.meeting(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireManagerOfProcess(meeting.processId());
        if (nodeId == null || !objectives.nodeExists(nodeId)) {
            throw new RuleViolation("nodeId", "programming.link.chooseObjective");
        }
        boolean ofMeeting = entryId != null
                && harvest.entriesOf(meetingId).stream().anyMatch(e -> e.group() == group && e.id() == entryId);
        if (!ofMeeting) {
            throw new RuleViolation("entryId", "programming.harvest.chooseEntry");
        }
        if (note != null && note.length() > 2000) {
            throw new RuleViolation("note", "Size", 0, 2000);
        }
        links.linkHarvest(
                meetingId,
                group,
                entryId,
                nodeId,
                note == null || note.isBlank() ? null : note.strip(),
                accounts.currentAccountId().orElse(null));
    }

    /** Removes a link of this meeting; none named (a hand-made request), nothing changes. */
    @Transactional
    public void unlink(long meetingId, Long linkId) {
        var meeting = meetings.meeting(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireManagerOfProcess(meeting.processId());
        if (linkId != null) {
            links.unlinkHarvest(meetingId, linkId);
        }
    }
}
