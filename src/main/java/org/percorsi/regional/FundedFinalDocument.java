package org.percorsi.regional;

import java.util.Optional;
import org.percorsi.documents.ValidationRequirements;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * A funded process's final document is validated by the tecnico di garanzia before it is sent to the ente when its
 * call requires it: documents asks here before sending, and refuses to stop requiring it.
 */
@Component
class FundedFinalDocument implements ValidationRequirements {

    private final DossierQueries dossiers;

    FundedFinalDocument(DossierQueries dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public Optional<RuleViolation> finalDocumentOf(long processId) {
        return dossiers.ofProcess(processId)
                .filter(d -> d.call().requiresValidation())
                .map(d -> new RuleViolation(
                        "requiresValidation",
                        "regional.validation.required",
                        d.call().title()));
    }
}
