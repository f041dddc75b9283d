package org.percorsi.documents.usecases;

import java.util.UUID;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.SourceKind;
import org.percorsi.documents.domain.ProvenanceStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager cites, on a paragraph of the draft, a proposal, a meeting's harvest item or a negotiation table's
 * decision of the same process that the paragraph draws on. Frozen with the version once it is out of draft.
 */
@Service
public class CiteSource {

    private final ProvenanceRules rules;
    private final ProvenanceStore store;
    private final ApplicationEventPublisher events;

    CiteSource(ProvenanceRules rules, ProvenanceStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, CitationForm form) {
        var draft = rules.draftManagedByViewer(processId, documentId, form.version());
        UUID paragraph = DocumentRules.present("blockKey", form.blockKey());
        if (!store.hasParagraph(draft.id(), paragraph)) {
            throw new RuleViolation("blockKey", "documents.provenance.unknownParagraph");
        }
        String source = DocumentRules.required("source", form.source(), 60);
        int colon = source.indexOf(':');
        SourceKind kind = kindOf(colon < 0 ? source : source.substring(0, colon));
        Long id = idOf(source.substring(colon + 1));
        switch (kind) {
            case PROPOSAL -> store.cite(draft.id(), paragraph, rules.proposalOf(processId, "source", id), null);
            case HARVEST_ITEM -> store.cite(draft.id(), paragraph, null, rules.harvestItemOf(processId, "source", id));
            case TABLE_DECISION ->
                store.citeDecision(draft.id(), paragraph, rules.tableDecisionOf(processId, "source", id));
        }
        events.publishEvent(new DocumentChanged(documentId));
    }

    private static SourceKind kindOf(String name) {
        try {
            return SourceKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("source", "documents.provenance.unknownSource");
        }
    }

    private static Long idOf(String number) {
        try {
            return Long.valueOf(number.strip());
        } catch (NumberFormatException notANumber) {
            throw new RuleViolation("source", "documents.provenance.unknownSource");
        }
    }
}
