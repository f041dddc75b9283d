package org.percorsi.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * How a process reaches people, as its public pages show it: public actions of its communication plan and its info
 * points; nothing of a process the viewer may not see.
 */
public final class PublicOutreach {

    private PublicOutreach() {}

    /** A public action of the communication plan; {@code doneOn} null while it is still to come. */
    public record Action(
            String title,
            String channelLabel,
            String audience,
            List<String> languageNames,
            LocalDate plannedOn,
            LocalDate doneOn,
            Long meetingId,
            String meetingTitle,
            List<Material> materials) {}

    /** A file made for an action: where it is served, what it is, whether it is an image. */
    public record Material(String url, String description, String filename, boolean image) {}

    /** A fixed point in a neighbourhood where people get information, and when it is open. */
    public record InfoPoint(
            long id,
            String name,
            String address,
            String neighbourhood,
            String organisation,
            List<String> openingHours,
            String hoursNote,
            List<String> languageNames,
            String latitude,
            String longitude) {}

    public record Section(List<Action> upcoming, List<Action> done, List<InfoPoint> infoPoints) {

        public boolean isEmpty() {
            return upcoming.isEmpty() && done.isEmpty() && infoPoints.isEmpty();
        }
    }
}
