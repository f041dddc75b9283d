package org.percorsi.processes;

import org.percorsi.shared.events.PublicContentChanged;

/**
 * Published whenever a process is created or changes (its details, its status), with what cross-cutting
 * modules (search) need of it: its address ({@code slug}), title and text (its summary and description, as
 * plain text), and whether it is still a draft, seen by nobody outside the back office. {@code version} is the
 * process's own, which grows with every save: a listener handling changes out of order keeps the newest.
 */
public record ProcessChanged(long processId, long version, String slug, String title, String text, boolean draft)
        implements PublicContentChanged {}
