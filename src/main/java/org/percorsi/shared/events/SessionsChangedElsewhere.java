package org.percorsi.shared.events;

import java.util.Set;

/**
 * Sessions changed on another node sharing the database ({@link SessionChanged}, named by their digests), or, when
 * {@code everyone} is true, this node cannot tell which (it was not listening for a while): what a node keeps of
 * them in memory is forgotten. Published by {@link ChangesAcrossNodes}, on this node only.
 */
public record SessionsChangedElsewhere(Set<String> digests, boolean everyone) {

    public static SessionsChangedElsewhere all() {
        return new SessionsChangedElsewhere(Set.of(), true);
    }

    public boolean concerns(String digest) {
        return everyone || digests.contains(digest);
    }
}
