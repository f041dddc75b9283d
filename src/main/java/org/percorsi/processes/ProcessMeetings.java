package org.percorsi.processes;

import java.time.Instant;
import java.util.List;

/**
 * The meetings coming up in a process, told by the module that holds them (meetings), so that a process's page
 * can list them while processes never depends on meetings. Only meetings the viewer may see.
 */
public interface ProcessMeetings {

    record Upcoming(long id, String title, String formatLabel, Instant startsAt, Instant endsAt, String place) {}

    List<Upcoming> upcoming(long processId, int limit);
}
