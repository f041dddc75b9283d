package org.percorsi.documents;

import java.util.List;

/**
 * A version left draft: it is now open to consultation, reserved to the process's area or public. It carries what
 * a notice says and who follows the document at that moment; whether each may read the version is asked when
 * the notice goes ({@link DocumentsApi#readersAmong}).
 */
public record DocumentVersionPublished(
        long documentId, String documentTitle, int versionNumber, boolean reserved, List<Long> followerIds) {}
