package org.percorsi.stakeholders;

import java.time.LocalDate;

/** A decision of a negotiation table's session, as other modules cite it ("decisione n. 2 della seduta n. 3"). */
public record DecisionSummary(
        long id,
        long processId,
        int sessionNumber,
        LocalDate heldOn,
        int number,
        String text,
        DecisionOutcome outcome) {}
