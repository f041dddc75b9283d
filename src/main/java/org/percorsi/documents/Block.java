package org.percorsi.documents;

import java.util.UUID;

/** One block of a version, in order: its key stays the same across versions while its text stays similar. */
public record Block(UUID key, BlockKind kind, Integer level, String html, String plain) {

    public boolean heading() {
        return kind == BlockKind.HEADING;
    }

    /** The anchor of the block on its page. */
    public String anchor() {
        return "b-" + key;
    }

    public Block withKey(UUID newKey) {
        return new Block(newKey, kind, level, html, plain);
    }
}
