package org.percorsi.documents.queries;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.percorsi.documents.Block;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.VersionState;
import org.percorsi.documents.queries.ConsultationQueries.VersionConsultation;
import org.percorsi.documents.queries.DocumentQueries.Version;
import org.percorsi.shared.events.PublicContentChangedElsewhere;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What a version's page shows that is the same for every reader, kept in memory so that a long document is not
 * read again on every visit (a 500-paragraph version is half a megabyte of text). Nothing here depends on who
 * asks: callers check first that the viewer may see the version, on every request.
 *
 * <ul>
 *   <li>The blocks of a version out of draft, kept as long as memory allows, with no invalidation: the database
 *       refuses any change to them (and to the version's number and document) once the version left draft, and
 *       no version goes back to draft, so every node holds the same text.
 *   <li>Per paragraph, the counts of comments and amendments and the credited amendments, kept for one second:
 *       forgotten on this node as soon as a change to the document is committed, so a participant sees their
 *       comment counted at once, and on the other nodes as soon as they hear of a change
 *       ({@code PublicContentChangedElsewhere}); within the second at most if they do not.
 * </ul>
 *
 * <p>Not transactional: a page served from memory takes no database connection for it.
 */
@Service
public class VersionReading {

    /** A version by its document and number, which never change once it left draft. */
    private record VersionKey(long documentId, int number) {}

    private static final long MAX_CACHED_TEXT_CHARS = 32L * 1024 * 1024;

    private final DocumentQueries documents;
    private final ConsultationQueries consultation;

    private final Cache<VersionKey, List<Block>> frozenBlocks = Caffeine.newBuilder()
            .maximumWeight(MAX_CACHED_TEXT_CHARS)
            .<VersionKey, List<Block>>weigher((key, blocks) -> blocks.stream()
                    .mapToInt(b -> b.html().length() + b.plain().length() + 64)
                    .sum())
            .build();

    private final Cache<VersionKey, VersionConsultation> tallies = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(1))
            .maximumSize(1_000)
            .build();

    /** Moves on every committed change: counts read while a change was being committed are not kept. */
    private final AtomicLong changes = new AtomicLong();

    VersionReading(DocumentQueries documents, ConsultationQueries consultation) {
        this.documents = documents;
        this.consultation = consultation;
    }

    /** The version's blocks in order; from memory once it left draft. */
    public List<Block> blocks(long documentId, Version version) {
        if (version.state() == VersionState.DRAFT) {
            return documents.blocks(documentId, version.number());
        }
        return frozenBlocks.get(
                new VersionKey(documentId, version.number()),
                key -> List.copyOf(documents.blocks(key.documentId(), key.number())));
    }

    /** What the consultation gave the version's paragraphs, at most a second old (none after a change here). */
    public VersionConsultation consultation(long documentId, int number) {
        var key = new VersionKey(documentId, number);
        var kept = tallies.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        long seen = changes.get();
        var fresh = consultation.ofVersion(documentId, number);
        if (changes.get() == seen) {
            tallies.put(key, fresh);
        }
        return fresh;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(DocumentChanged changed) {
        changes.incrementAndGet();
        tallies.asMap().keySet().removeIf(key -> key.documentId() == changed.documentId());
    }

    /** A change committed on another node (announced through PostgreSQL) may have counted a comment there. */
    @EventListener
    void forgetAll(PublicContentChangedElsewhere changed) {
        changes.incrementAndGet();
        tallies.invalidateAll();
    }
}
