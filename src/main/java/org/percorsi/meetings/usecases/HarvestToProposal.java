package org.percorsi.meetings.usecases;

import org.percorsi.meetings.MeetingChanged;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.domain.HarvestStore;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.ProposeFromMeeting;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator turns a card, cluster, theme, note or comment into a need, idea or
 * proposal of the process. The proposal keeps where it came from (the meeting and
 * the exact item) and the item points to the proposal; each item becomes at most
 * one proposal, even if two facilitators click at once.
 */
@Service
public class HarvestToProposal {

    private final MeetingStore meetings;
    private final HarvestStore harvest;
    private final MeetingPermissions permissions;
    private final ProposeFromMeeting propose;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    HarvestToProposal(MeetingStore meetings, HarvestStore harvest, MeetingPermissions permissions,
            ProposeFromMeeting propose, MessageSource messages, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.harvest = harvest;
        this.permissions = permissions;
        this.propose = propose;
        this.messages = messages;
        this.events = events;
    }

    public record Request(boolean group, long id, ProposalKind kind, String title, String body) {
    }

    @Transactional
    public long handle(long meetingId, Request request) {
        var meeting = meetings.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireOrganiser(meeting.processId());
        if (request.kind() == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        var source = (request.group() ? harvest.group(meetingId, request.id()) : harvest.item(meetingId, request.id()))
                .orElseThrow(() -> new NotFoundException("harvest " + request.id()));
        if (source.proposalId() != null) {
            throw RuleViolation.global("meetings.harvest.alreadyProposed");
        }
        String title = request.title() == null || request.title().isBlank() ? shorten(source.text()) : request.title();
        String body = request.body() == null || request.body().isBlank() ? source.text() : request.body();
        long proposal = propose.handle(new ProposeFromMeeting.FromMeeting(meeting.processId(), meeting.phaseId(),
                request.kind(), title, body, meeting.themeId(), meeting.scopeId(), meetingId, provenance(meeting, source)));
        if (!harvest.markProposed(meetingId, request.group(), request.id(), proposal)) {
            throw RuleViolation.global("meetings.harvest.alreadyProposed"); // rolls the new proposal back too
        }
        events.publishEvent(new MeetingChanged(meetingId));
        return proposal;
    }

    /** Where in the meeting the item was written, e.g. "World café · Table 2 (host Anna) · Round 1". */
    private String provenance(MeetingStore.Head meeting, HarvestStore.Source source) {
        var locale = LocaleContextHolder.getLocale();
        var parts = new java.util.ArrayList<String>();
        parts.add(messages.getMessage("meetings.format." + meeting.format(), null, locale));
        parts.add(messages.getMessage("meetings.harvest.kind." + source.kind(), null, locale));
        if (source.tableId() != null) {
            harvest.groupLabel(source.tableId()).ifPresent(parts::add);
        }
        if (source.roundId() != null) {
            harvest.roundLabel(source.roundId()).ifPresent(label ->
                    parts.add(messages.getMessage("meetings.harvest.round", new Object[] {label}, locale)));
        }
        return String.join(" · ", parts);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 150 ? oneLine : oneLine.substring(0, 147) + "…";
    }
}
