package org.percorsi.opendata.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.percorsi.documents.DocumentsForApi.ApiVersion;
import org.percorsi.documents.DocumentsOpenData;
import org.percorsi.documents.DocumentsOpenData.FinalItem;
import org.percorsi.meetings.Attendance;
import org.percorsi.meetings.MeetingsForApi.ApiMeeting;
import org.percorsi.meetings.MeetingsOpenData;
import org.percorsi.meetings.MeetingsOpenData.PublicMeeting;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationApi.ScopeSummary;
import org.percorsi.organisation.OrganisationApi.ThemeSummary;
import org.percorsi.processes.ProcessesForApi.ApiPhase;
import org.percorsi.processes.ProcessesForApi.ApiProcess;
import org.percorsi.processes.ProcessesOpenData;
import org.percorsi.processes.ProcessesOpenData.ProcessPhase;
import org.percorsi.programming.ProgrammingOpenData;
import org.percorsi.programming.ProgrammingOpenData.InterventionFunding;
import org.percorsi.programming.ProgrammingOpenData.ObjectiveLink;
import org.percorsi.proposals.Answer;
import org.percorsi.proposals.ProposalsForApi.ApiProposal;
import org.percorsi.proposals.ProposalsOpenData;
import org.percorsi.proposals.ProposalsOpenData.PublicProposal;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.PublicLinks;
import org.percorsi.stakeholders.NegotiationTablesOpenData;
import org.percorsi.stakeholders.NegotiationTablesOpenData.TableDecision;
import org.percorsi.stakeholders.NegotiationTablesOpenData.TableMember;
import org.springframework.stereotype.Component;

/**
 * The datasets of the open data, each defined once: its columns give the files' header and values and the rows
 * of its documentation page, so that the two cannot drift apart. Rows come from the source modules' public
 * reads ({@code …OpenData}), which keep out everything reserved.
 */
@Component
public class OpenDatasets {

    /** EU data themes (http://publications.europa.eu/resource/authority/data-theme/). */
    static final String GOVERNMENT = "GOVE";

    static final String ECONOMY = "ECON";
    static final String REGIONS = "REGI";

    /** A proposal's answer, in the same columns wherever a dataset gives it (proposals, document items). */
    private static final List<Column<Answer>> ANSWER_COLUMNS = List.of(
            new Column<>("answer_decision", Answer::decision),
            new Column<>("answer_motivation", OpenDatasets::motivation),
            new Column<>("answer_act", OpenDatasets::act));

    /** Document items are joined to their proposals' answers this many at a time. */
    private static final int ANSWER_BATCH = 500;

    private final Map<String, Dataset<?>> byId = new LinkedHashMap<>();

