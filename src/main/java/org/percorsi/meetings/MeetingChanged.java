package org.percorsi.meetings;

import org.percorsi.shared.events.PublicContentChanged;

/**
 * A meeting was scheduled, changed, cancelled or closed, or what it produced changed. It carries what
 * search keeps of the meeting, read in the transaction of the change, so listeners need not ask back.
 *
 * @param content the meeting as it is after the change
 */
public record MeetingChanged(long meetingId, Content content) implements PublicContentChanged {

    /**
     * What a meeting shows outside its pages: its process and phase, title, the text search indexes (audience,
     * place, description and agenda; minutes and synthesis once the record is published, that is closed), and
     * whether it is reserved (never indexed: search filters only by process and phase).
     *
     * @param version grows by one with each change of this meeting, counted under its row lock in the
     *        transaction of the change: of two changes of one meeting, the higher version is the newer
     */
    public record Content(long processId, Long phaseId, String title, String text, boolean reserved, long version) {}
}
