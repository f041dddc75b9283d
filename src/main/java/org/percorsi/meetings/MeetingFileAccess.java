package org.percorsi.meetings;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.FileAccess;
import org.percorsi.meetings.queries.MeetingQueries;
import org.springframework.stereotype.Component;

/** A meeting's photos and files are seen by whoever may see the meeting once its record is published. */
@Component
class MeetingFileAccess implements FileAccess {

    private final MeetingQueries queries;
    private final MeetingPermissions permissions;

    MeetingFileAccess(MeetingQueries queries, MeetingPermissions permissions) {
        this.queries = queries;
        this.permissions = permissions;
    }

    /** Visible meeting, and its record published (closed) unless the viewer organises it. */
    @Override
    public Optional<Boolean> mayView(UUID fileId) {
        return queries.ownerOfFile(fileId)
                .map(owner -> queries.visible(owner.meetingId())
                        && (owner.published() || permissions.canOrganise(owner.processId())));
    }
}
