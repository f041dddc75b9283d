package org.percorsi.documents;

import java.util.Optional;
import org.percorsi.shared.validation.RuleViolation;

/**
 * Another module's requirement that a process's final document be validated by the tecnico di garanzia before it
 * is sent to the ente, whatever the document's own setting (regional: the call that funds the process says so).
 * Documents asks it, and never depends on that module.
 */
public interface ValidationRequirements {

    /**
     * Why the process's final document must be validated before sending, as the refusal to give a manager who
     * stops requiring it; empty when nothing requires it.
     */
    Optional<RuleViolation> finalDocumentOf(long processId);
}
