package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.percorsi.documents.DocumentSteps.TODAY;
import static org.percorsi.documents.DocumentSteps.admin;
import static org.percorsi.documents.DocumentSteps.participant;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ente's act on a final document, over HTTP: its form starts from the proposals' answers; publishing is
 * refused before the version was sent to the ente, while an item has no decision, and while a divergence has no
 * motivation (the refusal names the items; the database refuses too); a published act is frozen; monitoring
 * updates come after publication, dated, public, in date order, corrected by new entries and never edited; a
 * reserved process's act stays with its area; other modules read dates and counts through {@link EnteActs}.
 */
class EnteActTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmitProposal submit;

    @Autowired
    AnswerProposal answer;

    @Autowired
    EnteActs acts;

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
    long garden;
    long benches;
    long fountain;
    long document;
    String act;
    String provenance;

    @BeforeEach
    void aFinalDocumentWithThreeItemsInConsultation() throws Exception {
        steps = new DocumentSteps(context);
        processId = steps.startProcess("Atto " + run, DocumentSteps.openPhase("Apertura"));
        String author = TestAccounts.newParticipant(jdbc, "autore-", "Autore " + run);
        garden = TestAccounts.asParticipant(author, () -> submit.handle(processId, idea("Un giardino " + run)));
        benches = TestAccounts.asParticipant(author, () -> submit.handle(processId, idea("Panchine " + run)));
        fountain = TestAccounts.asParticipant(author, () -> submit.handle(processId, idea("Fontanella " + run)));
        // the municipality already answered one proposal: the act's form starts from that answer
        TestAccounts.asAdmin(() -> answer.handle(
                benches,
                new AnswerForm(
                        ProposalState.PARTLY_ACCEPTED,
                        "<p>Solo nei giardini pubblici " + run + "</p>",
                        null,
                        null,
                        null,
                        null,
                        null)));
        document = steps.create("Documento finale " + run, "FINAL_DOCUMENT");
        steps.write(document, 1, "# Le azioni\n\nIl percorso propone tre azioni " + run + ".\n");
        provenance = steps.admin() + "/" + document + "/provenance";
        act = steps.admin() + "/" + document + "/act";
        for (long proposal : List.of(garden, benches, fountain)) {
            var added = steps.as(admin(
                    post(provenance + "/items").param("version", "1").param("proposalId", String.valueOf(proposal))));
            assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(302);
        }
        steps.openConsultation(document, 1, TODAY.minusDays(20), TODAY, "PUBLIC");
    }

    @Test
    void theFormStartsFromTheProposalsAnswersAndEveryItemMustBeAnsweredBeforePublishing() throws Exception {
        validateAndSend();
        String page = steps.as(admin(get(act))).getContentAsString();
        assertThat(page).contains("Panchine " + run).contains("risposta alla proposta: Accolta in parte");
        assertThat(page)
                .contains("<option value=\"PARTLY_ACCEPTED\" selected>")
                .contains("Solo nei giardini pubblici " + run);

        var saved = save(
                TODAY,
                Map.of(garden, "ACCEPTED", benches, "PARTLY_ACCEPTED"),
                Map.of(benches, "Solo nei giardini " + run));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        var refused = steps.as(admin(post(act + "/publish")));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Non si può pubblicare l’atto: questi punti non hanno una decisione: 3 «Fontanella " + run
                        + "»");
        assertThat(publishedAt()).isNull();
        assertThatThrownBy(() -> jdbc.sql("update document_act set published_at = now() where id = :a")
                        .param("a", actId())
                        .update())
                .as("the database refuses an act with an unanswered item too")
                .hasMessageContaining("not answered or not motivated");
    }

    @Test
    void publishingIsRefusedWhileADivergenceHasNoMotivationNamingTheItems() throws Exception {
        validateAndSend();
        var saved = save(TODAY, Map.of(garden, "ACCEPTED", benches, "REJECTED", fountain, "ALREADY_PLANNED"), Map.of());
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        var refused = steps.as(admin(post(act + "/publish")));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("questi punti non accolti per intero non hanno una motivazione: 2 «Panchine " + run
                        + "», 3 «Fontanella " + run + "»");
        var english = steps.as(admin(post(act + "/publish").param("lang", "en")));
        assertThat(english.getContentAsString()).contains("these items not fully accepted have no motivation");
        assertThat(publishedAt()).isNull();

        save(
                TODAY,
                Map.of(benches, "REJECTED", fountain, "ALREADY_PLANNED"),
                Map.of(benches, "Costi " + run, fountain, "  "));
        assertThat(steps.as(admin(post(act + "/publish"))).getContentAsString())
                .as("a blank motivation is no motivation")
                .contains("non hanno una motivazione: 3 «Fontanella " + run + "»")
                .doesNotContain("2 «Panchine");
        save(TODAY, Map.of(fountain, "ALREADY_PLANNED"), Map.of(fountain, "Nel DUP " + run));
        assertThat(steps.as(admin(post(act + "/publish"))).getStatus()).isEqualTo(302);
        assertThat(publishedAt()).isNotNull();
    }

    @Test
    void publishingIsRefusedBeforeTheVersionWasSentToTheEnte() throws Exception {
        steps.as(admin(post(steps.admin() + "/" + document + "/close").param("version", "1")));
        review("validation", "APPROVED");
        assertThat(steps.as(admin(get(act))).getContentAsString()).contains("non ancora inviata all’ente");
        var saved = save(TODAY, Map.of(garden, "ACCEPTED", benches, "ACCEPTED", fountain, "ACCEPTED"), Map.of());
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        var refused = steps.as(admin(post(act + "/publish")));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Non si può pubblicare l’atto: la versione 1 non risulta ancora inviata all’ente.");
        assertThatThrownBy(() -> jdbc.sql("update document_act set published_at = now() where id = :a")
                        .param("a", actId())
                        .update())
                .hasMessageContaining("was not sent to the ente");
        assertThat(publishedAt()).isNull();

        send(TODAY);
        assertThat(steps.as(admin(post(act + "/publish"))).getStatus()).isEqualTo(302);
    }

    @Test
    void theActIsDatedPlausiblyAndItsAnswersAreChoicesOfTheList() throws Exception {
        validateAndSend();
        var future = save(TODAY.plusDays(1), Map.of(), Map.of());
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(future.getContentAsString()).contains("La data non può essere nel futuro.");
        jdbc.sql("update document_review set done_on = :d where step = 'SENT' and version_id = "
                        + "(select id from document_version where document_id = :doc)")
                .param("d", TODAY.minusDays(3))
                .param("doc", document)
                .update();
        var beforeSent = save(TODAY.minusDays(4), Map.of(), Map.of());
        assertThat(beforeSent.getStatus()).isEqualTo(422);
        assertThat(beforeSent.getContentAsString())
                .contains("L’atto non può essere adottato prima dell’invio del documento all’ente");
        var unknown = save(TODAY, Map.of(garden, "MAYBE"), Map.of());
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentAsString()).contains("Scegli una delle decisioni dell’elenco.");
        var notOurs = steps.as(admin(actForm(TODAY).param("decision-999999999", "ACCEPTED")));
        assertThat(notOurs.getStatus()).isEqualTo(422);
        assertThat(notOurs.getContentAsString()).contains("Il punto non appartiene alla versione");
        var badUrl = steps.as(admin(actForm(TODAY).param("url", "javascript:alert(1)")));
        assertThat(badUrl.getStatus()).isEqualTo(422);
        assertThat(badUrl.getContentAsString()).contains("Scrivi un indirizzo web completo");
        var png = steps.as(admin(actUpload(TODAY, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0})));
        assertThat(png.getStatus()).isEqualTo(422);
        assertThat(acts()).as("nothing refused was saved").isZero();
        // malformed field names are not answers
        var saved =
                steps.as(admin(actForm(TODAY).param("decision-x", "ACCEPTED").param("decision-", "?")));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        assertThat(acts()).isOne();
    }

    @Test
    void aPublishedActIsFrozenAndItsPdfPublic() throws Exception {
        validateAndSend();
        byte[] pdf = "%PDF-1.4\n% delibera\n".getBytes(StandardCharsets.US_ASCII);
        var uploaded = steps.as(admin(actUpload(TODAY, pdf)
                .param("decision-" + item(garden), "ACCEPTED")
                .param("decision-" + item(benches), "ACCEPTED")
                .param("decision-" + item(fountain), "MERGED")
                .param("motivation-" + item(fountain), "Unita al giardino " + run)));
        assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isEqualTo(302);
        UUID file = jdbc.sql("select file_id from document_act where id = :a")
                .param("a", actId())
                .query(UUID.class)
                .single();
        assertThat(mvc.perform(get("/files/" + file)).andReturn().getResponse().getStatus())
                .as("the PDF of an act being prepared is the managers'")
                .isIn(403, 404);
        assertThat(steps.as(admin(post(act + "/publish"))).getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/files/" + file)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        var again = save(TODAY, Map.of(garden, "REJECTED"), Map.of(garden, "Ripensamento"));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("L’atto è pubblicato e non si può più modificare");
        assertThat(steps.as(admin(post(act + "/publish"))).getContentAsString()).contains("L’atto è già pubblicato.");
        assertThatThrownBy(() -> jdbc.sql("update document_act set summary = 'Altro' where id = :a")
                        .param("a", actId())
                        .update())
                .hasMessageContaining("is published");
        assertThatThrownBy(() -> jdbc.sql("update document_act_item set decision = 'REJECTED' where act_id = :a")
                        .param("a", actId())
                        .update())
                .hasMessageContaining("is published");
        assertThatThrownBy(() -> jdbc.sql("delete from document_act where id = :a")
                        .param("a", actId())
                        .update())
                .hasMessageContaining("is published");

        String page = mvc.perform(get("/documents/" + document))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .as("the document's page says what the act is and how it answered, and links to it")
                .contains("L’atto dell’ente")
                .contains("Delibera di Giunta n. 12/" + run)
                .contains("Accolta: 2")
                .contains("/documents/" + document + "/act");
        assertThat(mvc.perform(get("/documents/" + document + "/act"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the act's own page answers item by item")
                .contains("Unita a un’altra")
                .contains("Unita al giardino " + run);
    }

    @Test
    void monitoringUpdatesAreDatedPublicInDateOrderAndNeverEdited() throws Exception {
        validateAndSend();
        jdbc.sql("update document_review set done_on = :d where step = 'SENT' and version_id = "
                        + "(select id from document_version where document_id = :doc)")
                .param("d", TODAY.minusDays(10))
                .param("doc", document)
                .update();
        save(TODAY.minusDays(8), Map.of(garden, "ACCEPTED", benches, "ACCEPTED", fountain, "ACCEPTED"), Map.of());
        var early = steps.as(admin(update(TODAY, "IN_PROGRESS", "Troppo presto " + run, null)));
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentAsString())
                .contains("Gli aggiornamenti del monitoraggio seguono la pubblicazione dell’atto.");
        assertThat(steps.as(admin(post(act + "/publish"))).getStatus()).isEqualTo(302);

        var beforeAdoption = steps.as(admin(update(TODAY.minusDays(9), "IN_PROGRESS", "Prima " + run, null)));
        assertThat(beforeAdoption.getStatus()).isEqualTo(422);
        assertThat(beforeAdoption.getContentAsString()).contains("non può precedere l’adozione dell’atto");
        var future = steps.as(admin(update(TODAY.plusDays(1), "IN_PROGRESS", "Domani " + run, null)));
        assertThat(future.getContentAsString()).contains("La data non può essere nel futuro.");
        var noNote = steps.as(admin(update(TODAY, "IN_PROGRESS", " ", null)));
        assertThat(noNote.getStatus()).isEqualTo(422);

        // added out of order, shown in date order
        assertThat(steps.as(admin(update(TODAY.minusDays(2), "COMPLETED", "Giardino aperto " + run, item(garden))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(update(TODAY.minusDays(6), "IN_PROGRESS", "Cantiere avviato " + run, item(garden))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(admin(update(TODAY.minusDays(4), "IN_PROGRESS", "Bando per le panchine " + run, null)))
                        .getStatus())
                .isEqualTo(302);
        long wrong = updateId("Giardino aperto " + run);
        var correction =
                steps.as(admin(update(TODAY, "IN_PROGRESS", "Giardino aperto solo in parte " + run, item(garden))
                        .param("corrects", String.valueOf(wrong))));
        assertThat(correction.getStatus()).as(correction.getContentAsString()).isEqualTo(302);

        assertThatThrownBy(() -> jdbc.sql("update document_act_update set note = 'riscritto' where id = :u")
                        .param("u", wrong)
                        .update())
                .hasMessageContaining("is kept");
        assertThatThrownBy(() -> jdbc.sql("delete from document_act_update where id = :u")
                        .param("u", wrong)
                        .update())
                .hasMessageContaining("is kept");

        String page = mvc.perform(get("/documents/" + document + "/act"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Aggiornamenti del monitoraggio, in ordine di data");
        int started = page.indexOf("Cantiere avviato " + run);
        int call = page.indexOf("Bando per le panchine " + run);
        int opened = page.indexOf("Giardino aperto " + run);
        int corrected = page.indexOf("Giardino aperto solo in parte " + run);
        assertThat(started).isPositive().isLessThan(call);
        assertThat(call).isLessThan(opened);
        assertThat(opened).isLessThan(corrected);
        assertThat(page)
                .contains("Corretto da un aggiornamento del " + italian(TODAY))
                .contains("Corregge un aggiornamento precedente")
                .contains(italian(TODAY.minusDays(6)))
                .contains("L’atto nel suo insieme")
                .contains("Realizzato");
        assertThat(page).as("the person who recorded them is not shown").doesNotContain(TestAccounts.ADMIN_EMAIL);
    }

    @Test
    void aReservedProcessActStaysWithItsAreaAndOtherModulesReadDatesAndCounts() throws Exception {
        validateAndSend();
        save(
                TODAY,
                Map.of(garden, "ACCEPTED", benches, "PARTLY_ACCEPTED", fountain, "REJECTED"),
                Map.of(benches, "In parte " + run, fountain, "No " + run));
        assertThat(steps.as(admin(post(act + "/publish"))).getStatus()).isEqualTo(302);

        var published = acts.latestPublished(processId).orElseThrow();
        assertThat(published.adoptedOn()).isEqualTo(TODAY);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(published.items()).isEqualTo(3);
        assertThat(published.divergent()).isEqualTo(2);
        assertThat(published.itemsByDecision())
                .containsEntry(ProposalState.ACCEPTED, 1)
                .containsEntry(ProposalState.PARTLY_ACCEPTED, 1)
                .containsEntry(ProposalState.REJECTED, 1);
        assertThat(published.reserved()).isFalse();
        assertThat(acts.latestOnRecord(processId))
                .as("what a funded process's public page names, read in one query")
                .contains(new EnteActs.ActOnRecord(document, published.kind(), "12/" + run, TODAY));
        // signed in: what visitors who are not share for a few seconds is not involved
        assertThat(steps.as(admin(get("/documents/" + document + "/act"))).getContentAsString())
                .contains("No " + run);

        jdbc.sql("update process set visibility = 'RESERVED' where id = :p")
                .param("p", processId)
                .update();
        assertThat(acts.latestPublished(processId).orElseThrow().reserved()).isTrue();
        assertThat(acts.latestOnRecord(processId))
                .as("a public page names no act of a reserved process")
                .isEmpty();
        String stranger = TestAccounts.newParticipant(jdbc, "estraneo-", "Estraneo " + run);
        for (String url : List.of("/documents/" + document + "/act", "/documents/" + document)) {
            var outsider = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(outsider.getStatus()).isEqualTo(404);
            assertThat(outsider.getContentAsString()).doesNotContain("No " + run);
            var participantAnswer =
                    mvc.perform(participant(get(url), stranger)).andReturn().getResponse();
            assertThat(participantAnswer.getStatus()).isEqualTo(404);
        }
        String member = TestAccounts.newParticipant(jdbc, "membro-", "Membro " + run);
        steps.role(member, "MEMBER");
        assertThat(mvc.perform(participant(get("/documents/" + document + "/act"), member))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("No " + run);
    }

    @Test
    void whoRecordedTheActIsInTheirDataAndErasedWithTheirAccount() throws Exception {
        validateAndSend();
        save(TODAY, Map.of(garden, "ACCEPTED", benches, "ACCEPTED", fountain, "ACCEPTED"), Map.of());
        steps.as(admin(post(act + "/publish")));
        steps.as(admin(update(TODAY, "IN_PROGRESS", "Avviato " + run, null)));
        long adminId = jdbc.sql("select id from account where email = :e")
                .param("e", TestAccounts.ADMIN_EMAIL)
                .query(Long.class)
                .single();
        @SuppressWarnings("unchecked")
        var data = (Map<String, List<Map<String, Object>>>) personalData.exportFor(adminId, TestAccounts.ADMIN_EMAIL);
        assertThat(data.get("acts"))
                .anySatisfy(row -> assertThat(row.get("title")).isEqualTo("Documento finale " + run));
        assertThat(data.get("actUpdates"))
                .anySatisfy(row -> assertThat(row.get("note")).isEqualTo("Avviato " + run));
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new AccountDeleted(adminId, TestAccounts.ADMIN_EMAIL));
            status.setRollbackOnly(); // the shared administrator stays for the other tests
            assertThat(jdbc.sql("select count(*) from document_act where id = :a and recorded_by is null "
                                    + "and published_by is null")
                            .param("a", actId())
                            .query(Integer.class)
                            .single())
                    .as("the published act stays, without who recorded it")
                    .isOne();
        });
    }

    // --- steps

    private void validateAndSend() throws Exception {
        steps.as(admin(post(steps.admin() + "/" + document + "/close").param("version", "1")));
        review("validation", "APPROVED");
        send(TODAY);
    }

    private void review(String step, String outcome) throws Exception {
        var reviewed = steps.as(admin(post(provenance + "/reviews/" + step)
                .param("version", "1")
                .param("on", TODAY.toString())
                .param("outcome", outcome)));
        assertThat(reviewed.getStatus()).as(reviewed.getContentAsString()).isEqualTo(302);
    }

    private void send(LocalDate on) throws Exception {
        var sent = steps.as(admin(post(provenance + "/reviews/sent")
                .param("version", "1")
                .param("on", on.toString())
                .param("protocolNumber", "PG/" + run)));
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
    }

    private MockHttpServletRequestBuilder actForm(LocalDate adoptedOn) {
        return post(act)
                .param("kind", "GIUNTA_RESOLUTION")
                .param("number", "12/" + run)
                .param("adoptedOn", adoptedOn.toString())
                .param("summary", "La Giunta risponde al documento " + run);
    }

    private MockMultipartHttpServletRequestBuilder actUpload(LocalDate adoptedOn, byte[] content) {
        var form = multipart(act).file(new MockMultipartFile("file", "delibera.pdf", "application/pdf", content));
        form.param("kind", "GIUNTA_RESOLUTION")
                .param("number", "12/" + run)
                .param("adoptedOn", adoptedOn.toString())
                .param("summary", "La Giunta risponde al documento " + run);
        return form;
    }

    /** Saves the act with these decisions and motivations, by proposal. */
    private MockHttpServletResponse save(
            LocalDate adoptedOn, Map<Long, String> decisions, Map<Long, String> motivations) throws Exception {
        var form = actForm(adoptedOn);
        decisions.forEach((proposal, decision) -> form.param("decision-" + item(proposal), decision));
        motivations.forEach((proposal, motivation) -> form.param("motivation-" + item(proposal), motivation));
        return steps.as(admin(form));
    }

    private MockHttpServletRequestBuilder update(LocalDate on, String progress, String note, Long item) {
        var form = post(act + "/updates")
                .param("on", on.toString())
                .param("progress", progress)
                .param("note", note);
        if (item != null) {
            form.param("item", String.valueOf(item));
        }
        return form;
    }

    private long item(long proposal) {
        return acts.itemsByProposal(document, 1).get(proposal);
    }

    private long actId() {
        return jdbc.sql("select a.id from document_act a join document_version v on v.id = a.version_id "
                        + "where v.document_id = :d")
                .param("d", document)
                .query(Long.class)
                .single();
    }

    private int acts() {
        return jdbc.sql("select count(*) from document_act a join document_version v on v.id = a.version_id "
                        + "where v.document_id = :d")
                .param("d", document)
                .query(Integer.class)
                .single();
    }

    private Object publishedAt() {
        return jdbc.sql("select published_at from document_act where id = :a")
                .param("a", actId())
                .query()
                .listOfRows()
                .getFirst()
                .get("published_at");
    }

    private long updateId(String note) {
        return jdbc.sql("select id from document_act_update where note = :n")
                .param("n", note)
                .query(Long.class)
                .single();
    }

    /** A date as the Italian pages write it. */
    private static String italian(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.ITALIAN)
                .format(date);
    }

    private static ProposalForm idea(String title) {
        return new ProposalForm(
                ProposalKind.IDEA, title, "Descrizione.", null, null, null, null, null, null, null, null);
    }
}
