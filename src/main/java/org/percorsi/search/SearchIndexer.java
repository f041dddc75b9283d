package org.percorsi.search;

import java.util.List;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.DocumentsApi;
import org.percorsi.meetings.MeetingChanged;
import org.percorsi.processes.ProcessChanged;
import org.percorsi.programming.DupImported;
import org.percorsi.programming.InterventionChanged;
import org.percorsi.programming.ProgrammingApi;
import org.percorsi.proposals.ProposalChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with processes, proposals, meetings, DUP objectives
 * and interventions. It runs after the change commits, in its own transaction; the
 * event publication registry retries it if it fails, so a slow index never slows
 * people down. The database computes the documents' vectors from title and body.
 *
 * <p>Processes, proposals, meetings and interventions come with their events, each with the version of its
 * change: since listeners run in the background, an older change handled after a newer one is ignored.
 * DUP objectives are read again per cycle after an import (too many to carry in an event).
 */
@Component
class SearchIndexer {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ProgrammingApi programming;
    private final DocumentsApi documents;

    SearchIndexer(
            JdbcClient jdbc, ProgrammingApi programming, DocumentsApi documents, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.programming = programming;
        this.documents = documents;
    }

    /**
     * A document of the index; without a process it is public (objectives and interventions). {@code version}
     * is the change's, when its event carries one: an older one does not replace it.
     */
    record Document(long refId, Long processId, Long phaseId, String title, String body, String url, Long version) {

        Document(long refId, Long processId, Long phaseId, String title, String body, String url) {
            this(refId, processId, phaseId, title, body, url, null);
        }
    }

    /** A draft is seen by nobody outside the back office: it leaves the index. */
    @ApplicationModuleListener
    void on(ProcessChanged changed) {
        if (changed.draft()) {
            remove("PROCESS", changed.processId(), changed.version());
            return;
        }
        upsert(
                "PROCESS",
                new Document(
                        changed.processId(),
                        changed.processId(),
                        null,
                        changed.title(),
                        changed.text(),
                        "/processes/" + changed.slug(),
                        changed.version()));
    }

    @ApplicationModuleListener
    void on(ProposalChanged changed) {
        upsert(
                "PROPOSAL",
                new Document(
                        changed.proposalId(),
                        changed.processId(),
                        changed.phaseId(),
                        changed.title(),
                        changed.text(),
                        "/proposals/" + changed.proposalId(),
                        changed.version()));
    }

    /**
     * The event carries the meeting as its change left it, with the version of that change: an older change
     * handled late neither replaces it nor, once the meeting became reserved, brings it back.
     */
    @ApplicationModuleListener
    void on(MeetingChanged changed) {
        long id = changed.meetingId();
        var m = changed.content();
        if (m.reserved()) {
            remove("MEETING", id, m.version());
            return;
        }
        upsert(
                "MEETING",
                new Document(id, m.processId(), m.phaseId(), m.title(), m.text(), "/meetings/" + id, m.version()));
    }

    /**
     * An import adds or rewords objectives anywhere in the cycle's tree (never removes them): the cycle is indexed
     * again, read now (a cycle has thousands of objectives, too many to carry in the event). Reading the latest
     * state makes the order of imports' events irrelevant: a late one writes what is there now.
     */
    @ApplicationModuleListener
    void on(DupImported imported) {
        write("OBJECTIVE", objectives(imported.cycleId()), true);
        events.publishEvent(new SearchIndexUpdated("OBJECTIVE", imported.cycleId()));
    }

    /**
     * The sheet as the change committed it, from the event: no read back. Two changes of one intervention may be
     * indexed out of order (listeners run apart, failures are retried later); the event's version, raised under
     * the intervention's row lock, says which is the later one (for the index's newer-wins rule).
     */
    @ApplicationModuleListener
    void on(InterventionChanged changed) {
        upsert("INTERVENTION", intervention(changed));
    }

    /**
     * A document is read as it is now, after taking its turn: of two changes handled at once, the later reads
     * what both committed. Its latest public version is found by all who see the process; a newer reserved one
     * only by the process's reserved area.
     */
    @ApplicationModuleListener
    void on(DocumentChanged changed) {
        index(changed.documentId());
    }

    void index(long documentId) {
        oneAtATime("DOCUMENT", documentId);
        var versions = documents.indexable(documentId);
        for (String kind : List.of("DOCUMENT", "RESERVED_DOCUMENT")) {
            var version = versions.stream()
                    .filter(v -> v.reserved() == kind.equals("RESERVED_DOCUMENT"))
                    .findFirst();
            if (version.isEmpty()) {
                remove(kind, documentId);
            } else {
                var v = version.get();
                write(
                        kind,
                        List.of(new Document(documentId, v.processId(), v.phaseId(), v.title(), v.text(), v.url())),
                        true);
                events.publishEvent(new SearchIndexUpdated(kind, documentId));
            }
        }
    }