    OpenDatasets(
            ProcessesOpenData processes,
            MeetingsOpenData meetings,
            ProposalsOpenData proposals,
            DocumentsOpenData documents,
            NegotiationTablesOpenData tables,
            ProgrammingOpenData programming,
            OrganisationApi organisation,
            Pseudonyms pseudonyms,
            PublicLinks links) {
        add(new Dataset<ProcessPhase>(
                "processes",
                GOVERNMENT,
                columns(
                        of(
                                ProcessPhase::process,
                                List.of(
                                        new Column<>("process_id", ApiProcess::id),
                                        new Column<>("slug", ApiProcess::slug),
                                        new Column<>("title", ApiProcess::title),
                                        new Column<>("short_description", ApiProcess::shortDescription),
                                        new Column<>("status", ApiProcess::status),
                                        new Column<>("responsible_office", ApiProcess::responsibleOffice),
                                        new Column<>("published_at", ApiProcess::publishedAt),
                                        new Column<>("concluded_at", ApiProcess::concludedAt))),
                        of(
                                ProcessPhase::phase,
                                List.of(
                                        new Column<>("phase_id", ApiPhase::id),
                                        new Column<>("phase_position", ApiPhase::position),
                                        new Column<>("phase_type", ApiPhase::type),
                                        new Column<>("phase_title", ApiPhase::title),
                                        new Column<>("phase_start", ApiPhase::start),
                                        new Column<>("phase_end", ApiPhase::end))),
                        List.of(new Column<>(
                                "url", p -> links.to("/processes/" + p.process().slug())))),
                processes::eachProcessPhase));

        List<Column<PublicMeeting>> meetingColumns = new ArrayList<>(of(
                PublicMeeting::meeting,
                columns(
                        List.of(
                                new Column<>("meeting_id", ApiMeeting::id),
                                new Column<>("process_id", ApiMeeting::processId),
                                new Column<>("phase_id", ApiMeeting::phaseId),
                                new Column<>("title", ApiMeeting::title),
                                new Column<>("format", ApiMeeting::format),
                                new Column<>("status", ApiMeeting::status),
                                new Column<>("starts_at", ApiMeeting::startsAt),
                                new Column<>("ends_at", ApiMeeting::endsAt),
                                new Column<>("address", ApiMeeting::address),
                                new Column<>("online", ApiMeeting::online)),
                        themeAndScope(ApiMeeting::themeId, ApiMeeting::scopeId))));
        meetingColumns.add(new Column<>("record_published", m -> !m.attendance().isEmpty()));
        for (Attendance.Category category : Attendance.Category.values()) {
            meetingColumns.add(new Column<>(
                    "attendance_" + category.name().toLowerCase(),
                    m -> Suppression.count(m.attendance().get(category))));
        }
        meetingColumns.add(new Column<>(
                "attendance_total",
                m -> m.attendance().isEmpty()
                        ? null
                        : Suppression.total(List.of(Attendance.Category.values()).stream()
                                .map(c -> m.attendance().getOrDefault(c, 0))
                                .toList())));
        meetingColumns.add(
                new Column<>("url", m -> links.to("/meetings/" + m.meeting().id())));
        add(new Dataset<>("meetings", GOVERNMENT, meetingColumns, named(meetings::eachPublicMeeting, organisation)));

        add(new Dataset<PublicProposal>(
                "proposals",
                GOVERNMENT,
                columns(
                        of(
                                PublicProposal::proposal,
                                List.of(
                                        new Column<>("proposal_id", ApiProposal::id),
                                        new Column<>("process_id", ApiProposal::processId),
                                        new Column<>("phase_id", ApiProposal::phaseId),
                                        new Column<>("kind", ApiProposal::kind),
                                        new Column<>("title", ApiProposal::title),
                                        new Column<>("text", ApiProposal::text))),
                        List.of(new Column<>("author", p -> pseudonyms.of(p.authorAccountId()))),
                        of(
                                PublicProposal::proposal,
                                columns(
                                        themeAndScope(ApiProposal::themeId, ApiProposal::scopeId),
                                        List.of(
                                                new Column<>("supports", ApiProposal::supports),
                                                new Column<>("comments", ApiProposal::comments),
                                                new Column<>("created_at", ApiProposal::createdAt),
                                                new Column<>("state", ApiProposal::state)))),
                        of(
                                p -> p.proposal().answer(),
                                columns(
                                        ANSWER_COLUMNS,
                                        List.of(
                                                new Column<>(
                                                        "answer_act_url",
                                                        a -> a.act() == null
                                                                ? null
                                                                : a.act().url()),
                                                new Column<>("answered_at", Answer::at),
                                                new Column<>("merged_into", Answer::mergedInto)))),
                        List.of(new Column<>(
                                "url",
                                p -> links.to("/proposals/" + p.proposal().id())))),
                named(proposals::eachPublicProposal, organisation)));

        add(new Dataset<ApiVersion>(
                "documents",
                GOVERNMENT,
                List.of(
                        new Column<>("document_id", ApiVersion::documentId),
                        new Column<>("process_id", ApiVersion::processId),
                        new Column<>("phase_id", ApiVersion::phaseId),
                        new Column<>("kind", ApiVersion::kind),
                        new Column<>("title", ApiVersion::title),
                        new Column<>("version", ApiVersion::number),
                        new Column<>("consultation_from", ApiVersion::consultationFrom),
                        new Column<>("consultation_to", ApiVersion::consultationTo),
                        new Column<>("approved_by", ApiVersion::approvedBy),
                        new Column<>("approved_on", ApiVersion::approvedOn),
                        new Column<>("approval_act", ApiVersion::approvalAct),
                        new Column<>("url", v -> links.to("/documents/" + v.documentId() + "/versions/" + v.number()))),
                documents::eachFinalVersion));

        add(new Dataset<ItemWithAnswer>(
                "document-items",
                GOVERNMENT,
                columns(
                        of(
                                ItemWithAnswer::item,
                                List.of(
                                        new Column<>("document_id", FinalItem::documentId),
                                        new Column<>("process_id", FinalItem::processId),
                                        new Column<>("version", FinalItem::versionNumber),
                                        new Column<>("position", FinalItem::position),
                                        new Column<>("title", FinalItem::title),
                                        new Column<>("text", FinalItem::body),
                                        new Column<>("proposal_id", FinalItem::proposalId))),
                        of(ItemWithAnswer::answer, ANSWER_COLUMNS)),
                out -> withAnswers(documents, proposals, out)));

        add(new Dataset<TableMember>(
                "negotiation-table-members",
                GOVERNMENT,
                List.of(
                        new Column<>("process_id", TableMember::processId),
                        new Column<>("organisation_id", TableMember::organisationId),
                        new Column<>("name", TableMember::name),
                        new Column<>("kind", TableMember::kind),
                        new Column<>("ipa_code", TableMember::ipaCode),
                        new Column<>("website", TableMember::website),
                        new Column<>("channel", TableMember::channel),
                        new Column<>("joined_on", TableMember::joinedOn)),
                tables::eachMember));

        add(new Dataset<TableDecision>(
                "negotiation-table-decisions",
                GOVERNMENT,
                List.of(
                        new Column<>("process_id", TableDecision::processId),
                        new Column<>("session_number", TableDecision::sessionNumber),
                        new Column<>("session_title", TableDecision::sessionTitle),
                        new Column<>("held_on", TableDecision::heldOn),
                        new Column<>("decision_number", TableDecision::number),
                        new Column<>("text", TableDecision::text),
                        new Column<>("outcome", TableDecision::outcome),
                        new Column<>("votes_for", TableDecision::votesFor),
                        new Column<>("votes_against", TableDecision::votesAgainst),
                        new Column<>("abstentions", TableDecision::abstentions)),
                tables::eachDecision));

        add(new Dataset<ObjectiveLink>(
                "dup-objectives",
                REGIONS,
                List.of(
                        new Column<>("cycle_id", ObjectiveLink::cycleId),
                        new Column<>("cycle_title", ObjectiveLink::cycleTitle),
                        new Column<>("objective_id", ObjectiveLink::objectiveId),
                        new Column<>("parent_id", ObjectiveLink::parentId),
                        new Column<>("level", ObjectiveLink::level),
                        new Column<>("mission_code", ObjectiveLink::missionCode),
                        new Column<>("programme_code", ObjectiveLink::programmeCode),
                        new Column<>("title", ObjectiveLink::title),
                        new Column<>("proposal_id", ObjectiveLink::proposalId),
                        new Column<>("proposal_title", ObjectiveLink::proposalTitle),
                        new Column<>("proposal_state", ObjectiveLink::proposalState),
                        new Column<>("url", o -> links.to("/programming/objectives/" + o.objectiveId()))),
                programming::eachObjectiveLink));

        add(new Dataset<InterventionFunding>(
                "interventions",
                ECONOMY,
                List.of(
                        new Column<>("intervention_id", InterventionFunding::interventionId),
                        new Column<>("title", InterventionFunding::title),
                        new Column<>("status", InterventionFunding::status),
                        new Column<>("responsible_office", InterventionFunding::responsibleOffice),
                        new Column<>("funding_source", InterventionFunding::fundingSource),
                        new Column<>("amount", InterventionFunding::amount),
                        new Column<>("milestones", InterventionFunding::milestones),
                        new Column<>("milestones_reached", InterventionFunding::milestonesReached),
                        new Column<>(
                                "progress_percent",
                                i -> i.milestones() == 0 ? null : i.milestonesReached() * 100 / i.milestones()),
                        new Column<>("url", i -> links.to("/interventions/" + i.interventionId()))),
                programming::eachInterventionFunding));
    }

