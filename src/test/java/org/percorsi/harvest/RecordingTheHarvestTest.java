package org.percorsi.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.harvest.queries.HarvestQueries;
import org.percorsi.harvest.usecases.AddHarvestGroup;
import org.percorsi.harvest.usecases.AddHarvestItem;
import org.percorsi.harvest.usecases.AddHarvestPoll;
import org.percorsi.harvest.usecases.AddHarvestRound;
import org.percorsi.harvest.usecases.HarvestDotsForm;
import org.percorsi.harvest.usecases.HarvestGroupForm;
import org.percorsi.harvest.usecases.HarvestItemForm;
import org.percorsi.harvest.usecases.HarvestPollForm;
import org.percorsi.harvest.usecases.HarvestProposalForm;
import org.percorsi.harvest.usecases.HarvestRoundForm;
import org.percorsi.harvest.usecases.HarvestToProposal;
import org.percorsi.harvest.usecases.PollVotesForm;
import org.percorsi.harvest.usecases.SetHarvestDots;
import org.percorsi.harvest.usecases.SetPollVotes;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.queries.ProposalQueries;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recording what a method produced: world-café notes that name their table and round and become proposals
 * keeping their provenance (once only); the metaplan ranking by dots; poll results per table, corrected
 * rather than added; nothing of another meeting can be named.
 */
class RecordingTheHarvestTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    AddHarvestGroup addGroup;

    @Autowired
    AddHarvestRound addRound;

    @Autowired
    AddHarvestItem addItem;

    @Autowired
    SetHarvestDots setDots;

    @Autowired
    AddHarvestPoll addPoll;

    @Autowired
    SetPollVotes setVotes;

    @Autowired
    HarvestToProposal toProposal;

    @Autowired
    HarvestQueries harvestQueries;

    @Autowired
    MeetingQueries meetingQueries;

    @Autowired
    ProposalQueries proposals;

    long processId;

    @BeforeEach
    void aPublishedProcess() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Raccolte " + UUID.randomUUID()));
            addPhase.handle(processId, ProcessForms.openPhase());
            publish.handle(processId);
        });
    }

    @Test
    void aWorldCafeNoteBecomesAProposalThatKnowsWhereItCameFrom() {
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .plusDays(7)
                .withSecond(0)
                .withNano(0);
        long meeting = admin(() -> schedule.create(
                processId,
                MeetingForms.meeting("World café associazioni", MeetingFormat.WORLD_CAFE, start)
                        .description("Descrizione")
                        .at("Sala")
                        .forAudience("Cittadini")
                        .form()));
        long proposal = admin(() -> {
            long table =
                    addGroup.handle(meeting, new HarvestGroupForm(HarvestGroupKind.TABLE, "Tavolo 2", "Anna", null));
            long round = addRound.handle(meeting, new HarvestRoundForm("Che cosa manca al quartiere?"));
            long note = addItem.handle(
                    meeting,
                    new HarvestItemForm(
                            HarvestItemKind.NOTE,
                            table,
                            round,
                            null,
                            "Un doposcuola aperto alle famiglie arrivate da poco"));
            assertThatThrownBy(() -> addItem.handle(
                            meeting, new HarvestItemForm(HarvestItemKind.NOTE, null, round, null, "Senza tavolo")))
                    .isInstanceOf(RuleViolation.class);
            long id = toProposal.handle(meeting, new HarvestProposalForm(false, note, ProposalKind.NEED, null, null));
            assertThatThrownBy(() -> toProposal.handle(
                            meeting, new HarvestProposalForm(false, note, ProposalKind.NEED, null, null)))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("harvest.alreadyProposed"));
            return id;
        });
        var detail = proposals.detail(proposal).orElseThrow();
        assertThat(detail.title()).isEqualTo("Un doposcuola aperto alle famiglie arrivate da poco");
        assertThat(detail.originMeetingId()).isEqualTo(meeting);
        assertThat(detail.originNote())
                .contains("World café")
                .contains("Tavolo 2")
                .contains("Che cosa manca al quartiere?");
        assertThat(meetingQueries.proposalsFrom(meeting))
                .extracting(MeetingQueries.Born::proposalId)
                .containsExactly(proposal);
    }

    @Test
    void metaplanRankingAndPollsPerTable() {
        long metaplan = admin(() -> schedule.create(
                processId, metaplan("Metaplan", LocalDateTime.now().minusDays(1))));
        admin(() -> {
            long green = addGroup.handle(
                    metaplan, new HarvestGroupForm(HarvestGroupKind.CLUSTER, "Verde pubblico", null, null));
            long traffic =
                    addGroup.handle(metaplan, new HarvestGroupForm(HarvestGroupKind.CLUSTER, "Traffico", null, null));
            setDots.handle(
                    metaplan,
                    new HarvestDotsForm(
                            false,
                            addItem.handle(
                                    metaplan, new HarvestItemForm(HarvestItemKind.CARD, null, null, green, "Alberi")),
                            4));
            setDots.handle(
                    metaplan,
                    new HarvestDotsForm(
                            false,
                            addItem.handle(
                                    metaplan,
                                    new HarvestItemForm(HarvestItemKind.CARD, null, null, traffic, "Zone 30")),
                            6));
            setDots.handle(metaplan, new HarvestDotsForm(true, green, 5));
            long table =
                    addGroup.handle(metaplan, new HarvestGroupForm(HarvestGroupKind.TABLE, "Tavolo A", null, null));
            var options = addPoll.handle(metaplan, new HarvestPollForm("Priorità?", "Verde\nTraffico"));
            setVotes.handle(metaplan, new PollVotesForm(options.get(0), table, 3));
            setVotes.handle(metaplan, new PollVotesForm(options.get(0), null, 2));
            setVotes.handle(
                    metaplan, new PollVotesForm(options.get(0), table, 4)); // corrected: replaces, never adds twice
            assertThatThrownBy(() -> addPoll.handle(metaplan, new HarvestPollForm("Una sola?", "Solo questa")))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("options"));
            return null;
        });
        var result = harvestQueries.of(metaplan);
        assertThat(result.ranking())
                .extracting(r -> r.group().label() + "=" + r.totalDots())
                .containsExactly("Verde pubblico=9", "Traffico=6");
        var verde = result.polls().get(0).options().get(0);
        assertThat(verde.at(result.groups("TABLE").get(0).id())).isEqualTo(4);
        assertThat(verde.at(null)).isEqualTo(2);
        assertThat(verde.total()).isEqualTo(6);

        long other = admin(() -> schedule.create(processId, metaplan("Altro incontro", LocalDateTime.now())));
        long foreignTable = admin(() ->
                addGroup.handle(other, new HarvestGroupForm(HarvestGroupKind.TABLE, "Tavolo altrui", null, null)));
        assertThatThrownBy(() -> admin(() -> addItem.handle(
                        metaplan,
                        new HarvestItemForm(
                                HarvestItemKind.COMMENT, foreignTable, null, null, "Nota sul tavolo sbagliato"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("harvest.unknownTable"));
    }

    private static MeetingForm metaplan(String title, LocalDateTime start) {
        return MeetingForms.meeting(title, MeetingFormat.METAPLAN, start)
                .registration(null)
                .alreadyHeld()
                .form();
    }

    private static <T> T admin(Callable<T> work) {
        return TestAccounts.asAdministrator(work);
    }
}
