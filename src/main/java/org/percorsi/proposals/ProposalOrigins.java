package org.percorsi.proposals;

import java.util.List;
import java.util.Optional;
import org.percorsi.shared.web.Option;

/**
 * Where a proposal came from, told by the module that holds it (meetings): the
 * proposals module stores only the meeting's id and never depends on meetings.
 * Empty when the viewer may not see that meeting (a reserved session).
 */
public interface ProposalOrigins {

    record Origin(long processId, String title, String url) {}

    Optional<Origin> meeting(long meetingId);

    /** The meetings of a process the viewer may see, newest first, to say where a proposal typed from paper came from. */
    List<Option> meetingsOf(long processId);
}
