package org.percorsi.processes;

/** Where a process stands. Drafts are seen only in the back office. */
public enum ProcessStatus {
    DRAFT,
    PUBLISHED,
    CONCLUDED,
    ARCHIVED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
