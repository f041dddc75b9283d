package org.percorsi.search;

import java.util.List;
import org.percorsi.meetings.MeetingChanged;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.processes.ProcessChanged;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.programming.DupImported;
import org.percorsi.programming.InterventionChanged;
import org.percorsi.programming.ProgrammingApi;
import org.percorsi.proposals.ProposalChanged;
import org.percorsi.proposals.ProposalsApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with processes, proposals, meetings, DUP objectives
 * and interventions. It runs after the change commits, in its own transaction; the
 * event publication registry retries it if it fails, so a slow index never slows
 * people down. The database computes the documents' vectors from title and body.
 */
@Component
class SearchIndexer {

    private final JdbcClient jdbc;
    private final ProcessesApi processes;
    private final ProposalsApi proposals;
    private final ApplicationEventPublisher events;
    private final MeetingsApi meetings;
    private final ProgrammingApi programming;

    SearchIndexer(JdbcClient jdbc, ProcessesApi processes, ProposalsApi proposals, MeetingsApi meetings,
            ProgrammingApi programming, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.events = events;
        this.jdbc = jdbc;
        this.processes = processes;
        this.proposals = proposals;
        this.programming = programming;
    }

    /** A document of the index; without a process it is public (objectives and interventions). */
    record Document(long refId, Long processId, Long phaseId, String title, String body, String url) {
    }

    @ApplicationModuleListener
    void on(ProcessChanged changed) {
        var process = processes.indexable(changed.processId()).filter(p -> !p.draft());
        if (process.isEmpty()) {
            remove("PROCESS", changed.processId());
            return;
        }
        var p = process.get();
        upsert("PROCESS", new Document(p.id(), p.id(), null, p.title(), p.text(), "/processes/" + p.slug()));
    }

    @ApplicationModuleListener
    void on(ProposalChanged changed) {
        proposals.indexable(changed.proposalId()).ifPresentOrElse(
                p -> upsert("PROPOSAL", new Document(p.id(), p.processId(), p.phaseId(), p.title(), p.text(),
                        "/proposals/" + p.id())),
                () -> remove("PROPOSAL", changed.proposalId()));
    }

    /**
     * The event carries the meeting as its change left it. Changes of one meeting may arrive out of order
     * (listeners run side by side, a failed one is retried minutes later): under a lock per meeting, a change
     * older than the meeting's current version is left out, since the newer change writes the document too.
     */
    @ApplicationModuleListener
    void on(MeetingChanged changed) {
        if (changed.notice()) {
            return; // meetings follows a notice by id with the change that carries the meeting
        }
        long id = changed.meetingId();
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('search MEETING ' || :id, 0))").param("id", id)
                .query().listOfRows();
        var current = meetings.version(id);
        var m = changed.content();
        if (current.isPresent() && current.get() > m.version()) {
            return;
        }
        if (current.isEmpty() || m.reserved()) {
            remove("MEETING", id);
            return;
        }
        upsert("MEETING", new Document(id, m.processId(), m.phaseId(), m.title(), m.text(), "/meetings/" + id));
    }

    /** An import adds or rewords objectives anywhere in the cycle's tree (never removes them): the cycle is indexed again. */
    @ApplicationModuleListener
    void on(DupImported imported) {
        write("OBJECTIVE", objectives(imported.cycleId()), true);
        events.publishEvent(new SearchIndexUpdated("OBJECTIVE", imported.cycleId()));
    }

    @ApplicationModuleListener
    void on(InterventionChanged changed) {
        programming.indexableIntervention(changed.interventionId()).ifPresentOrElse(
                i -> upsert("INTERVENTION", intervention(i)),
                () -> remove("INTERVENTION", changed.interventionId()));
    }

    List<Document> objectives(long cycleId) {
        return programming.indexableObjectives(cycleId).stream()
                .map(o -> new Document(o.id(), null, null, o.title(), o.title(), "/programming/objectives/" + o.id()))
                .toList();
    }

    static Document intervention(ProgrammingApi.IndexableIntervention i) {
        return new Document(i.id(), null, null, i.title(), i.text(), "/interventions/" + i.id());
    }

    private void upsert(String kind, Document document) {
        write(kind, List.of(document), true);
        events.publishEvent(new SearchIndexUpdated(kind, document.refId()));
    }

    /**
     * Writes documents of one kind in one statement. {@code replace} false leaves documents already
     * indexed as they are (a backfill must not overwrite what an event indexed since it read).
     */
    void write(String kind, List<Document> documents, boolean replace) {
        if (documents.isEmpty()) {
            return;
        }
        // unchanged documents are left alone: an import rewrites a whole cycle, mostly as it was
        String onConflict = replace ? """
                update set process_id = excluded.process_id, phase_id = excluded.phase_id, title = excluded.title,
                    body = excluded.body, url = excluded.url, updated_at = now()
                where (search_document.process_id, search_document.phase_id, search_document.title, search_document.body,
                       search_document.url)
                      is distinct from (excluded.process_id, excluded.phase_id, excluded.title, excluded.body, excluded.url)"""
                : "nothing";
        jdbc.sql("""
                        insert into search_document (kind, ref_id, process_id, phase_id, title, body, url)
                        select :kind, d.* from unnest(cast(:ids as bigint[]), cast(:processes as bigint[]),
                            cast(:phases as bigint[]), cast(:titles as text[]), cast(:bodies as text[]),
                            cast(:urls as text[])) as d
                        on conflict (kind, ref_id) do""" + " " + onConflict)
                .param("kind", kind)
                .param("ids", documents.stream().map(Document::refId).toArray(Long[]::new))
                .param("processes", documents.stream().map(Document::processId).toArray(Long[]::new))
                .param("phases", documents.stream().map(Document::phaseId).toArray(Long[]::new))
                .param("titles", documents.stream().map(Document::title).toArray(String[]::new))
                .param("bodies", documents.stream().map(Document::body).toArray(String[]::new))
                .param("urls", documents.stream().map(Document::url).toArray(String[]::new))
                .update();
    }

    private void remove(String kind, long id) {
        if (jdbc.sql("delete from search_document where kind = :kind and ref_id = :id").param("kind", kind).param("id", id)
                .update() > 0) {
            events.publishEvent(new SearchIndexUpdated(kind, id));
        }
    }
}
