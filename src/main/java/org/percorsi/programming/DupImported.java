package org.percorsi.programming;

import java.time.Instant;
import org.percorsi.shared.events.PublicContentChanged;

/**
 * A DUP table import was confirmed: objectives of the cycle were added or reworded (never removed). The
 * objectives are not carried: a cycle holds thousands of them; readers read the cycle through
 * {@link ProgrammingApi#indexableObjectives}, which always gives its latest state.
 *
 * @param versionId  the version of the cycle the import created; imports of one cycle are serialised by its row
 *                   lock, so a later import has a higher version id
 * @param importedAt when the import was applied (after that lock was taken)
 */
public record DupImported(long cycleId, long versionId, Instant importedAt) implements PublicContentChanged {}
