package org.percorsi.proposals;

import org.percorsi.shared.events.PublicContentChanged;

/**
 * Published whenever a proposal is submitted or answered, with what cross-cutting modules (search) need of it:
 * where it is (its process and phase), what it says ({@code text}: its body and its current answer's
 * motivation, as plain text), where it stands and who wrote it (null for one typed in from paper or from a
 * meeting). {@code version} grows with every change of the proposal, under its row's lock: a listener
 * handling changes out of order keeps the newest.
 */
public record ProposalChanged(
        long proposalId,
        long version,
        long processId,
        long phaseId,
        String title,
        String text,
        ProposalState state,
        Long authorId)
        implements PublicContentChanged {}
