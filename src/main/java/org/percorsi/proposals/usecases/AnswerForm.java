package org.percorsi.proposals.usecases;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.percorsi.proposals.ProposalState;

/**
 * The municipality's answer to a proposal as an evaluator or manager records it: the decision, the
 * public motivation (required unless fully accepted), the surviving proposal of a merge and, when it
 * exists, the act that decided it.
 */
public record AnswerForm(
        ProposalState decision, // required, checked by the use case after its permission (403 before 422)
        @Size(max = 20_000) String motivation,
        Long mergedInto,
        @Size(max = 40) String actType,
        @Size(max = 40) String actNumber,
        LocalDate actDate,
        @Size(max = 500) String actUrl) {

    /** An answer without an act. */
    public static AnswerForm of(ProposalState decision, String motivation) {
        return new AnswerForm(decision, motivation, null, null, null, null, null);
    }
}
