package org.percorsi.documents.queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.percorsi.documents.ReviewOutcome;
import org.percorsi.documents.ReviewStep;
import org.percorsi.documents.SourceKind;
import org.percorsi.harvest.HarvestApi;
import org.percorsi.harvest.HarvestApi.ItemRef;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.programming.ProgrammingApi;
import org.percorsi.programming.ProgrammingApi.ObjectiveRef;
import org.percorsi.proposals.Answer;
import org.percorsi.proposals.ProposalOrigins;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.proposals.ProposalsApi.Outcome;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.percorsi.stakeholders.DecisionSummary;
import org.percorsi.stakeholders.StakeholdersApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a version draws on and what became of it: the sources its paragraphs cite, the items of a final document
 * with the municipality's answer of each proposal, and the version's review steps. Every source is shown only if
 * the viewer may see it (a proposal of a reserved phase, a harvest whose meeting record is not public, are left
 * out), read in a fixed number of queries whatever the number of paragraphs and items.
 */
@Service
@Transactional(readOnly = true)
public class ProvenanceQueries {

    private final JdbcClient jdbc;
    private final DocumentQueries documents;
    private final ProposalsApi proposals;
    private final HarvestApi harvest;
    private final MeetingsApi meetings;
    private final ProgrammingApi programming;
    private final ProcessesApi processes;
    private final List<ProposalOrigins> meetingsOfProcess;
    private final StakeholdersApi stakeholders;

