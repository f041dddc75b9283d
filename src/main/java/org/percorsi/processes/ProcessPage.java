package org.percorsi.processes;

import java.util.List;
import java.util.UUID;

/** Everything the public page of a process shows. */
public record ProcessPage(
        long id,
        String slug,
        String title,
        String shortDescription,
        String descriptionHtml,
        String howToTakePartHtml,
        String commissionedBy,
        String partners,
        String responsibleOffice,
        String fundingNote,
        ProcessStatus status,
        Visibility visibility,
        UUID coverImageId,
        String coverImageAlt,
        List<PhaseView> phases,
        List<Long> themeIds,
        List<Long> scopeIds) {

    public PhaseView currentPhase() {
        return phases.stream().filter(PhaseView::isCurrent).findFirst().orElse(null);
    }
}
