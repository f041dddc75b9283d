package org.percorsi.documents.usecases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.percorsi.documents.VersionState;
import org.percorsi.documents.domain.DocumentStore;
import org.percorsi.documents.domain.DocumentStore.VersionRow;
import org.percorsi.documents.domain.ReviewStore;
import org.percorsi.harvest.HarvestApi;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.StakeholdersApi;
import org.springframework.stereotype.Component;

/**
 * What citations, items and review steps check besides the manager's permission: sources of the document's own
 * process, a draft to change what it draws on, a version out of draft to review, and dates that are not in the
 * future nor before the version left draft (on the platform, or when its consultation opened, if earlier).
 */
@Component
class ProvenanceRules {

    static final int MAX_NOTES = 5000;
    static final int MAX_PROTOCOL = 100;

    private final DocumentRules rules;
    private final DocumentStore documents;
    private final ReviewStore reviews;
    private final ProposalsApi proposals;
    private final HarvestApi harvest;
    private final MeetingsApi meetings;
    private final ProcessesApi processes;
    private final StakeholdersApi stakeholders;

    ProvenanceRules(
            DocumentRules rules,
            DocumentStore documents,
            ReviewStore reviews,
            ProposalsApi proposals,
            HarvestApi harvest,
            MeetingsApi meetings,
            ProcessesApi processes,
            StakeholdersApi stakeholders) {
        this.rules = rules;
        this.documents = documents;
        this.reviews = reviews;
        this.proposals = proposals;
        this.harvest = harvest;
        this.meetings = meetings;
        this.processes = processes;
        this.stakeholders = stakeholders;
    }

    /** The draft, locked, of a document the viewer manages; refused once the version is out of draft. */
    VersionRow draftManagedByViewer(long processId, long documentId, Integer version) {
        rules.documentManagedByViewer(processId, documentId);
        return rules.versionIn(documentId, version, VersionState.DRAFT, "documents.provenance.frozen");
    }

    /** The version, locked, of a document the viewer manages; refused while it is a draft. */
    VersionRow reviewableByViewer(long processId, long documentId, Integer version) {
        rules.documentManagedByViewer(processId, documentId);
        var row = documents
                .lockVersion(documentId, DocumentRules.present("version", version))
                .orElseThrow(() -> new NotFoundException("version " + version + " of document " + documentId));
        if (row.state().equals(VersionState.DRAFT.name())) {
            throw RuleViolation.global("documents.review.draft", version);
        }
        return row;
    }

    /** A proposal of the process; refused otherwise (another process's, or none). */
    long proposalOf(long processId, String field, Long proposalId) {
        DocumentRules.present(field, proposalId);
        if (proposals
                .indexable(proposalId)
                .filter(p -> p.processId() == processId)
                .isEmpty()) {
            throw new RuleViolation(field, "documents.provenance.unknownProposal");
        }
        return proposalId;
    }

    /** A harvest item of one of the process's meetings; refused otherwise. */
    long harvestItemOf(long processId, String field, Long itemId) {
        DocumentRules.present(field, itemId);
        var item = harvest.items(List.of(itemId)).get(itemId);
        if (item == null
                || meetings.meeting(item.meetingId())
                        .filter(m -> m.processId() == processId)
                        .isEmpty()) {
            throw new RuleViolation(field, "documents.provenance.unknownHarvestItem");
        }
        return itemId;
    }

    /** A decision of the process's negotiation table; refused otherwise (another process's, or none). */
    long tableDecisionOf(long processId, String field, Long decisionId) {
        DocumentRules.present(field, decisionId);
        if (stakeholders
                .decision(decisionId)
                .filter(d -> d.processId() == processId)
                .isEmpty()) {
            throw new RuleViolation(field, "documents.provenance.unknownTableDecision");
        }
        return decisionId;
    }

    /** The date of a step: given, not in the future, not before the version left draft. */
    LocalDate stepDate(long versionId, LocalDate on) {
        DocumentRules.present("on", on);
        if (on.isAfter(processes.today())) {
            throw new RuleViolation("on", "documents.review.future");
        }
        var left = reviews.outOfDraftSince(versionId);
        if (left != null && on.isBefore(left)) {
            throw new RuleViolation(
                    "on", "documents.review.beforeDraft", left.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        return on;
    }
}
