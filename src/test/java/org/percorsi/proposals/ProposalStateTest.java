package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The transitions a proposal may make, as the use cases ask them of {@link ProposalState#canBecome}. */
class ProposalStateTest {

    @Test
    void theMunicipalityAnswersAndMayReviseItsAnswerButNeverReopensAWithdrawal() {
        for (var decision : ProposalState.DECISIONS) {
            assertThat(ProposalState.SUBMITTED.canBecome(decision, false))
                    .as("submitted → " + decision)
                    .isTrue();
            assertThat(ProposalState.REJECTED.canBecome(decision, false))
                    .as("rejected → " + decision)
                    .isTrue();
            assertThat(ProposalState.WITHDRAWN.canBecome(decision, false))
                    .as("withdrawn → " + decision)
                    .isFalse();
        }
        assertThat(ProposalState.ACCEPTED.canBecome(ProposalState.SUBMITTED, false))
                .isFalse();
    }

    @Test
    void theAuthorOnlyWithdrawsAndOnlyWhileTheProposalWaitsForItsAnswer() {
        assertThat(ProposalState.SUBMITTED.canBecome(ProposalState.WITHDRAWN, true))
                .isTrue();
        assertThat(ProposalState.UNDER_EVALUATION.canBecome(ProposalState.WITHDRAWN, true))
                .isTrue();
        assertThat(ProposalState.PARTLY_ACCEPTED.canBecome(ProposalState.WITHDRAWN, true))
                .isFalse();
        assertThat(ProposalState.SUBMITTED.canBecome(ProposalState.ACCEPTED, true))
                .isFalse();
    }

    @Test
    void supportsCountOnlyWhileNoAnswerIsGiven() {
        assertThat(ProposalState.values())
                .filteredOn(ProposalState::isSupportable)
                .containsExactlyInAnyOrder(ProposalState.SUBMITTED, ProposalState.UNDER_EVALUATION);
    }
}