    /** The columns of a part of the row as columns of the row: empty values where the row has no such part. */
    private static <T, P> List<Column<T>> of(Function<T, P> part, List<Column<P>> columns) {
        return columns.stream()
                .map(column -> new Column<T>(column.name(), row -> {
                    P value = part.apply(row);
                    return value == null ? null : column.value().apply(value);
                }))
                .toList();
    }

    @SafeVarargs
    private static <T> List<Column<T>> columns(List<Column<T>>... groups) {
        return Stream.of(groups).flatMap(List::stream).toList();
    }

    /** The names of a row's theme and scope, read once per download ({@link #named}). */
    private <T> List<Column<T>> themeAndScope(Function<T, Long> theme, Function<T, Long> scope) {
        return List.of(
                new Column<>("theme", row -> themeName(theme.apply(row))),
                new Column<>("scope", row -> scopeName(scope.apply(row))));
    }

    private void add(Dataset<?> dataset) {
        byId.put(dataset.id(), dataset);
    }

    public List<Dataset<?>> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Dataset<?>> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A document item with its proposal's answer (null when unanswered or not public). */
    record ItemWithAnswer(FinalItem item, Answer answer) {}

    private static void withAnswers(
            DocumentsOpenData documents, ProposalsOpenData proposals, Consumer<ItemWithAnswer> out) {
        List<FinalItem> batch = new ArrayList<>();
        documents.eachFinalItem(item -> {
            batch.add(item);
            if (batch.size() == ANSWER_BATCH) {
                flush(batch, proposals, out);
            }
        });
        flush(batch, proposals, out);
    }

