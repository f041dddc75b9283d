package org.percorsi.programming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.harvest.HarvestGroupKind;
import org.percorsi.harvest.usecases.AddHarvestGroup;
import org.percorsi.harvest.usecases.HarvestGroupForm;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.usecases.RecordMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.programming.usecases.ConfirmImportForm;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.programming.usecases.LinkHarvest;
import org.percorsi.programming.usecases.LinkProposal;
import org.percorsi.programming.usecases.MarkProcessAnswered;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Managers carry proposals into the DUP and answer them, once, on the proposal's page;
 * the public pages say the same of each proposal, and reserved processes stay
 * hidden on the objectives' pages.
 */
class ManagersAnswerAndLinkProposalsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    static final String TABLE =
            "AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tASSEGNATARI\n"
                    + "Città sostenibile\tVerde urbano\tNuovi parchi\tParco del fiume\tProgetto del parco lineare\tSettore Ambiente\n";

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    AssignRole assignRole;

    @Autowired
    SubmitProposal submit;

    @Autowired
    CreateCycle createCycle;

    @Autowired
    ImportDupTable importTable;

    @Autowired
    LinkProposal link;

    @Autowired
    AnswerProposal answer;

    @Autowired
    MarkProcessAnswered markAnswered;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    AddHarvestGroup addHarvestGroup;

    @Autowired
    LinkHarvest linkHarvest;

    @Autowired
    RecordMeeting record;

    String manager;
    String slug;
    long processId;
    long action;
    long first;
    long second;

    @BeforeEach
    void aProcessTwoProposalsAndADupAction() {
        manager = account();
        String run = UUID.randomUUID().toString().substring(0, 8);
        slug = "esiti-" + run;
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(new ProcessForm(
                    "Esiti " + run,
                    slug,
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
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", TODAY.minusDays(3), TODAY.plusDays(30), "", "", false));
            publish.handle(processId);
            assignRole.handle(processId, new RoleForm(manager, ProcessRole.MANAGER));
        });
        String author = account();
        first = TestAccounts.asParticipant(
                author, () -> submit.handle(processId, idea("Un parco lungo il fiume " + run)));
        second = TestAccounts.asParticipant(
                author, () -> submit.handle(processId, idea("Bagni pubblici nei giardini " + run)));
        long cycle = TestAccounts.asAdministrator(() -> createCycle.handle("DUP " + run, null));
        TestAccounts.asAdministrator(() -> {
            var preview = importTable.preview(cycle, "v1", "t.tsv", TABLE.getBytes(StandardCharsets.UTF_8));
            return importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(preview));
        });
        action = jdbc.sql("select id from objective_node where cycle_id = :c and level = 'ACTION'")
                .param("c", cycle)
                .query(Long.class)
                .single();
    }

    @Test
    void onlyTheProcessManagersLinkAndAnswer() {
        assertThatThrownBy(() -> TestAccounts.asParticipant(account(), () -> {
                    link.link(first, action, "non mio");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        asManager(() -> link.link(first, action, "Il parco entra nel progetto"));
        assertThat(jdbc.sql("select note from proposal_objective_link where proposal_id = :p")
                        .param("p", first)
                        .query(String.class)
                        .single())
                .isEqualTo("Il parco entra nel progetto");
    }

    @Test
    void aMotivationIsRequiredUnlessFullyAcceptedAndTheProcessIsAnsweredOnlyWhenComplete() throws Exception {
        assertThatThrownBy(() -> asManager(() -> answer.handle(second, form(ProposalState.REJECTED, ""))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("motivation"));
        assertThatThrownBy(() -> asManager(() -> answer.handle(
                        second,
                        new AnswerForm(
                                ProposalState.ACCEPTED,
                                "",
                                null,
                                "Delibera di Giunta",
                                "10",
                                TODAY,
                                "javascript:alert(1)"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("actUrl"));
        asManager(() -> link.link(first, action, null));
        asManager(() -> answer.handle(first, form(ProposalState.ACCEPTED, "")));
        assertThatThrownBy(() -> asManager(() -> markAnswered.handle(processId)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("programming.answer.missing"));
        asManager(() -> answer.handle(second, form(ProposalState.REJECTED, "Non ci sono spazi adatti nei giardini.")));
        asManager(() -> markAnswered.handle(processId));

        String page = mvc.perform(get("/processes/" + slug + "/accountability"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Il Comune ha risposto a tutte le proposte",
                        "Accolta",
                        "Non accolta",
                        "Non ci sono spazi adatti nei giardini.",
                        "Delibera di Giunta n. 10",
                        "Progetto del parco lineare");
        String csv = mvc.perform(get("/processes/" + slug + "/accountability.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(
                        "REJECTED",
                        "Non ci sono spazi adatti nei giardini.",
                        "Progetto del parco lineare",
                        "https://atti.example.it/10");
        String json = mvc.perform(get("/processes/" + slug + "/accountability.json"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"answered\":true").contains("\"decision\":\"ACCEPTED\"");
        String objective = mvc.perform(get("/programming/objectives/" + action))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(objective).contains("Un parco lungo il fiume", "Accolta");
        assertThat(mvc.perform(get("/programming/objectives/" + action + ".csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Un parco lungo il fiume", "ACCEPTED");
    }

    /** The case: the proposal page said "Presentata" while the accountability page said "Accolta". */
    @Test
    void theProposalPageAndTheAccountabilityPageShowTheSameAnswerWithItsHistory() throws Exception {
        asManager(
                () -> answer.handle(second, form(ProposalState.UNDER_EVALUATION, "La valuta il servizio del verde.")));
        var posted = mvc.perform(post("/proposals/" + second + "/answer")
                        .param("decision", "PARTLY_ACCEPTED")
                        .param("motivation", "Un bagno pubblico nel giardino più grande, non in tutti.")
                        .param("actType", "Delibera di Giunta")
                        .param("actNumber", "77")
                        .param("actDate", TODAY.toString())
                        .param("actUrl", "https://atti.example.it/77")
                        .with(user(manager).roles("PARTICIPANT"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(posted.getStatus()).isEqualTo(302);

        String proposal = mvc.perform(get("/proposals/" + second))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badge(proposal)).isEqualTo("Accolta in parte");
        assertThat(section(proposal, "answer-heading"))
                .contains(
                        "Accolta in parte",
                        "Un bagno pubblico nel giardino più grande, non in tutti.",
                        "Delibera di Giunta n. 77",
                        "https://atti.example.it/77")
                .doesNotContain("La valuta il servizio del verde.");
        assertThat(section(proposal, "history-heading"))
                .contains("In valutazione", "La valuta il servizio del verde.", "Accolta in parte");
        String accountability = mvc.perform(get("/processes/" + slug + "/accountability"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String card = accountability.substring(accountability.indexOf("id=\"outcome-" + second + "\""));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card)
                .contains(
                        "Accolta in parte",
                        "Un bagno pubblico nel giardino più grande, non in tutti.",
                        "Delibera di Giunta n. 77")
                .doesNotContain("Presentata", "In attesa");
        assertThat(accountability).contains("Proposte con una risposta: 1 su 2.");
        String backOffice = mvc.perform(get("/admin/processes/" + processId + "/proposals/" + second + "/programming")
                        .with(user(manager).roles("PARTICIPANT")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(section(backOffice, "answer-heading")).contains("Accolta in parte", "Delibera di Giunta n. 77");
    }

    @Test
    void theAnswerFormExplainsRefusalsInItalianAndSavesNothing() throws Exception {
        var response = mvc.perform(post("/proposals/" + second + "/answer")
                        .param("decision", "REJECTED")
                        .param("actType", "Delibera di Giunta")
                        .param("actNumber", "11")
                        .param("actDate", TODAY.toString())
                        .with(user(manager).roles("PARTICIPANT"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains("La motivazione pubblica è obbligatoria, tranne quando la proposta è accolta per intero.");
        var partialAct = mvc.perform(post("/proposals/" + second + "/answer")
                        .param("decision", "REJECTED")
                        .param("motivation", "Non ci sono spazi.")
                        .param("actType", "Delibera di Giunta")
                        .param("actDate", TODAY.toString())
                        .with(user(manager).roles("PARTICIPANT"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(partialAct.getStatus()).isEqualTo(422);
        assertThat(partialAct.getContentAsString())
                .contains("Un atto si indica con tipo, numero e data: manca questo dato.")
                .as("what was typed stays in the form")
                .contains("Non ci sono spazi.");
        var notADate = mvc.perform(post("/proposals/" + second + "/answer")
                        .param("decision", "REJECTED")
                        .param("motivation", "Non ci sono spazi.")
                        .param("actDate", "2026-13-45")
                        .with(user(manager).roles("PARTICIPANT"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(notADate.getStatus()).isEqualTo(422);
        assertThat(notADate.getContentAsString()).contains("Data non valida: usa il formato aaaa-mm-gg.");
        assertThat(jdbc.sql("select count(*) from proposal_answer where proposal_id = :p")
                        .param("p", second)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(mvc.perform(get("/proposals/" + second))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Presentata");
    }

    private static String badge(String page) {
        var matcher = Pattern.compile("<span class=\"badge bg-primary\">([^<]+)</span>")
                .matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The section a heading with this id opens, as the reader sees it. */
    private static String section(String page, String headingId) {
        int start = page.indexOf("id=\"" + headingId + "\"");
        assertThat(start).as("section " + headingId).isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void proposalsOfAReservedProcessDoNotShowOnTheObjectivePage() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long[] reserved = new long[1];
        TestAccounts.asAdmin(() -> {
            reserved[0] = createProcess.handle(new ProcessForm(
                    "Tavolo riservato " + run,
                    "",
                    "Breve",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.RESERVED,
                    List.of(),
                    List.of(),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(
                    reserved[0],
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", TODAY.minusDays(3), TODAY.plusDays(30), "", "", false));
            publish.handle(reserved[0]);
        });
        long secret = TestAccounts.asAdministrator(() -> submit.handle(
                reserved[0],
                new ProposalForm(
                        ProposalKind.IDEA,
                        "Proposta segreta " + run,
                        "Testo.",
                        null,
                        null,
                        null,
                        "Verbale del tavolo",
                        null,
                        null,
                        null,
                        null)));
        TestAccounts.asAdministrator(() -> {
            link.link(secret, action, null);
            return null;
        });
        assertThat(mvc.perform(get("/programming/objectives/" + action))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Proposta segreta " + run);
        assertThat(mvc.perform(get("/programming/objectives/" + action + ".csv"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Proposta segreta " + run);
        assertThat(mvc.perform(get("/programming/objectives/" + action + ".json"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Proposta segreta " + run);
        assertThat(mvc.perform(get("/programming/objectives/" + action)
                                .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Proposta segreta " + run);
    }

    @Test
    void whatAMeetingProducedIsLinkedStraightToAnAction() throws Exception {
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .minusDays(1)
                .withSecond(0)
                .withNano(0);
        long meeting = TestAccounts.asAdministrator(() -> schedule.create(
                processId,
                MeetingForms.meeting("Metaplan sul verde", MeetingFormat.METAPLAN, start)
                        .form()
                        .heldAlready()));
        long cluster = TestAccounts.asAdministrator(() -> addHarvestGroup.handle(
                meeting, new HarvestGroupForm(HarvestGroupKind.CLUSTER, "Alberi lungo il fiume", null, null)));
        assertThatThrownBy(() -> asManager(() -> linkHarvest.link(meeting, false, cluster, action, null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("entryId"));
        assertThatThrownBy(() -> TestAccounts.asParticipant(account(), () -> {
                    linkHarvest.link(meeting, true, cluster, action, null);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        asManager(() -> linkHarvest.link(meeting, true, cluster, action, "Dal metaplan"));
        assertThat(mvc.perform(get("/programming/objectives/" + action))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("public once the meeting's record is published")
                .doesNotContain("Alberi lungo il fiume");

        TestAccounts.asAdmin(() ->
                record.save(meeting, new RecordMeeting.RecordForm("<p>Verbale</p>", Map.of(), List.of(), null), true));
        String page = mvc.perform(get("/programming/objectives/" + action))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Alberi lungo il fiume", "Metaplan sul verde", "Dal metaplan");
    }

    private AnswerForm form(ProposalState decision, String motivation) {
        return new AnswerForm(
                decision, motivation, null, "Delibera di Giunta", "10", TODAY, "https://atti.example.it/10");
    }

    private void asManager(Runnable work) {
        TestAccounts.asParticipant(manager, () -> {
            work.run();
            return null;
        });
    }

    private static ProposalForm idea(String title) {
        return new ProposalForm(
                ProposalKind.IDEA, title, "Descrizione.", null, null, null, null, null, null, null, null);
    }

    private String account() {
        String email = TestAccounts.newParticipant(
                jdbc, "g-", "Persona " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }
}
