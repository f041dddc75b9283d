package org.percorsi.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.harvest.usecases.AddHarvestGroup;
import org.percorsi.harvest.usecases.AddHarvestItem;
import org.percorsi.harvest.usecases.AddHarvestRound;
import org.percorsi.harvest.usecases.HarvestGroupForm;
import org.percorsi.harvest.usecases.HarvestItemForm;
import org.percorsi.harvest.usecases.HarvestRoundForm;
import org.percorsi.harvest.usecases.SaveSynthesis;
import org.percorsi.harvest.usecases.SynthesisForm;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.meetings.usecases.RecordMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a meeting produced (its harvest and plenary synthesis) becomes public when its record is published on
 * closing: before that, its organisers see it as they write it, visitors and search do not.
 */
class HarvestIsPublishedOnClosingTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

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
    SaveSynthesis saveSynthesis;

    @Autowired
    RecordMeeting record;

    @Autowired
    MeetingsApi meetings;

    @Test
    void theSynthesisAndTheHarvestAreHiddenUntilTheRecordIsPublished() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long meeting = TestAccounts.asAdministrator(() -> {
            long process = createProcess.handle(new ProcessForm(
                    "Quartiere " + run,
                    null,
                    "Breve",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.PUBLIC,
                    List.of(),
                    List.of(),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(
                    process,
                    new PhaseForm(
                            PhaseType.OPENING,
                            "Apertura",
                            "",
                            LocalDate.now().minusDays(3),
                            LocalDate.now().plusDays(30),
                            "",
                            "",
                            false));
            publish.handle(process);
            var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                    .minusDays(1)
                    .withSecond(0)
                    .withNano(0);
            long id = schedule.create(
                    process,
                    MeetingForms.meeting("Laboratorio " + run, MeetingFormat.NEIGHBOURHOOD_LAB, start)
                            .alreadyHeld()
                            .form());
            long table = addGroup.handle(id, new HarvestGroupForm(HarvestGroupKind.TABLE, "Tavolo verde", null, null));
            long round = addRound.handle(id, new HarvestRoundForm("Che cosa manca al quartiere?"));
            addItem.handle(id, new HarvestItemForm(HarvestItemKind.NOTE, table, round, null, "Orti condivisi " + run));
            saveSynthesis.handle(id, new SynthesisForm("<p>Sintesi provvisoria " + run + "</p>"));
            return id;
        });

        String visitorPage = mvc.perform(get("/meetings/" + meeting))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(visitorPage)
                .contains("Laboratorio " + run)
                .doesNotContain("Sintesi provvisoria")
                .doesNotContain("Orti condivisi");
        assertThat(mvc.perform(get("/meetings/" + meeting)
                                .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("its organisers see what they write")
                .contains("Sintesi provvisoria " + run);
        assertThat(meetings.indexable(meeting).orElseThrow().text())
                .as("what search indexes")
                .doesNotContain("Sintesi provvisoria");

        TestAccounts.asAdmin(() ->
                record.save(meeting, new RecordMeeting.RecordForm("<p>Verbale</p>", Map.of(), List.of(), null), true));

        String published = mvc.perform(get("/meetings/" + meeting))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(published).contains("Sintesi provvisoria " + run).contains("Orti condivisi " + run);
        assertThat(awaitSearch("provvisoria " + run)).contains("Laboratorio " + run);
    }

    /** Indexing follows the commit asynchronously: waits (briefly) for the meeting to be found. */
    private String awaitSearch(String q) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        String page = "";
        while (Instant.now().isBefore(until)) {
            page = mvc.perform(get("/search").param("q", q))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (page.contains("Risultati: 1")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the published synthesis is not found by search");
    }
}
