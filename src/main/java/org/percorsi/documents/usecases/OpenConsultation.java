package org.percorsi.documents.usecases;

import java.util.Set;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.DocumentVersionPublished;
import org.percorsi.documents.VersionState;
import org.percorsi.documents.domain.DocumentFollowers;
import org.percorsi.documents.domain.DocumentStore;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager opens the draft to consultation, reserved or public, between two dates: from then on it is frozen, and
 * the document's followers hear of the new version.
 */
@Service
public class OpenConsultation {

    private final DocumentRules rules;
    private final DocumentStore store;
    private final DocumentFollowers followers;
    private final DocumentQueries queries;
    private final ApplicationEventPublisher events;

    OpenConsultation(
            DocumentRules rules,
            DocumentStore store,
            DocumentFollowers followers,
            DocumentQueries queries,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.followers = followers;
        this.queries = queries;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, ConsultationForm form) {
        rules.documentManagedByViewer(processId, documentId);
        var draft = rules.versionIn(documentId, form.version(), VersionState.DRAFT, "documents.notDraft");
        var from = DocumentRules.present("from", form.from());
        var to = DocumentRules.present("to", form.to());
        if (to.isBefore(from)) {
            throw new RuleViolation("to", "documents.datesReversed");
        }
        if (form.visibility() == null || !Set.of("RESERVED", "PUBLIC").contains(form.visibility())) {
            throw new RuleViolation("visibility", "documents.required");
        }
        if (store.blocks(draft.id()).isEmpty()) {
            throw RuleViolation.global("documents.emptyDraft");
        }
        store.openConsultation(draft.id(), from, to, form.visibility());
        events.publishEvent(new DocumentChanged(documentId));
        events.publishEvent(new DocumentVersionPublished(
                documentId,
                queries.head(documentId).orElseThrow().title(),
                draft.number(),
                form.visibility().equals("RESERVED"),
                followers.of(documentId)));
    }
}