    private static void flush(List<FinalItem> batch, ProposalsOpenData proposals, Consumer<ItemWithAnswer> out) {
        Map<Long, Answer> answers = proposals.publicAnswers(
                batch.stream().map(FinalItem::proposalId).toList());
        batch.forEach(item -> out.accept(new ItemWithAnswer(item, answers.get(item.proposalId()))));
        batch.clear();
    }

    private static Object motivation(Answer answer) {
        return answer.motivationHtml() == null ? null : RichText.plainText(answer.motivationHtml());
    }

    private static Object act(Answer answer) {
        return answer.act() == null
                ? null
                : answer.act().type() + " " + answer.act().number() + " "
                        + answer.act().date();
    }

    /**
     * The names of themes and scopes, read again at the start of each download of a dataset that names them (a
     * few rows, instead of a lookup per row); concurrent downloads read the same names.
     */
    private volatile Map<Long, String> themeNames = Map.of();

    private volatile Map<Long, String> scopeNames = Map.of();

    private <T> Dataset.Rows<T> named(Dataset.Rows<T> rows, OrganisationApi organisation) {
        return out -> {
            themeNames = organisation.themes().stream()
                    .collect(Collectors.toMap(ThemeSummary::id, ThemeSummary::name, (a, b) -> a));
            scopeNames = organisation.scopeTree().stream()
                    .collect(Collectors.toMap(ScopeSummary::id, ScopeSummary::name, (a, b) -> a));
            rows.each(out);
        };
    }

    private String themeName(Long id) {
        return id == null ? null : themeNames.get(id);
    }

    private String scopeName(Long id) {
        return id == null ? null : scopeNames.get(id);
    }
}
