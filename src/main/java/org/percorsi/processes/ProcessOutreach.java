package org.percorsi.processes;

import java.time.LocalDate;
import java.util.List;

/**
 * How a process reaches people, told by the module that holds it (outreach), so that a process's page can show
 * its communication actions and its info points while processes never depends on outreach. Only what the viewer
 * may see: public actions, and nothing of a process the viewer may not see.
 */
public interface ProcessOutreach {

    /** A public action of the communication plan; {@code doneOn} null while it is still to come. */
    record Action(
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
    record Material(String url, String description, String filename, boolean image) {}

    /** A fixed point in a neighbourhood where people get information, and when it is open. */
    record InfoPoint(
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

    record Section(List<Action> upcoming, List<Action> done, List<InfoPoint> infoPoints) {

        public boolean isEmpty() {
            return upcoming.isEmpty() && done.isEmpty() && infoPoints.isEmpty();
        }
    }

    Section of(long processId);
}
