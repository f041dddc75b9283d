package org.percorsi.proposals.usecases;

import java.util.List;
import java.util.Optional;
import org.percorsi.files.FilesApi;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.PhaseView;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalOrigins;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A participant brings a need, idea or proposal to a published process, in the
 * phase under way, if that phase collects this kind and the participant has the
 * verification level it requires.
 */
@Service
public class SubmitProposal {

    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final ProposalStore store;
    private final ProposalPermissions permissions;
    private final FilesApi files;
    private final ProposalEvents events;

    private final List<ProposalOrigins> origins;

    SubmitProposal(
            ProcessesApi processes,
            OrganisationApi organisation,
            ProposalStore store,
            ProposalPermissions permissions,
            ProposalEvents events,
            FilesApi files,
            List<ProposalOrigins> origins) {
        this.origins = origins;
        this.files = files;
        this.events = events;
        this.processes = processes;
        this.organisation = organisation;
        this.store = store;
        this.permissions = permissions;
    }

    /**
     * Why the viewer could not bring a proposal to this process now, by the same checks as {@link #handle}:
     * the pages then say so instead of offering a form that would be refused. Empty when they may, when they
     * are of the process's team (they type in proposals from paper), or when all that is missing is signing in.
     */
    @Transactional(readOnly = true)
    public Optional<RuleViolation> whyNot(long processId) {
        var process = processes.visibleById(processId).orElseThrow(() -> new NotFoundException("process " + processId));
        if (process.status() != ProcessStatus.PUBLISHED) {
            return Optional.of(RuleViolation.global("proposals.processClosed"));
        }
        PhaseView phase = process.currentPhase();
        if (phase == null || store.participation(phase.id()).kinds().isEmpty()) {
            return Optional.of(RuleViolation.global("proposals.noPhaseOpen"));
        }
        if (permissions.canEnterFromPaper(processId)) {
            return Optional.empty();
        }
        try {
            permissions.requireParticipant(store.participation(phase.id()).levelToCreate());
            return Optional.empty();
        } catch (RuleViolation refused) {
            return Optional.of(refused);
        } catch (AccessDeniedException notSignedIn) {
            return Optional.empty();
        }
    }

    @Transactional
    public long handle(long processId, ProposalForm form) {
        var process = processes.visibleById(processId).orElseThrow(() -> new NotFoundException("process " + processId));
        if (process.status() != ProcessStatus.PUBLISHED) {
            throw RuleViolation.global("proposals.processClosed");
        }
        PhaseView phase = process.currentPhase();
        if (phase == null) {
            throw RuleViolation.global("proposals.noPhaseOpen");
        }
        var settings = store.participation(phase.id());
        if (!settings.kinds().contains(form.kind())) {
            throw new RuleViolation("kind", "proposals.kindNotCollected");
        }
        Long authorId;
        if (form.fromPaper()) {
            // entered by the process's team on someone's behalf: no author account, the source is kept
            permissions.requireFacilitator(processId);
            authorId = null;
        } else {
            authorId = permissions.requireParticipant(settings.levelToCreate()).id();
        }
        if (form.themeId() != null && !organisation.themesExist(List.of(form.themeId()))) {
            throw new RuleViolation("themeId", "proposals.themeUnknown");
        }
        if (form.scopeId() != null && !organisation.scopesExist(List.of(form.scopeId()))) {
            throw new RuleViolation("scopeId", "proposals.scopeUnknown");
        }
        String body = RichText.sanitize(form.body());
        if (RichText.plainText(body).isBlank()) {
            throw new RuleViolation("body", "NotBlank");
        }
        String behalf = form.onBehalfOf() == null || form.onBehalfOf().isBlank()
                ? null
                : form.onBehalfOf().strip();
        long id = store.insert(
                processId,
                phase.id(),
                form.kind(),
                form.title().strip(),
                body,
                form.themeId(),
                form.scopeId(),
                authorId,
                behalf,
                form.fromPaper() ? form.paperSource().strip() : null);
        if (authorId != null) {
            store.follow(id, authorId); // authors hear of comments on their proposal
        }
        if ((form.latitude() == null) != (form.longitude() == null)) {
            throw new RuleViolation("longitude", "proposals.location.bothCoordinates");
        }
        if (form.place() != null && !form.place().isBlank() || form.latitude() != null) {
            store.locate(
                    id,
                    form.place() == null || form.place().isBlank()
                            ? null
                            : form.place().strip(),
                    form.latitude(),
                    form.longitude());
        }
        if (form.originMeetingId() != null) {
            // only the team types proposals from a meeting's sheets; the meeting must be one of this process
            permissions.requireFacilitator(processId);
            boolean ofThisProcess = origins.stream()
                    .flatMap(o -> o.meeting(form.originMeetingId()).stream())
                    .anyMatch(o -> o.processId() == processId);
            if (!ofThisProcess) {
                throw new RuleViolation("originMeetingId", "proposals.originUnknown");
            }
            store.originate(id, form.originMeetingId(), null);
        }
        int position = 0;
        for (var upload : form.attachments() == null ? List.<MultipartFile>of() : form.attachments()) {
            var stored = files.storeDocument(upload, "attachments");
            if (stored.isPresent()) {
                store.attach(
                        id,
                        stored.get().id(),
                        stored.get().filename(),
                        stored.get().image(),
                        position++);
            }
        }
        events.changed(id);
        return id;
    }
}
