package org.percorsi.meetings;

import org.percorsi.shared.events.PublicContentChanged;

/**
 * A meeting was scheduled, changed, cancelled or closed, or what it produced changed. It carries what
 * search keeps of the meeting, read in the transaction of the change, so listeners need not ask back.
 *
 * @param content the meeting as it is after the change; null only in a notice by id (see the short
 *        constructor), which meetings completes with a second event before the transaction ends
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
    public record Content(long processId, Long phaseId, String title, String text, boolean reserved, long version) {
    }

    /**
     * A change announced by the meeting's id only (the method harvest does so): meetings answers it at once,
     * in the same transaction, with the event that carries the content. Listeners skip the notice itself.
     */
    public MeetingChanged(long meetingId) {
        this(meetingId, null);
    }

    /** Whether this is only a notice by id, completed by another event. */
    public boolean notice() {
        return content == null;
    }
}
