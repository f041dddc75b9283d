package org.percorsi.proposals.queries;

/**
 * How a read reaches a proposal's support counter. The counter lives in a narrow row of its own
 * ({@code proposal_support_tally}, kept by the supports' trigger) so that a support leaves the proposal's row and
 * its many indexes alone (issue #18). The join names the process and the kind as well as the proposal, so that a
 * list sorted by supports within a process, of one kind or all, reads the tally's indexes in order.
 */
public final class SupportTally {

    private SupportTally() {}

    /** Joins the tally {@code st} (read {@code st.support_count}) of the proposal aliased {@code proposal}. */
    public static String join(String proposal) {
        return " join proposal_support_tally st on st.proposal_id = %1$s.id and st.process_id = %1$s.process_id and st.kind = %1$s.kind "
                .formatted(proposal);
    }
}
