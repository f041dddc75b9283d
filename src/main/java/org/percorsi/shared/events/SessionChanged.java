package org.percorsi.shared.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A person's session was written or ended (its id changed at sign-in, an attribute such as the message after a
 * redirect, its last access, its end at sign-out or when the account was blocked), and committed. What a node keeps
 * of that session in memory forgets it: this node's at once, the other nodes' through {@link ChangesAcrossNodes},
 * which hears of it as a {@link SessionsChangedElsewhere} naming its {@link #digest()}.
 */
public record SessionChanged(String sessionId) {

    /**
     * What names the session across nodes: the id itself is a secret (whoever holds it is signed in), never sent
     * out of the node; half of its SHA-256 tells sessions apart as well.
     */
    public String digest() {
        return digestOf(sessionId);
    }

    public static String digestOf(String sessionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
