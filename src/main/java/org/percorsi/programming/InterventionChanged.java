package org.percorsi.programming;

import java.time.Instant;
import org.percorsi.shared.events.PublicContentChanged;

/**
 * An intervention's sheet was created or changed (its texts, status or activities), with what search indexes
 * of it as the change committed it: its title, and the plain text of its sheet and activities. The sheet is a
 * public page, so the event carries no visibility.
 *
 * @param version   the count of the intervention's changes, raised under its row lock in the change's
 *                  transaction: of two events about one intervention, the higher version is the later state
 * @param changedAt when the change was counted (after the row lock was taken), in the same order as versions
 */
public record InterventionChanged(long interventionId, long version, Instant changedAt, String title, String text)
        implements PublicContentChanged {}
