package org.percorsi.proposals.usecases;

import java.time.LocalDate;
import org.percorsi.processes.PhaseView;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator turns what a meeting produced (a card, a cluster, a table's note)
 * into a need, idea or proposal of the process. It has no author account: it
 * belongs to the meeting, whose id and the exact item are kept as its origin.
 */
@Service
public class ProposeFromMeeting {

    private final ProcessesApi processes;
    private final ProposalStore store;
    private final ProposalPermissions permissions;
    private final ProposalEvents events;

    ProposeFromMeeting(
            ProcessesApi processes, ProposalStore store, ProposalPermissions permissions, ProposalEvents events) {
        this.processes = processes;
        this.store = store;
        this.permissions = permissions;
        this.events = events;
    }

    public record FromMeeting(
            long processId,
            Long phaseId,
            ProposalKind kind,
            String title,
            String body,
            Long themeId,
            Long scopeId,
            long meetingId,
            String originNote) {}

    @Transactional
    public long handle(FromMeeting request) {
        permissions.requireFacilitator(request.processId());
        if (request.title() == null || request.title().isBlank()) {
            throw new RuleViolation("title", "NotBlank");
        }
        if (request.title().strip().length() > 200) {
            throw new RuleViolation("title", "Size", 0, 200);
        }
        String body = RichText.sanitize(
                request.body() == null || request.body().isBlank() ? request.title() : request.body());
        long phaseId = phaseFor(request.processId(), request.phaseId());
        long id = store.insert(
                request.processId(),
                phaseId,
                request.kind(),
                request.title().strip(),
                body,
                request.themeId(),
                request.scopeId(),
                null,
                null,
                null);
        store.originate(id, request.meetingId(), request.originNote());
        events.changed(id);
        return id;
    }

    /** The meeting's phase; else the phase under way; else the latest phase already begun. */
    private long phaseFor(long processId, Long meetingPhaseId) {
        var phases = processes.phases(processId);
        if (phases.isEmpty()) {
            throw new NotFoundException("process " + processId);
        }
        if (meetingPhaseId != null && phases.stream().anyMatch(p -> p.id() == meetingPhaseId)) {
            return meetingPhaseId;
        }
        LocalDate today = processes.today();
        return phases.stream()
                .filter(PhaseView::isCurrent)
                .findFirst()
                .or(() -> phases.stream()
                        .filter(p -> p.startDate() != null && !p.startDate().isAfter(today))
                        .reduce((first, later) -> later))
                .map(PhaseView::id)
                .orElseThrow(() -> RuleViolation.global("proposals.noPhaseOpen"));
    }
}
