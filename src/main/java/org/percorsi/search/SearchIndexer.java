package org.percorsi.search;

import org.percorsi.meetings.MeetingChanged;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.processes.ProcessChanged;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalChanged;
import org.percorsi.proposals.ProposalsApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with processes, proposals and meetings. It runs after
 * the change commits, in its own transaction; the event publication registry
 * retries it if it fails, so a slow index never slows people down. The database
 * computes the documents' vectors from title and body.
 */
@Component
class SearchIndexer {

    private final JdbcClient jdbc;
    private final ProcessesApi processes;
    private final ProposalsApi proposals;
    private final ApplicationEventPublisher events;
    private final MeetingsApi meetings;

    SearchIndexer(JdbcClient jdbc, ProcessesApi processes, ProposalsApi proposals, MeetingsApi meetings,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.events = events;
        this.jdbc = jdbc;
        this.processes = processes;
        this.proposals = proposals;
    }

    @ApplicationModuleListener
    void on(ProcessChanged changed) {
        var process = processes.indexable(changed.processId()).filter(p -> !p.draft());
        if (process.isEmpty()) {
            remove("PROCESS", changed.processId());
            return;
        }
        var p = process.get();
        upsert("PROCESS", p.id(), p.id(), null, p.title(), p.text(), "/processes/" + p.slug());
    }

    @ApplicationModuleListener
    void on(ProposalChanged changed) {
        proposals.indexable(changed.proposalId()).ifPresentOrElse(
                p -> upsert("PROPOSAL", p.id(), p.processId(), p.phaseId(), p.title(), p.text(), "/proposals/" + p.id()),
                () -> remove("PROPOSAL", changed.proposalId()));
    }

    @ApplicationModuleListener
    void on(MeetingChanged changed) {
        meetings.indexable(changed.meetingId()).filter(m -> !m.reserved()).ifPresentOrElse(
                m -> upsert("MEETING", m.id(), m.processId(), m.phaseId(), m.title(), m.text(), "/meetings/" + m.id()),
                () -> remove("MEETING", changed.meetingId()));
    }

    private void upsert(String kind, long id, long processId, Long phaseId, String title, String body, String url) {
        jdbc.sql("""
                        insert into search_document (kind, ref_id, process_id, phase_id, title, body, url)
                        values (:kind, :id, :process, :phase, :title, :body, :url)
                        on conflict (kind, ref_id) do update set process_id = excluded.process_id,
                            phase_id = excluded.phase_id, title = excluded.title, body = excluded.body,
                            url = excluded.url, updated_at = now()""")
                .param("kind", kind).param("id", id).param("process", processId).param("phase", phaseId)
                .param("title", title).param("body", body).param("url", url).update();
        events.publishEvent(new SearchIndexUpdated(kind, id));
    }

    private void remove(String kind, long id) {
        if (jdbc.sql("delete from search_document where kind = :kind and ref_id = :id").param("kind", kind).param("id", id)
                .update() > 0) {
            events.publishEvent(new SearchIndexUpdated(kind, id));
        }
    }
}
