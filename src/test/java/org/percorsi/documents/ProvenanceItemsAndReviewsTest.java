package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.percorsi.documents.DocumentSteps.admin;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.harvest.HarvestItemKind;
import org.percorsi.harvest.usecases.AddHarvestItem;
import org.percorsi.harvest.usecases.HarvestItemForm;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.usecases.RecordMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.programming.usecases.ConfirmImportForm;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.programming.usecases.LinkProposal;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PageChecks;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a document draws on and what became of it, over HTTP: a paragraph cites proposals and a meeting's harvest
 * item, shown under the paragraph and, the other way, on the proposal's page and the meeting's harvest; a
 * reserved proposal's citation and a reserved version's are hidden from outsiders; citations follow the paragraph
 * into the next version and freeze with the version. A final document's items show each proposal's answer, act
 * and DUP objective. Review steps: nothing is sent before a positive validation, no date in the future nor before
 * the version left draft, no review of a draft.
 */
class ProvenanceItemsAndReviewsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    static final String DUP_TABLE =
            "AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tASSEGNATARI\n"
                    + "Città sostenibile\tVerde urbano\tNuovi parchi\tParco del fiume\tPanchine nei parchi\tSettore Ambiente\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AddPhase addPhase;

    @Autowired
    SubmitProposal submit;

    @Autowired
    AnswerProposal answer;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    AddHarvestItem addHarvestItem;

    @Autowired
    RecordMeeting record;

    @Autowired
    CreateCycle createCycle;

    @Autowired
    ImportDupTable importTable;

    @Autowired
    LinkProposal link;

    @Autowired
    DocumentsPersonalData personalData;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    DocumentSteps steps;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    long reservedPhase;
    long benches;
    long secret;
    long fountain;
    long meeting;
    long card;
    String admin;

    @BeforeEach
    void aProcessWithProposalsAndAMeetingsHarvest() {
        steps = new DocumentSteps(context);
        processId = steps.startProcess(
                "Fonti " + run,
                new PhaseForm(
                        PhaseType.OPENING, "Apertura", "", TODAY.minusDays(5), TODAY.plusDays(10), "", "", false));
        String author = TestAccounts.newParticipant(jdbc, "autore-", "Autore " + run);
        benches =
                TestAccounts.asParticipant(author, () -> submit.handle(processId, idea("Panchine ombreggiate " + run)));
        secret = TestAccounts.asParticipant(author, () -> submit.handle(processId, idea("Proposta del tavolo " + run)));
        fountain = TestAccounts.asParticipant(author, () -> submit.handle(processId, idea("Una fontanella " + run)));
        // the second proposal sits in a phase reserved to the process's area
        TestAccounts.asAdmin(() -> addPhase.handle(
                processId,
                new PhaseForm(PhaseType.OPENING, "Tavolo", "", TODAY.plusDays(11), TODAY.plusDays(40), "", "", true)));
        reservedPhase = jdbc.sql("select id from phase_summary where process_id = :p and title = 'Tavolo'")
                .param("p", processId)
                .query(Long.class)
                .single();
        jdbc.sql("update proposal set phase_id = :ph where id = :id")
                .param("ph", reservedPhase)
                .param("id", secret)
                .update();
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .minusDays(1)
                .withSecond(0)
                .withNano(0);
        meeting = TestAccounts.asAdministrator(() -> schedule.create(
                processId,
                MeetingForms.meeting("Metaplan " + run, MeetingFormat.METAPLAN, start)
                        .form()
                        .heldAlready()));
        card = TestAccounts.asAdministrator(() -> addHarvestItem.handle(
                meeting, new HarvestItemForm(HarvestItemKind.CARD, null, null, null, "Ombra nei cortili " + run)));
        TestAccounts.asAdmin(() ->
                record.save(meeting, new RecordMeeting.RecordForm("<p>Verbale</p>", Map.of(), List.of(), null), true));
        admin = steps.admin();
    }

    static final String TEXT = """
            # Spazi pubblici %s

            Mancano panchine all'ombra vicino alla scuola.

            Le piazze sono poco frequentate la sera.
            """;

    @Test
    void aParagraphShowsWhatItDrawsOnAndTheSourcesShowWhereTheyAreCited() throws Exception {
        long document = steps.create("Rapporto " + run, "THEME_DOCUMENT");
        steps.write(document, 1, TEXT.formatted(run));
        UUID paragraph = steps.key(document, 1, "panchine");
        String provenance = admin + "/" + document + "/provenance";
        var page = steps.as(admin(get(provenance)));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Panchine ombreggiate " + run, "Ombra nei cortili " + run, "Mancano panchine");

        cite(document, paragraph, "PROPOSAL:" + benches);
        cite(document, paragraph, "PROPOSAL:" + secret);
        cite(document, paragraph, "HARVEST_ITEM:" + card);
        var foreign = steps.as(admin(post(provenance + "/citations")
                .param("version", "1")
                .param("blockKey", paragraph.toString())
                .param("source", "PROPOSAL:" + otherProcessProposal())));
        assertThat(foreign.getStatus()).isEqualTo(422);
        assertThat(foreign.getContentAsString()).contains("La proposta scelta non è di questo percorso.");
        assertThat(citations(document, 1)).isEqualTo(3);
        steps.openConsultation(document, 1, "PUBLIC");

        String visitor = mvc.perform(get("/documents/" + document))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(visitor)
                .contains("Nasce da:", "href=\"/proposals/" + benches + "\"", "Panchine ombreggiate " + run)
                .contains("href=\"/meetings/" + meeting + "#harvest-heading\"", "Ombra nei cortili " + run)
                .as("a proposal of a reserved phase is not shown to outsiders")
                .doesNotContain("Proposta del tavolo " + run, "/proposals/" + secret + "\"");
        String member = steps.account("membro");
        steps.role(member, "MEMBER");
        assertThat(steps.as(get("/documents/" + document).with(user(member).roles("PARTICIPANT")))
                        .getContentAsString())
                .contains("Proposta del tavolo " + run);

        String proposalPage = mvc.perform(get("/proposals/" + benches))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(proposalPage)
                .contains("Citata nei documenti", "Rapporto " + run, "Spazi pubblici " + run)
                .contains("/documents/" + document + "/versions/1/at/b-" + paragraph);
        String meetingPage = mvc.perform(get("/meetings/" + meeting))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(meetingPage).contains("Citato nei documenti", "Rapporto " + run, "/documents/" + document);
        PageChecks.assertValidHtml(visitor, "a version's citations");
        PageChecks.assertValidHtml(proposalPage, "a proposal cited in a document");
        PageChecks.assertValidHtml(meetingPage, "a meeting whose harvest is cited");
        PageChecks.assertValidHtml(steps.as(admin(get(provenance))).getContentAsString(), "the editors' citations");

        // a reserved version citing the same proposal is not named to outsiders
        long reserved = steps.create("Documento del tavolo " + run, "THEME_DOCUMENT");
        steps.write(reserved, 1, TEXT.formatted(run));
        cite(reserved, steps.key(reserved, 1, "panchine"), "PROPOSAL:" + benches);
        steps.openConsultation(reserved, 1, "RESERVED");
        String outsider = steps.account("esterno");
        assertThat(steps.as(get("/proposals/" + benches).with(user(outsider).roles("PARTICIPANT")))
                        .getContentAsString())
                .contains("Rapporto " + run)
                .doesNotContain("Documento del tavolo " + run);
        assertThat(steps.as(get("/proposals/" + benches).with(user(member).roles("PARTICIPANT")))
                        .getContentAsString())
                .contains("Documento del tavolo " + run);
    }

    @Test
    void citationsFollowTheParagraphIntoTheNextVersionAndFreezeWithTheirVersion() throws Exception {
        long document = steps.create("Versioni " + run, "THEME_DOCUMENT");
        steps.write(document, 1, TEXT.formatted(run));
        UUID paragraph = steps.key(document, 1, "panchine");
        cite(document, paragraph, "PROPOSAL:" + benches);
        steps.openConsultation(document, 1, "PUBLIC");

        var refused = steps.as(admin(post(admin + "/" + document + "/provenance/citations")
                .param("version", "1")
                .param("blockKey", paragraph.toString())
                .param("source", "PROPOSAL:" + fountain)));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("La versione 1 non è più una bozza: le sue fonti e i suoi punti non si possono modificare.");
        long citation = jdbc.sql("""
                select c.id from document_citation c join document_version v on v.id = c.version_id
                where v.document_id = :d and v.number = 1""").param("d", document).query(Long.class).single();
        var removal = steps.as(admin(post(admin + "/" + document + "/provenance/citations/" + citation + "/remove")
                .param("version", "1")));
        assertThat(removal.getStatus()).isEqualTo(422);
        assertThatThrownBy(() -> jdbc.sql("delete from document_citation where id = :c")
                        .param("c", citation)
                        .update())
                .as("the database keeps the citations of a frozen version")
                .hasMessageContaining("frozen");
        assertThat(citations(document, 1)).isEqualTo(1);

        assertThat(steps.as(admin(post(admin + "/" + document + "/versions"))).getStatus())
                .isEqualTo(302);
        steps.write(document, 2, """
                # Spazi pubblici %s

                Mancano panchine all'ombra vicino alla scuola media.

                Le piazze sono poco frequentate la sera.
                """.formatted(run));
        assertThat(steps.key(document, 2, "panchine")).isEqualTo(paragraph);
        assertThat(citedKeys(document, 2)).containsExactly(paragraph);
        long copied = jdbc.sql("""
                select c.id from document_citation c join document_version v on v.id = c.version_id
                where v.document_id = :d and v.number = 2""").param("d", document).query(Long.class).single();
        assertThat(steps.as(admin(post(admin + "/" + document + "/provenance/citations/" + copied + "/remove")
                                .param("version", "2")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(citations(document, 2)).isZero();
        assertThat(citations(document, 1)).as("version 1 keeps its citation").isEqualTo(1);
    }

    @Test
    void theFinalDocumentsItemsShowWhatTheMunicipalityAnsweredToEachProposal() throws Exception {
        long action = dupAction();
        TestAccounts.asAdmin(() -> link.link(benches, action, null));
        TestAccounts.asAdmin(() -> answer.handle(
                benches,
                new AnswerForm(
                        ProposalState.PARTLY_ACCEPTED,
                        "Panchine in due piazze su tre " + run,
                        null,
                        "Delibera di Giunta",
                        "77",
                        TODAY,
                        "https://atti.example.it/77")));
        long document = steps.create("Documento finale " + run, "FINAL_DOCUMENT");
        steps.write(document, 1, TEXT.formatted(run));
        String items = admin + "/" + document + "/provenance/items";
        assertThat(steps.as(admin(post(items)
                                .param("version", "1")
                                .param("proposalId", String.valueOf(benches))
                                .param("harvestItemId", String.valueOf(card))
                                .param("title", "")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(post(items)
                                .param("version", "1")
                                .param("proposalId", String.valueOf(fountain))
                                .param("title", "Acqua nelle piazze " + run)
                                .param("text", "Una fontanella per piazza.")))
                        .getStatus())
                .isEqualTo(302);
        var twice = steps.as(admin(post(items).param("version", "1").param("proposalId", String.valueOf(benches))));
        assertThat(twice.getStatus()).isEqualTo(422);
        assertThat(twice.getContentAsString()).contains("Questa proposta è già un punto della bozza.");
        assertThat(itemTitles(document, 1)).containsExactly("Panchine ombreggiate " + run, "Acqua nelle piazze " + run);

        long second = itemId(document, 1, "Acqua nelle piazze " + run);
        assertThat(steps.as(admin(post(items + "/" + second + "/up").param("version", "1")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(itemTitles(document, 1)).containsExactly("Acqua nelle piazze " + run, "Panchine ombreggiate " + run);
        assertThat(steps.as(admin(post(items + "/" + second + "/down").param("version", "1")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(itemTitles(document, 1)).containsExactly("Panchine ombreggiate " + run, "Acqua nelle piazze " + run);

        var editorsPage = steps.as(admin(get(admin + "/" + document + "/provenance")));
        assertThat(editorsPage.getStatus()).isEqualTo(200);
        assertThat(editorsPage.getContentAsString())
                .contains("Acqua nelle piazze " + run, "Sposta su", "Sposta giù", "Accolta in parte");
        PageChecks.assertValidHtml(editorsPage.getContentAsString(), "the editors' page of a final document");

        long theme = steps.create("Non finale " + run, "THEME_DOCUMENT");
        var notFinal = steps.as(admin(post(admin + "/" + theme + "/provenance/items")
                .param("version", "1")
                .param("proposalId", String.valueOf(benches))));
        assertThat(notFinal.getStatus()).isEqualTo(422);
        assertThat(notFinal.getContentAsString())
                .contains("Solo il documento di proposta partecipata è fatto di punti.");

        steps.openConsultation(document, 1, "PUBLIC");
        String page = mvc.perform(get("/documents/" + document))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("I punti del documento e le risposte del Comune", "Punto 1", "Punto 2")
                .contains(
                        "href=\"/proposals/" + benches + "\"",
                        "Accolta in parte",
                        "Panchine in due piazze su tre " + run)
                .contains("Atto: Delibera di Giunta n. 77", "href=\"https://atti.example.it/77\"")
                .contains("href=\"/programming/objectives/" + action + "\"", "Panchine nei parchi")
                .contains("Ombra nei cortili " + run)
                .contains("Acqua nelle piazze " + run, "Il Comune non ha ancora risposto.");
        assertThat(page.indexOf("Panchine in due piazze")).isLessThan(page.indexOf("Acqua nelle piazze"));
        PageChecks.assertValidHtml(page, "a final document's items");
        assertThat(mvc.perform(get("/proposals/" + fountain))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Documento finale " + run, "un punto del documento finale");

        var frozen = steps.as(admin(post(items).param("version", "1").param("proposalId", String.valueOf(secret))));
        assertThat(frozen.getStatus()).isEqualTo(422);
        assertThat(frozen.getContentAsString()).contains("La versione 1 non è più una bozza");
        assertThat(steps.as(admin(post(items + "/" + second + "/remove").param("version", "1")))
                        .getStatus())
                .isEqualTo(422);
        assertThat(itemTitles(document, 1)).hasSize(2);

        steps.as(admin(post(admin + "/" + document + "/versions")));
        assertThat(itemTitles(document, 2))
                .as("the next version starts with the same items")
                .containsExactly("Panchine ombreggiate " + run, "Acqua nelle piazze " + run);
    }

    @Test
    void aVersionIsSentToTheEnteOnlyAfterAPositiveValidationWithPlausibleDates() throws Exception {
        long document = steps.create("DocPP " + run, "FINAL_DOCUMENT");
        steps.write(document, 1, TEXT.formatted(run));
        String reviews = admin + "/" + document + "/provenance/reviews";

        var draft = steps.as(admin(review(reviews + "/table", "1", TODAY, "APPROVED")));
        assertThat(draft.getStatus()).isEqualTo(422);
        assertThat(draft.getContentAsString()).contains("La versione 1 è ancora una bozza");
        steps.openConsultation(document, 1, "PUBLIC");

        var notValidated = steps.as(admin(send(reviews, TODAY, "PG/2026/123")));
        assertThat(notValidated.getStatus()).isEqualTo(422);
        assertThat(notValidated.getContentAsString())
                .contains(
                        "La versione 1 non si può segnare come inviata all’ente prima della validazione positiva del tecnico di garanzia.");
        var english = steps.as(admin(send(reviews, TODAY, "PG/2026/123").param("lang", "en")));
        assertThat(english.getContentAsString())
                .contains("Version 1 cannot be marked as sent to the ente before a positive validation");

        var future = steps.as(admin(review(reviews + "/table", "1", TODAY.plusDays(1), "APPROVED")));
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(future.getContentAsString()).contains("La data non può essere nel futuro.");
        var beforeDraft = steps.as(admin(review(reviews + "/validation", "1", TODAY.minusDays(1), "APPROVED")));
        assertThat(beforeDraft.getStatus()).isEqualTo(422);
        assertThat(beforeDraft.getContentAsString())
                .contains("La data non può essere precedente all’uscita della versione dalla bozza");
        assertThat(reviewCount(document)).isZero();

        assertThat(steps.as(admin(review(reviews + "/table", "1", TODAY, "WITH_REMARKS")
                                .param("notes", "Il tavolo chiede più alberi " + run)))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(review(reviews + "/validation", "1", TODAY, "REJECTED")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(send(reviews, TODAY, "PG/2026/123"))).getStatus())
                .as("a rejected validation does not allow the sending")
                .isEqualTo(422);
        assertThat(steps.as(admin(review(reviews + "/validation", "1", TODAY, "WITH_REMARKS")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(send(reviews, TODAY, "PG/2026/123"))).getStatus())
                .isEqualTo(302);
        var again = steps.as(admin(send(reviews, TODAY, "PG/2026/124")));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("La versione 1 è già stata inviata all’ente.");
        assertThat(reviewCount(document)).isEqualTo(4);

        String page = mvc.perform(get("/documents/" + document))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Revisione", "Esaminato dal tavolo di negoziazione", "Il tavolo chiede più alberi " + run)
                .contains("Validazione del tecnico di garanzia", "Approvato con osservazioni", "Respinto")
                .contains("Inviato all’ente", "protocollo n. PG/2026/123");
        PageChecks.assertValidHtml(page, "a version's review steps");
        PageChecks.assertValidHtml(
                steps.as(admin(get(admin + "/" + document + "/provenance"))).getContentAsString(),
                "the editors' page of the review steps");

        // a document that does not require validation is sent without it, until a manager requires it
        long other = steps.create("Altro " + run, "OTHER");
        steps.write(other, 1, TEXT.formatted(run));
        steps.openConsultation(other, 1, "PUBLIC");
        assertThat(steps.as(admin(post(admin + "/" + other + "/provenance/validation-requirement")
                                .param("requiresValidation", "true")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(send(admin + "/" + other + "/provenance/reviews", TODAY, "PG 9")))
                        .getStatus())
                .isEqualTo(422);
        assertThat(steps.as(admin(post(admin + "/" + other + "/provenance/validation-requirement")
                                .param("requiresValidation", "false")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(send(admin + "/" + other + "/provenance/reviews", TODAY, "PG 9")))
                        .getStatus())
                .isEqualTo(302);

        String outsider = steps.account("intruso");
        assertThat(steps.as(review(reviews + "/table", "1", TODAY, "APPROVED")
                                .with(user(outsider).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);
        long draftOnly = steps.create("Bozza " + run, "OTHER");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into document_review (version_id, step, done_on, outcome)
                        select v.id, 'TABLE_REVIEW', current_date, 'APPROVED' from document_version v
                        join document d on d.id = v.document_id where d.id = :d and v.state = 'DRAFT'""").param("d", draftOnly).update())
                .as("the database refuses a review of a draft")
                .hasMessageContaining("draft");
    }

    @Test
    void aPastProcesssVersionIsReviewedFromTheDayItsConsultationOpened() throws Exception {
        // a process recorded afterwards: its version left draft on the platform today, but was public weeks ago
        long document = steps.create("DocPP passato " + run, "FINAL_DOCUMENT");
        steps.write(document, 1, TEXT.formatted(run));
        steps.openConsultation(document, 1, TODAY.minusDays(30), TODAY.minusDays(10), "PUBLIC");
        String reviews = admin + "/" + document + "/provenance/reviews";

        var tooEarly = steps.as(admin(review(reviews + "/validation", "1", TODAY.minusDays(31), "APPROVED")));
        assertThat(tooEarly.getStatus()).isEqualTo(422);
        assertThat(tooEarly.getContentAsString())
                .contains("La data non può essere precedente all’uscita della versione dalla bozza");
        assertThat(steps.as(admin(review(reviews + "/table", "1", TODAY.minusDays(30), "APPROVED")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(review(reviews + "/validation", "1", TODAY.minusDays(8), "APPROVED")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(send(reviews, TODAY.minusDays(5), "PG/2026/77")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(reviewCount(document)).isEqualTo(3);
    }

    @Test
    void whoRecordedAReviewStepIsInTheirDataAndUnlinkedWhenTheAccountGoes() throws Exception {
        String manager = TestAccounts.newParticipant(jdbc, "revisore-", "Revisore " + run);
        steps.role(manager, "MANAGER");
        long document = steps.create("Verbale " + run, "OTHER");
        steps.write(document, 1, TEXT.formatted(run));
        steps.openConsultation(document, 1, "PUBLIC");
        var recorded = steps.as(review(admin + "/" + document + "/provenance/reviews/table", "1", TODAY, "APPROVED")
                .with(user(manager).roles("PARTICIPANT")));
        assertThat(recorded.getStatus()).isEqualTo(302);
        long accountId = jdbc.sql("select id from account where email = :e")
                .param("e", manager)
                .query(Long.class)
                .single();
        assertThat(personalData.exportFor(accountId, manager).toString()).contains("Verbale " + run, "TABLE_REVIEW");

        transaction.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(accountId, manager)));
        assertThat(reviewCount(document))
                .as("the step stays, as the municipality's record")
                .isEqualTo(1);
        assertThat((List<?>) ((Map<?, ?>) personalData.exportFor(accountId, manager)).get("reviews"))
                .isEmpty();
    }

    private MockHttpServletRequestBuilder review(String url, String version, LocalDate on, String outcome) {
        return post(url).param("version", version).param("on", on.toString()).param("outcome", outcome);
    }

    private MockHttpServletRequestBuilder send(String reviews, LocalDate on, String protocol) {
        return post(reviews + "/sent")
                .param("version", "1")
                .param("on", on.toString())
                .param("protocolNumber", protocol);
    }

    private long dupAction() {
        long cycle = TestAccounts.asAdministrator(() -> createCycle.handle("DUP " + run, null));
        TestAccounts.asAdministrator(() -> {
            var preview = importTable.preview(cycle, "v1", "t.tsv", DUP_TABLE.getBytes(StandardCharsets.UTF_8));
            return importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(preview));
        });
        return jdbc.sql("select id from objective_node where cycle_id = :c and level = 'ACTION'")
                .param("c", cycle)
                .query(Long.class)
                .single();
    }

    private long otherProcessProposal() {
        long other = steps.publishedProcess("Altro percorso " + run, ProcessForms.openPhase());
        return TestAccounts.asParticipant(
                TestAccounts.newParticipant(jdbc, "altro-", "Altro " + run),
                () -> submit.handle(other, idea("Altrove " + run)));
    }

    private static ProposalForm idea(String title) {
        return new ProposalForm(
                ProposalKind.IDEA, title, "Descrizione.", null, null, null, null, null, null, null, null);
    }

    private void cite(long document, UUID paragraph, String source) throws Exception {
        var cited = steps.as(admin(post(admin + "/" + document + "/provenance/citations")
                .param("version", "1")
                .param("blockKey", paragraph.toString())
                .param("source", source)));
        assertThat(cited.getStatus()).as(cited.getContentAsString()).isEqualTo(302);
    }

    private int citations(long document, int version) {
        return citedKeys(document, version).size();
    }

    private List<UUID> citedKeys(long document, int version) {
        return jdbc.sql("""
                select c.block_key from document_citation c join document_version v on v.id = c.version_id
                where v.document_id = :d and v.number = :n order by c.id""")
                .param("d", document)
                .param("n", version)
                .query(UUID.class)
                .list();
    }

    private List<String> itemTitles(long document, int version) {
        return jdbc.sql("""
                select i.title from document_item i join document_version v on v.id = i.version_id
                where v.document_id = :d and v.number = :n order by i.position""")
                .param("d", document)
                .param("n", version)
                .query(String.class)
                .list();
    }

    private long itemId(long document, int version, String title) {
        return jdbc.sql("""
                select i.id from document_item i join document_version v on v.id = i.version_id
                where v.document_id = :d and v.number = :n and i.title = :t""")
                .param("d", document)
                .param("n", version)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private int reviewCount(long document) {
        return jdbc.sql("""
                select count(*) from document_review r join document_version v on v.id = r.version_id
                where v.document_id = :d""").param("d", document).query(Integer.class).single();
    }
}
