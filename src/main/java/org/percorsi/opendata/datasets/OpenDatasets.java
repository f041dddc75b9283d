package org.percorsi.opendata.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.percorsi.documents.DocumentsOpenData;
import org.percorsi.documents.DocumentsOpenData.FinalItem;
import org.percorsi.documents.DocumentsOpenData.FinalVersion;
import org.percorsi.meetings.Attendance;
import org.percorsi.meetings.MeetingsOpenData;
import org.percorsi.meetings.MeetingsOpenData.PublicMeeting;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationApi.ScopeSummary;
import org.percorsi.organisation.OrganisationApi.ThemeSummary;
import org.percorsi.processes.ProcessesOpenData;
import org.percorsi.processes.ProcessesOpenData.ProcessPhase;
import org.percorsi.programming.ProgrammingOpenData;
import org.percorsi.programming.ProgrammingOpenData.InterventionFunding;
import org.percorsi.programming.ProgrammingOpenData.ObjectiveLink;
import org.percorsi.proposals.Answer;
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
                List.of(
                        new Column<>("process_id", ProcessPhase::processId),
                        new Column<>("slug", ProcessPhase::slug),
                        new Column<>("title", ProcessPhase::title),
                        new Column<>("short_description", ProcessPhase::shortDescription),
                        new Column<>("status", ProcessPhase::status),
                        new Column<>("responsible_office", ProcessPhase::responsibleOffice),
                        new Column<>("published_at", ProcessPhase::publishedAt),
                        new Column<>("concluded_at", ProcessPhase::concludedAt),
                        new Column<>("phase_id", ProcessPhase::phaseId),
                        new Column<>("phase_position", ProcessPhase::phasePosition),
                        new Column<>("phase_type", ProcessPhase::phaseType),
                        new Column<>("phase_title", ProcessPhase::phaseTitle),
                        new Column<>("phase_start", ProcessPhase::phaseStart),
                        new Column<>("phase_end", ProcessPhase::phaseEnd),
                        new Column<>("url", p -> links.to("/processes/" + p.slug()))),
                processes::eachProcessPhase));

        List<Column<PublicMeeting>> meetingColumns = new ArrayList<>(List.of(
                new Column<>("meeting_id", PublicMeeting::id),
                new Column<>("process_id", PublicMeeting::processId),
                new Column<>("phase_id", PublicMeeting::phaseId),
                new Column<>("title", PublicMeeting::title),
                new Column<>("format", PublicMeeting::format),
                new Column<>("status", PublicMeeting::status),
                new Column<>("starts_at", PublicMeeting::startsAt),
                new Column<>("ends_at", PublicMeeting::endsAt),
                new Column<>("address", PublicMeeting::address),
                new Column<>("online", PublicMeeting::online),
                new Column<>("theme", m -> themeName(m.themeId())),
                new Column<>("scope", m -> scopeName(m.scopeId())),
                new Column<>("record_published", m -> !m.attendance().isEmpty())));
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
        meetingColumns.add(new Column<>("url", m -> links.to("/meetings/" + m.id())));
        add(new Dataset<>("meetings", GOVERNMENT, meetingColumns, named(meetings::eachPublicMeeting, organisation)));

        add(new Dataset<PublicProposal>(
                "proposals",
                GOVERNMENT,
                List.of(
                        new Column<>("proposal_id", PublicProposal::id),
                        new Column<>("process_id", PublicProposal::processId),
                        new Column<>("phase_id", PublicProposal::phaseId),
                        new Column<>("kind", PublicProposal::kind),
                        new Column<>("title", PublicProposal::title),
                        new Column<>("text", PublicProposal::text),
                        new Column<>("author", p -> pseudonyms.of(p.authorAccountId())),
                        new Column<>("theme", p -> themeName(p.themeId())),
                        new Column<>("scope", p -> scopeName(p.scopeId())),
                        new Column<>("supports", PublicProposal::supports),
                        new Column<>("comments", PublicProposal::comments),
                        new Column<>("created_at", PublicProposal::createdAt),
                        new Column<>("state", PublicProposal::state),
                        new Column<>("answer_decision", p -> answer(p.answer(), Answer::decision)),
                        new Column<>("answer_motivation", p -> answer(p.answer(), a -> motivation(a))),
                        new Column<>("answer_act", p -> answer(p.answer(), OpenDatasets::act)),
                        new Column<>(
                                "answer_act_url",
                                p -> answer(
                                        p.answer(),
                                        a -> a.act() == null ? null : a.act().url())),
                        new Column<>("answered_at", p -> answer(p.answer(), Answer::at)),
                        new Column<>("merged_into", p -> answer(p.answer(), Answer::mergedInto)),
                        new Column<>("url", p -> links.to("/proposals/" + p.id()))),
                named(proposals::eachPublicProposal, organisation)));

        add(new Dataset<FinalVersion>(
                "documents",
                GOVERNMENT,
                List.of(
                        new Column<>("document_id", FinalVersion::documentId),
                        new Column<>("process_id", FinalVersion::processId),
                        new Column<>("phase_id", FinalVersion::phaseId),
                        new Column<>("kind", FinalVersion::kind),
                        new Column<>("title", FinalVersion::title),
                        new Column<>("version", FinalVersion::number),
                        new Column<>("consultation_from", FinalVersion::consultationFrom),
                        new Column<>("consultation_to", FinalVersion::consultationTo),
                        new Column<>("approved_by", FinalVersion::approvedBy),
                        new Column<>("approved_on", FinalVersion::approvedOn),
                        new Column<>("approval_act", FinalVersion::approvalAct),
                        new Column<>("url", v -> links.to("/documents/" + v.documentId() + "/versions/" + v.number()))),
                documents::eachFinalVersion));

        add(new Dataset<ItemWithAnswer>(
                "document-items",
                GOVERNMENT,
                List.of(
                        new Column<>("document_id", i -> i.item().documentId()),
                        new Column<>("process_id", i -> i.item().processId()),
                        new Column<>("version", i -> i.item().versionNumber()),
                        new Column<>("position", i -> i.item().position()),
                        new Column<>("title", i -> i.item().title()),
                        new Column<>("text", i -> i.item().body()),
                        new Column<>("proposal_id", i -> i.item().proposalId()),
                        new Column<>("answer_decision", i -> answer(i.answer(), Answer::decision)),
                        new Column<>("answer_motivation", i -> answer(i.answer(), a -> motivation(a))),
                        new Column<>("answer_act", i -> answer(i.answer(), OpenDatasets::act))),
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

    private static Object answer(Answer answer, Function<Answer, Object> field) {
        return answer == null ? null : field.apply(answer);
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
