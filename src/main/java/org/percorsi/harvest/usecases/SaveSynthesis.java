package org.percorsi.harvest.usecases;

import org.percorsi.meetings.MeetingsApi;
import org.percorsi.shared.richtext.RichText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator writes the plenary synthesis of what the tables said. It is kept with the meeting, whose search
 * entry carries it once the record is published; an empty text removes it.
 */
@Service
public class SaveSynthesis {

    private final HarvestRules rules;
    private final MeetingsApi meetings;

    SaveSynthesis(HarvestRules rules, MeetingsApi meetings) {
        this.rules = rules;
        this.meetings = meetings;
    }

    @Transactional
    public void handle(long meetingId, SynthesisForm form) {
        rules.recordableByViewer(meetingId);
        String html = RichText.sanitize(form.synthesis() == null ? "" : form.synthesis());
        meetings.saveSynthesis(meetingId, RichText.plainText(html).isBlank() ? null : html);
    }
}