    List<Document> objectives(long cycleId) {
        return programming.indexableObjectives(cycleId).stream()
                .map(o -> new Document(o.id(), null, null, o.title(), o.title(), "/programming/objectives/" + o.id()))
                .toList();
    }

    static Document intervention(ProgrammingApi.IndexableIntervention i) {
        return new Document(i.id(), null, null, i.title(), i.text(), "/interventions/" + i.id());
    }

    static Document intervention(InterventionChanged changed) {
        return new Document(
                changed.interventionId(),
                null,
                null,
                changed.title(),
                changed.text(),
                "/interventions/" + changed.interventionId(),
                changed.version());
    }

    private void upsert(String kind, Document document) {
        if (document.version() != null) {
            oneAtATime(kind, document.refId());
        }
        write(kind, List.of(document), true);
        events.publishEvent(new SearchIndexUpdated(kind, document.refId()));
    }

    /** What a document shows: a write that would change none of it leaves the row (and its date) alone. */
    private static final String CONTENT = "(%1$s.process_id, %1$s.phase_id, %1$s.title, %1$s.body, %1$s.url)";

    /**
     * Writes documents of one kind in one statement. {@code replace} false leaves documents already
     * indexed as they are (a backfill must not overwrite what an event indexed since it read). A versioned
     * document replaces only an older version, and is not written if a newer removal went before it.
     */
    void write(String kind, List<Document> documents, boolean replace) {
        if (documents.isEmpty()) {
            return;
        }
        // unchanged documents are left alone: an import rewrites a whole cycle, mostly as it was
        String stored = CONTENT.formatted("search_document");
        String written = CONTENT.formatted("excluded");
        String onConflict = replace ? """
                update set process_id = excluded.process_id, phase_id = excluded.phase_id, title = excluded.title,
                    body = excluded.body, url = excluded.url, version = excluded.version,
                    updated_at = case when %1$s is distinct from %2$s then now() else search_document.updated_at end
                where (search_document.version is null or excluded.version is null
                       or search_document.version < excluded.version)
                  and (%1$s is distinct from %2$s or search_document.version is distinct from excluded.version)""".formatted(stored, written) : "nothing";
        jdbc.sql("""
                        insert into search_document (kind, ref_id, process_id, phase_id, title, body, url, version)
                        select :kind, d.* from unnest(cast(:ids as bigint[]), cast(:processes as bigint[]),
                            cast(:phases as bigint[]), cast(:titles as text[]), cast(:bodies as text[]),
                            cast(:urls as text[]), cast(:versions as bigint[]))
                            as d (ref_id, process_id, phase_id, title, body, url, version)
                        where not exists (select 1 from search_removal r
                                          where r.kind = :kind and r.ref_id = d.ref_id and r.version >= d.version)
                        on conflict (kind, ref_id) do""" + " " + onConflict)
                .param("kind", kind)
                .param("ids", documents.stream().map(Document::refId).toArray(Long[]::new))
                .param("processes", documents.stream().map(Document::processId).toArray(Long[]::new))
                .param("phases", documents.stream().map(Document::phaseId).toArray(Long[]::new))
                .param("titles", documents.stream().map(Document::title).toArray(String[]::new))
                .param("bodies", documents.stream().map(Document::body).toArray(String[]::new))
                .param("urls", documents.stream().map(Document::url).toArray(String[]::new))
                .param("versions", documents.stream().map(Document::version).toArray(Long[]::new))
                .update();
    }

    /**
     * Removes a versioned document unless a newer version is indexed, and keeps the removal's version, so
     * that an older change handled after it does not bring the document back.
     */
    private void remove(String kind, long id, long version) {
        oneAtATime(kind, id);
        int removed = jdbc.sql("""
                        with removal as (
                            insert into search_removal (kind, ref_id, version) values (:kind, :id, :version)
                            on conflict (kind, ref_id) do update set version = excluded.version
                            where search_removal.version < excluded.version)
                        delete from search_document
                        where kind = :kind and ref_id = :id and (version is null or version < :version)""")
                .param("kind", kind)
                .param("id", id)
                .param("version", version)
                .update();
        if (removed > 0) {
            events.publishEvent(new SearchIndexUpdated(kind, id));
        }
    }

    /**
     * Versioned changes of one document handled at the same moment take turns until the end of the transaction,
     * so that the later sees what the earlier wrote (a removal's version among it).
     */
    private void oneAtATime(String kind, long id) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "search:" + kind + ":" + id)
                .query()
                .listOfRows();
    }

    private void remove(String kind, long id) {
        if (jdbc.sql("delete from search_document where kind = :kind and ref_id = :id")
                        .param("kind", kind)
                        .param("id", id)
                        .update()
                > 0) {
            events.publishEvent(new SearchIndexUpdated(kind, id));
        }
    }
}