    ProvenanceQueries(
            JdbcClient jdbc,
            DocumentQueries documents,
            ProposalsApi proposals,
            HarvestApi harvest,
            MeetingsApi meetings,
            ProgrammingApi programming,
            ProcessesApi processes,
            List<ProposalOrigins> meetingsOfProcess,
            StakeholdersApi stakeholders) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.proposals = proposals;
        this.harvest = harvest;
        this.meetings = meetings;
        this.programming = programming;
        this.processes = processes;
        this.meetingsOfProcess = meetingsOfProcess;
        this.stakeholders = stakeholders;
    }

    /** A source a paragraph cites, as a link; {@code citationId} lets editors remove it. */
    public record Source(long citationId, SourceKind kind, long sourceId, String label, String url) {}

    /** A final document's item: the proposal it puts forward (no title when hidden), its answer, its DUP links. */
    public record Item(
            long id,
            int position,
            String title,
            String text,
            long proposalId,
            String proposalTitle,
            Answer answer,
            List<ObjectiveRef> objectives,
            Source harvestItem) {

        public boolean proposalVisible() {
            return proposalTitle != null;
        }
    }

    /**
     * A review step; {@code decision}: the negotiation table's decision that recorded it, when there is one and the
     * viewer may see it.
     */
    public record Review(
            int version,
            ReviewStep step,
            LocalDate on,
            ReviewOutcome outcome,
            String notes,
            String protocolNumber,
            TableDecision decision) {}

    /** A decision of the process's negotiation table: its session's number, its own, its text, its page. */
    public record TableDecision(long id, int session, int number, String text, String url) {}

    /** What a version draws on: its paragraphs' sources by key, its items, its review steps. */
    public record Provenance(
            Map<UUID, List<Source>> citations, List<Item> items, List<Review> reviews, boolean requiresValidation) {

        public List<Source> of(UUID blockKey) {
            return citations.getOrDefault(blockKey, List.of());
        }
    }

    private record CitationRow(
            long id, UUID blockKey, SourceKind kind, Long proposalId, Long harvestItemId, Long tableDecisionId) {}

    private record ItemRow(long id, int position, String title, String text, long proposalId, Long harvestItemId) {}

    /** The version's provenance (the caller has checked the viewer may see the version). */
    public Provenance forVersion(long documentId, int number) {
        return forVersion(documentId, number, false);
    }

    /** {@code team}: for the process's managers, who see the table's decisions even before the process is public. */
    private Provenance forVersion(long documentId, int number, boolean team) {
        var citations = jdbc.sql("""
                select c.id, c.block_key, c.source_kind, c.proposal_id, c.harvest_item_id, c.table_decision_id
                from document_citation c
                join document_version v on v.id = c.version_id
                where v.document_id = :d and v.number = :n order by c.id""")
                .param("d", documentId)
                .param("n", number)
                .query((rs, n) -> new CitationRow(
                        rs.getLong("id"),
                        rs.getObject("block_key", UUID.class),
                        SourceKind.valueOf(rs.getString("source_kind")),
                        rs.getObject("proposal_id", Long.class),
                        rs.getObject("harvest_item_id", Long.class),
                        rs.getObject("table_decision_id", Long.class)))
                .list();
        var items = jdbc.sql("""
                select i.id, i.position, i.title, i.body, i.proposal_id, i.harvest_item_id from document_item i
                join document_version v on v.id = i.version_id
                where v.document_id = :d and v.number = :n order by i.position""")
                .param("d", documentId)
                .param("n", number)
                .query((rs, n) -> new ItemRow(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getLong("proposal_id"),
                        rs.getObject("harvest_item_id", Long.class)))
                .list();
        var proposalIds = new HashSet<Long>();
        var harvestIds = new HashSet<Long>();
        citations.forEach(c -> {
            if (c.proposalId() != null) {
                proposalIds.add(c.proposalId());
            }
            if (c.harvestItemId() != null) {
                harvestIds.add(c.harvestItemId());
            }
        });
        items.forEach(i -> {
            proposalIds.add(i.proposalId());
            if (i.harvestItemId() != null) {
                harvestIds.add(i.harvestItemId());
            }
        });
        Map<Long, Outcome> visibleProposals = proposals.visibleOutcomes(proposalIds);
        Map<Long, Source> visibleHarvest = publicHarvestItems(harvestIds);
        var reviews = reviewRows(documentId, number);
        boolean anyDecision = citations.stream().anyMatch(c -> c.tableDecisionId() != null)
                || reviews.stream().anyMatch(r -> r.decisionId() != null);
        Map<Long, TableDecision> decisions = anyDecision ? tableDecisions(documentId, team) : Map.of();
        Map<Long, List<ObjectiveRef>> objectives = items.isEmpty()
                ? Map.of()
                : programming.objectivesOf(
                        items.stream().map(ItemRow::proposalId).toList());

        var byBlock = new LinkedHashMap<UUID, List<Source>>();
        for (var citation : citations) {
            Source source = switch (citation.kind()) {
                case PROPOSAL -> proposalSource(citation.id(), visibleProposals.get(citation.proposalId()));
                case HARVEST_ITEM -> withCitation(citation.id(), visibleHarvest.get(citation.harvestItemId()));
                case TABLE_DECISION -> decisionSource(citation.id(), decisions.get(citation.tableDecisionId()));
            };
            if (source != null) {
                byBlock.computeIfAbsent(citation.blockKey(), k -> new ArrayList<>())
                        .add(source);
            }
        }
        var shownItems = items.stream()
                .map(i -> {
                    var outcome = visibleProposals.get(i.proposalId());
                    return new Item(
                            i.id(),
                            i.position(),
                            i.title(),
                            i.text(),
                            i.proposalId(),
                            outcome == null ? null : outcome.title(),
                            outcome == null ? null : outcome.answer(),
                            outcome == null ? List.of() : objectives.getOrDefault(i.proposalId(), List.of()),
                            i.harvestItemId() == null ? null : visibleHarvest.get(i.harvestItemId()));
                })
                .toList();
        return new Provenance(byBlock, shownItems, withDecisions(reviews, decisions), requiresValidation(documentId));
    }

    /** The review steps of a version, or of every version when {@code number} is null, oldest first. */
    public List<Review> reviews(long documentId, Integer number) {
        return reviews(documentId, number, false);
    }

    private List<Review> reviews(long documentId, Integer number, boolean team) {
        var rows = reviewRows(documentId, number);
        return withDecisions(
                rows,
                rows.stream().anyMatch(r -> r.decisionId() != null) ? tableDecisions(documentId, team) : Map.of());
    }

    private record ReviewRow(Review review, Long decisionId) {}

    private static List<Review> withDecisions(List<ReviewRow> rows, Map<Long, TableDecision> decisions) {
        return rows.stream()
                .map(r -> r.decisionId() == null
                        ? r.review()
                        : new Review(
                                r.review().version(),
                                r.review().step(),
                                r.review().on(),
                                r.review().outcome(),
                                r.review().notes(),
                                r.review().protocolNumber(),
                                decisions.get(r.decisionId())))
                .toList();
    }

    private List<ReviewRow> reviewRows(long documentId, Integer number) {
        return jdbc.sql("""
                select v.number, r.step, r.done_on, r.outcome, r.notes, r.protocol_number, r.table_decision_id
                from document_review r
                join document_version v on v.id = r.version_id
                where v.document_id = :d and (cast(:n as integer) is null or v.number = :n)
                order by v.number, r.done_on, r.id""")
                .param("d", documentId)
                .param("n", number)
                .query((rs, n) -> new ReviewRow(
                        new Review(
                                rs.getInt("number"),
                                ReviewStep.valueOf(rs.getString("step")),
                                rs.getObject("done_on", LocalDate.class),
                                rs.getString("outcome") == null ? null : ReviewOutcome.valueOf(rs.getString("outcome")),
                                rs.getString("notes"),
                                rs.getString("protocol_number"),
                                null),
                        rs.getObject("table_decision_id", Long.class)))
                .list();
    }

    /**
     * The decisions of the document's process's negotiation table, by id, linked to their session's public page:
     * none when the viewer may not see the process; for its managers, all, linked to the back office until the
     * process is public.
     */
    private Map<Long, TableDecision> tableDecisions(long documentId, boolean team) {
        long processId = jdbc.sql("select process_id from document where id = :d")
                .param("d", documentId)
                .query(Long.class)
                .single();
        var visible = processes.visibleById(processId);
        if (visible.isEmpty() && !team) {
            return Map.of();
        }
        String sessions = visible.map(p -> "/processes/" + p.slug() + "/table/sessions")
                .orElse("/admin/processes/" + processId + "/table/sessions");
        var decisions = new LinkedHashMap<Long, TableDecision>();
        for (DecisionSummary d : stakeholders.decisions(processId)) {
            decisions.put(
                    d.id(),
                    new TableDecision(
                            d.id(),
                            d.sessionNumber(),
                            d.number(),
                            d.text(),
                            sessions + "/" + d.sessionNumber() + "#decision-" + d.number()));
        }
        return decisions;
    }

    /** "Seduta n. 2, decisione n. 1: …", as choices and citations name a decision. */
    static String decisionLabel(int session, int number, String text) {
        return View.t("documents.provenance.decisionLabel", session, number, shorten(text));
    }

    private static Source decisionSource(long citationId, TableDecision decision) {
        return decision == null
                ? null
                : new Source(
                        citationId,
                        SourceKind.TABLE_DECISION,
                        decision.id(),
                        decisionLabel(decision.session(), decision.number(), decision.text()),
                        decision.url());
    }

    public boolean requiresValidation(long documentId) {
        return jdbc.sql("select requires_validation from document where id = :d")
                .param("d", documentId)
                .query(Boolean.class)
                .single();
    }

    private static Source proposalSource(long citationId, Outcome proposal) {
        return proposal == null
                ? null
                : new Source(
                        citationId,
                        SourceKind.PROPOSAL,
                        proposal.id(),
                        proposal.title(),
                        "/proposals/" + proposal.id());
    }

    private static Source withCitation(long citationId, Source item) {
        return item == null ? null : new Source(citationId, item.kind(), item.sourceId(), item.label(), item.url());
    }

    /** The harvest items among these whose meeting's record the viewer may see, as links to the meeting's harvest. */
    private Map<Long, Source> publicHarvestItems(Collection<Long> itemIds) {
        var shown = new LinkedHashMap<Long, Source>();
        if (itemIds.isEmpty()) {
            return shown;
        }
        Map<Long, ItemRef> items = harvest.items(itemIds);
        Set<Long> meetingIds = new HashSet<>();
        items.values().forEach(i -> meetingIds.add(i.meetingId()));
        Set<Long> published = meetings.publishedAmong(meetingIds);
        var titles = meetings.meetings(published);
        items.values().stream()
                .filter(i -> published.contains(i.meetingId()))
                .forEach(i -> shown.put(
                        i.id(),
                        new Source(
                                0,
                                SourceKind.HARVEST_ITEM,
                                i.id(),
                                titles.get(i.meetingId()).title() + ": " + shorten(i.text()),
                                "/meetings/" + i.meetingId() + "#harvest-heading")));
        return shown;
    }

    static String shorten(String text) {
        String plain = text == null ? "" : text.strip();
        return plain.length() > 80 ? plain.substring(0, 79) + "…" : plain;
    }

    // --- the back office: the draft's citations and items, with what editors can choose from

    /** A paragraph of the latest version, to choose which one cites a source. */
    public record Paragraph(UUID key, String excerpt, String section) {}

    public record TeamProvenance(
            int latestNumber,
            boolean draft,
            List<Paragraph> paragraphs,
            Provenance latest,
            List<Option> proposalChoices,
            List<Option> harvestChoices,
            List<Review> reviews,
            List<Option> decisionChoices) {}

    /** For the process's managers (checked by the caller): all of it, reserved or not. */
    public TeamProvenance forTeam(long processId, long documentId) {
        var team = documents.forTeam(processId, documentId);
        var latest = team.latest();
        var paragraphs = new ArrayList<Paragraph>();
        String section = null;
        for (var block : documents.blocks(documentId, latest.number())) {
            if (block.heading()) {
                section = block.plain();
            } else {
                paragraphs.add(new Paragraph(block.key(), shorten(block.plain()), section));
            }
        }
        var proposalChoices = jdbc.sql(
                        "select id, title from proposal_summary where process_id = :p order by id limit 2000")
                .param("p", processId)
                .query((rs, n) -> Option.of(rs.getLong(1), "#" + rs.getLong(1) + " · " + shorten(rs.getString(2))))
                .list();
        var meetingsById = new LinkedHashMap<Long, String>();
        meetingsOfProcess.stream()
                .flatMap(o -> o.meetingsOf(processId).stream())
                .forEach(m -> meetingsById.put(Long.valueOf(m.value()), m.label()));
        var harvestChoices = harvest.itemsOfMeetings(meetingsById.keySet()).stream()
                .map(i -> Option.of(
                        i.id(), "#" + i.id() + " · " + meetingsById.get(i.meetingId()) + ": " + shorten(i.text())))
                .toList();
        var decisionChoices = stakeholders.decisions(processId).stream()
                .map(d -> Option.of(d.id(), decisionLabel(d.sessionNumber(), d.number(), d.text())))
                .toList();
        return new TeamProvenance(
                latest.number(),
                latest.state().name().equals("DRAFT"),
                paragraphs,
                forVersion(documentId, latest.number(), true),
                proposalChoices,
                harvestChoices,
                reviews(documentId, null, true),
                decisionChoices);
    }

    /** The version numbers of the document, for the review forms. */
    public List<Integer> versionsOutOfDraft(long documentId) {
        return jdbc.sql(
                        "select number from document_version where document_id = :d and state <> 'DRAFT' order by number")
                .param("d", documentId)
                .query(Integer.class)
                .list();
    }

    // --- the other side: where a proposal or a harvest item is cited

    /** A place citing a source: document, version, section or item, anchor. */
    public record CitedIn(
            long sourceId, long documentId, String documentTitle, int version, String section, String anchor) {}

    /**
     * Where these proposals or harvest items (of one process) are cited: per document, the latest version the
     * viewer may see that cites them (its paragraphs with their section, and the final document's items).
     */
    public List<CitedIn> citedIn(long processId, SourceKind kind, Collection<Long> sourceIds) {
        if (sourceIds.isEmpty() || !processes.visibleProcessIds().contains(processId)) {
            return List.of();
        }
        String column = switch (kind) {
            case PROPOSAL -> "proposal_id";
            case HARVEST_ITEM -> "harvest_item_id";
            case TABLE_DECISION -> "table_decision_id";
        };
        // a final document's items put forward proposals (and harvest items), never a decision
        String items = kind == SourceKind.TABLE_DECISION
                ? ""
                : "union all select i.%1$s, i.version_id, i.position, 'item-' || i.id, null from document_item i where i.%1$s = any(:ids)";
        return jdbc.sql("""
                with cites as (
                  select c.%1$s as source_id, c.version_id, b.position, 'b-' || b.block_key as anchor,
                         (select h.plain from document_block h where h.version_id = b.version_id and h.kind = 'HEADING'
                          and h.position < b.position order by h.position desc limit 1) as section
                  from document_citation c
                  join document_block b on b.version_id = c.version_id and b.block_key = c.block_key
                  where c.%1$s = any(:ids)
                  %2$s),
                seen as (
                  select x.*, d.id as document_id, d.title, v.number,
                         dense_rank() over (partition by x.source_id, d.id order by v.number desc) as newest
                  from cites x join document_version v on v.id = x.version_id join document d on d.id = v.document_id
                  where d.process_id = :process and (d.phase_id is null or not (d.phase_id = any(:hidden)))
                    and v.state <> 'DRAFT' and (v.visibility = 'PUBLIC' or :reserved))
                select * from seen where newest = 1 order by document_id, position""".formatted(column, items.formatted(column)))
                .param("ids", sourceIds.toArray(Long[]::new))
                .param("process", processId)
                .param("hidden", processes.hiddenPhaseIds().toArray(Long[]::new))
                .param("reserved", documents.seesReserved(processId))
                .query((rs, n) -> new CitedIn(
                        rs.getLong("source_id"),
                        rs.getLong("document_id"),
                        rs.getString("title"),
                        rs.getInt("number"),
                        rs.getString("section"),
                        rs.getString("anchor")))
                .list();
    }
}
