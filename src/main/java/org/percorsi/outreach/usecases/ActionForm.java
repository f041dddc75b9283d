package org.percorsi.outreach.usecases;

import java.util.List;

/**
 * An action of the communication plan as typed: channel (or another by name), what, for whom, in which languages,
 * when planned and when done, who is in charge (a role or an office), the meeting it promotes, whether visitors
 * see it, a note for the team. Dates as {@code yyyy-mm-dd}, read by the use case so that a wrong one is said on
 * its field.
 */
public record ActionForm(
        String channel,
        String channelOther,
        String title,
        String audience,
        List<String> languages,
        String plannedOn,
        String doneOn,
        String owner,
        Long meetingId,
        Boolean visibleToPublic,
        String note) {

    public boolean isPublic() {
        return Boolean.TRUE.equals(visibleToPublic);
    }

    public List<String> languageCodes() {
        return languages == null ? List.of() : languages;
    }

    public static ActionForm empty() {
        return new ActionForm("PRESS_OFFICE", "", "", "", List.of("it"), "", "", "", null, true, "");
    }
}
