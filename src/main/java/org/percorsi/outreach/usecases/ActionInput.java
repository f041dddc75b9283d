package org.percorsi.outreach.usecases;

import org.percorsi.meetings.MeetingsApi;
import org.percorsi.outreach.Channel;
import org.percorsi.outreach.domain.ActionStore.ActionData;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Component;

/** Reads an action's form into what the store keeps, refusing on its field what cannot be kept. */
@Component
class ActionInput {

    private final MeetingsApi meetings;

    ActionInput(MeetingsApi meetings) {
        this.meetings = meetings;
    }

    ActionData read(long processId, ActionForm form) {
        Channel channel = Inputs.choice(Channel.class, form.channel(), "channel", true);
        String other = Inputs.optional(form.channelOther(), "channelOther", 100);
        if (channel == Channel.OTHER && (other == null || other.length() < 2)) {
            throw new RuleViolation("channelOther", "outreach.action.otherChannelNeeded");
        }
        String title = Inputs.required(form.title(), "title", 3, 200);
        var planned = Inputs.date(form.plannedOn(), "plannedOn", true);
        var done = Inputs.date(form.doneOn(), "doneOn", false);
        if (form.meetingId() != null
                && meetings.meeting(form.meetingId())
                        .filter(m -> m.processId() == processId)
                        .isEmpty()) {
            throw new RuleViolation("meetingId", "outreach.action.unknownMeeting");
        }
        if (channel == Channel.INTERNAL && form.isPublic()) {
            throw new RuleViolation("visibleToPublic", "outreach.action.internalNotPublic");
        }
        return new ActionData(
                channel.name(),
                channel == Channel.OTHER ? other : null,
                title,
                Inputs.optional(form.audience(), "audience", 300),
                Inputs.languages(form.languageCodes(), "languages"),
                planned,
                done,
                Inputs.optional(form.owner(), "owner", 200),
                form.meetingId(),
                form.isPublic(),
                Inputs.optional(form.note(), "note", 1000));
    }
}
