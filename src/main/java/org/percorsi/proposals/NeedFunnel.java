package org.percorsi.proposals;

import java.util.List;
import java.util.Set;

/**
 * From need to idea in one place (a neighbourhood of a process): its needs, the most supported first, each with
 * the ideas that answer it, and its ideas. Only what the viewer may see.
 */
public record NeedFunnel(List<Need> needs, List<Linked> ideas) {

    private static final Set<ProposalState> TAKEN_UP =
            Set.of(ProposalState.ACCEPTED, ProposalState.PARTLY_ACCEPTED, ProposalState.ALREADY_PLANNED);

    /** A contribution named in a funnel or beside a proposal. */
    public record Linked(long id, ProposalKind kind, String title, ProposalState state, int supports) {}

    public record Need(Linked need, List<Linked> ideas) {}

    public long needsThatBecameIdeas() {
        return needs.stream().filter(n -> !n.ideas().isEmpty()).count();
    }

    /** Ideas the municipality took up: accepted, partly accepted or already planned. */
    public long ideasTakenUp() {
        return ideas.stream().filter(i -> TAKEN_UP.contains(i.state())).count();
    }
}
