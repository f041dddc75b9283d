package org.percorsi.harvest.usecases;

import java.util.ArrayList;
import org.percorsi.harvest.HarvestChanged;
import org.percorsi.harvest.domain.HarvestStore;
import org.percorsi.meetings.MeetingsApi.MeetingHead;
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

    private final HarvestRules rules;
    private final HarvestStore store;
    private final ProposeFromMeeting propose;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    HarvestToProposal(
            HarvestRules rules,
            HarvestStore store,
            ProposeFromMeeting propose,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.propose = propose;
        this.messages = messages;
        this.events = events;
    }

    /** Returns the new proposal's id. */
    @Transactional
    public long handle(long meetingId, HarvestProposalForm form) {
        var meeting = rules.organisedByViewer(meetingId);
        long target = HarvestRules.present("target", form.target());
        if (form.kind() == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        var source = (form.group() ? store.lockGroup(meetingId, target) : store.lockItem(meetingId, target))
                .orElseThrow(() -> new NotFoundException("harvest " + target));
        if (source.proposalId() != null) {
            throw RuleViolation.global("harvest.alreadyProposed");
        }
        String title = form.title() == null || form.title().isBlank() ? shorten(source.text()) : form.title();
        String body = form.body() == null || form.body().isBlank() ? source.text() : form.body();
        long proposal = propose.handle(new ProposeFromMeeting.FromMeeting(
                meeting.processId(),
                meeting.phaseId(),
                form.kind(),
                title,
                body,
                meeting.themeId(),
                meeting.scopeId(),
                meetingId,
                provenance(meeting, source)));
        if (!store.markProposed(meetingId, form.group(), target, proposal)) {
            throw RuleViolation.global("harvest.alreadyProposed"); // rolls the new proposal back too
        }
        events.publishEvent(new HarvestChanged(meetingId));
        return proposal;
    }

    /** Where in the meeting the item was written, e.g. "World café · Table 2 (host Anna) · Round 1". */
    private String provenance(MeetingHead meeting, HarvestStore.Source source) {
        var locale = LocaleContextHolder.getLocale();
        var parts = new ArrayList<String>();
        parts.add(messages.getMessage("meetings.format." + meeting.format().name(), null, locale));
        parts.add(messages.getMessage("harvest.kind." + source.kind(), null, locale));
        if (source.tableId() != null) {
            store.groupLabel(source.tableId()).ifPresent(parts::add);
        }
        if (source.roundId() != null) {
            store.roundLabel(source.roundId())
                    .ifPresent(label -> parts.add(messages.getMessage("harvest.round", new Object[] {label}, locale)));
        }
        return String.join(" · ", parts);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 150 ? oneLine : oneLine.substring(0, 147) + "…";
    }
}
