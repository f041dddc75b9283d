package org.percorsi.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.mail.MailApi;
import org.percorsi.regional.usecases.DeadlineReminders;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dossier of a funded process as its manager keeps it and as the rules of its call check it: a formal start
 * after the call's deadline is refused; the end follows from the start, the duration and the extensions; an
 * extension beyond the call's rule is refused; costs must be funded exactly; each refusal saves nothing and says
 * why on the form. The deadlines' states on given days, the reminders mailed once, the public record without
 * person names, and the final document that cannot be sent to the ente before the guarantor's validation.
 */
class DossierRulesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RegionalApi regional;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    MailApi mail;

    @Autowired
    RegionalPersonalData personalData;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    String manager;
    long processId;
    String slug;
    String base;

    @BeforeEach
    void aPublishedProcessWithItsManager() {
        manager = TestAccounts.newParticipant(jdbc, "responsabile-", "Responsabile " + run);
        slug = "finanziato-" + run;
        processId = RegionalFixtures.managedProcess(context, slug, "Percorso finanziato " + run, manager);
        base = "/admin/processes/" + processId + "/dossier";
    }

    @Test
    void aFormalStartAfterTheCallsDeadlineIsRefusedAndNothingIsSaved() throws Exception {
        long call = RegionalFixtures.call(jdbc, LocalDate.of(2020, 1, 15), 10, 1, 60);
        open(call);

        var late = asManager(post(base + "/start")
                .param("action", "Primo incontro del Tavolo di Negoziazione")
                .param("startDate", "2020-01-16")
                .param("pecDate", "2020-01-16"));
        assertThat(late.getStatus()).isEqualTo(422);
        assertThat(late.getContentAsString())
                .contains("è successivo al termine del bando (15 gennaio 2020)")
                .contains("value=\"Primo incontro del Tavolo di Negoziazione\"");
        assertThat(dossier().started()).isFalse();

        var english = asManager(post(base + "/start")
                .param("lang", "en")
                .param("action", "First meeting")
                .param("startDate", "2020-02-01")
                .param("pecDate", "2020-02-01"));
        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentAsString()).contains("is after the call’s deadline (January 15, 2020)");

        var pecFirst = asManager(post(base + "/start")
                .param("action", "Primo incontro")
                .param("startDate", "2020-01-15")
                .param("pecDate", "2020-01-14"));
        assertThat(pecFirst.getStatus()).isEqualTo(422);
        assertThat(pecFirst.getContentAsString()).contains("La PEC che comunica l’avvio non può precedere");
        var badDate = asManager(post(base + "/start").param("action", "Avvio").param("startDate", "2020-13-45"));
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(dossier().started()).isFalse();

        var onTheDay = asManager(post(base + "/start")
                .param("action", "Primo incontro del Tavolo di Negoziazione")
                .param("startDate", "2020-01-15")
                .param("pecDate", "2020-01-16"));
        assertThat(onTheDay.getStatus()).as(onTheDay.getContentAsString()).isEqualTo(302);
        assertThat(dossier().start().date()).isEqualTo(LocalDate.of(2020, 1, 15));
    }

    @Test
    void theEndFollowsFromStartDurationAndExtensionsAndExtensionsStayWithinTheRule() throws Exception {
        long call = RegionalFixtures.call(jdbc, LocalDate.of(2020, 1, 15), 10, 2, 60);
        open(call);
        var early = asManager(post(base + "/extensions")
                .param("days", "30")
                .param("reason", "Prima dell'avvio")
                .param("grantedOn", "2020-01-10"));
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentAsString()).contains("Registra prima l’avvio formale");
        start("2020-01-15");
        assertThat(dossier().endDate()).isEqualTo(LocalDate.of(2020, 11, 14));

        assertThat(extend(40, "2020-10-01").getStatus()).isEqualTo(302);
        assertThat(dossier().endDate()).isEqualTo(LocalDate.of(2020, 12, 24));

        var tooLong = extend(21, "2020-11-01");
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("al massimo 60 giorni di proroga in tutto: ne restano 20");
        var afterEnd = extend(20, "2021-01-10");
        assertThat(afterEnd.getStatus()).isEqualTo(422);
        assertThat(afterEnd.getContentAsString()).contains("prima della conclusione del percorso (24 dicembre 2020)");
        var noReason = asManager(post(base + "/extensions").param("days", "5").param("grantedOn", "2020-11-01"));
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("Campo obbligatorio.");
        assertThat(dossier().extensions()).hasSize(1);

        assertThat(extend(20, "2020-12-01").getStatus()).isEqualTo(302);
        assertThat(dossier().endDate()).isEqualTo(LocalDate.of(2021, 1, 13));
        var third = extend(1, "2020-12-02");
        assertThat(third.getStatus()).isEqualTo(422);
        assertThat(third.getContentAsString()).contains("concede al massimo 2 proroghe");
        assertThat(dossier().extensions()).extracting(Dossier.Extension::days).containsExactly(40, 20);
        // the deadlines after the end move with it
        var deadlines = dossier().deadlines(LocalDate.of(2021, 1, 1));
        assertThat(deadlines)
                .extracting(Deadline::due)
                .containsExactly(
                        LocalDate.of(2020, 1, 15),
                        LocalDate.of(2021, 1, 13),
                        LocalDate.of(2021, 2, 12),
                        LocalDate.of(2021, 3, 14));
    }

    @Test
    void deadlinesAreOnTimeDueSoonLateOrDoneOnTheDayAsked() throws Exception {
        long call = RegionalFixtures.call(jdbc, LocalDate.of(2020, 1, 15), 10, 1, 60);
        open(call);
        var before = dossier().deadlines(LocalDate.of(2019, 12, 1));
        assertThat(before.getFirst().state()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(before.get(1).state()).isEqualTo(DeadlineState.UNKNOWN);
        var close = dossier().deadlines(LocalDate.of(2020, 1, 5)).getFirst();
        assertThat(close.state()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(close.daysLeft()).isEqualTo(10);
        var missed = dossier().deadlines(LocalDate.of(2020, 1, 20)).getFirst();
        assertThat(missed.state()).isEqualTo(DeadlineState.LATE);
        assertThat(missed.daysLeft()).isEqualTo(-5);

        start("2020-01-15");
        // ends 14 November 2020; final report by 14 December, the ente's act by 13 January 2021
        var inNovember = dossier().deadlines(LocalDate.of(2020, 11, 1));
        assertThat(inNovember)
                .extracting(Deadline::state)
                .containsExactly(
                        DeadlineState.DONE, DeadlineState.DUE_SOON, DeadlineState.ON_TIME, DeadlineState.ON_TIME);
        var inJanuary = dossier().deadlines(LocalDate.of(2021, 1, 5));
        assertThat(inJanuary)
                .extracting(Deadline::state)
                .containsExactly(DeadlineState.DONE, DeadlineState.DONE, DeadlineState.LATE, DeadlineState.DUE_SOON);
        assertThat(dossier()
                        .nextDeadline(LocalDate.of(2021, 1, 5))
                        .orElseThrow()
                        .kind())
                .isEqualTo(DeadlineKind.FINAL_REPORT);
        saveDetails("2020-12-10", null);
        assertThat(dossier().deadlines(LocalDate.of(2021, 1, 5)).get(2).state()).isEqualTo(DeadlineState.DONE);
        assertThat(dossier()
                        .nextDeadline(LocalDate.of(2021, 1, 5))
                        .orElseThrow()
                        .kind())
                .isEqualTo(DeadlineKind.ENTE_ACT);
    }

    @Test
    void managersAreMailedOncePerDeadline() throws Exception {
        long call = RegionalFixtures.call(jdbc, LocalDate.of(2020, 1, 15), 10, 1, 60);
        open(call);
        start("2020-01-15");
        String second = TestAccounts.newParticipant(jdbc, "secondo-", "Secondo " + run);
        RegionalFixtures.manager(context, processId, second);

        reminders.sendDue(LocalDate.of(2020, 10, 1)); // nothing due within 14 days
        assertThat(mail.mailsTo(manager)).isEmpty();
        reminders.sendDue(LocalDate.of(2020, 11, 3));
        reminders.sendDue(LocalDate.of(2020, 11, 4));
        reminders.sendDue(LocalDate.of(2020, 11, 4));
        var mails = mail.mailsTo(manager);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).contains("Conclusione del percorso", "Percorso finanziato " + run);
        assertThat(mails.getFirst().body())
                .contains("tra 11 giorni")
                .contains("/admin/processes/" + processId + "/dossier");
        assertThat(mail.mailsTo(second)).hasSize(1);
        // the next deadline gets its own reminder, once
        reminders.sendDue(LocalDate.of(2020, 12, 1));
        reminders.sendDue(LocalDate.of(2020, 12, 2));
        assertThat(mail.mailsTo(manager))
                .hasSize(2)
                .anySatisfy(m -> assertThat(m.subject()).contains("Relazione finale"));
    }

    @Test
    void aManagersRemindersAndDossiersAreInTheirDataAndTheRemindersGoWithTheirAccount() throws Exception {
        long call = RegionalFixtures.call(jdbc, LocalDate.of(2020, 1, 15), 10, 1, 60);
        open(call);
        reminders.sendDue(LocalDate.of(2020, 1, 10)); // the formal start is due within 14 days
        long account = jdbc.sql("select id from account where email = :e")
                .param("e", manager)
                .query(Long.class)
                .single();
        var data = (Map<?, ?>) personalData.exportFor(account, manager);
        assertThat(data.get("deadlineReminders").toString()).contains("Percorso finanziato " + run, "FORMAL_START");
        assertThat(data.get("dossiersOpened").toString()).contains("Percorso finanziato " + run);

        transaction.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(account, manager)));
        var after = (Map<?, ?>) personalData.exportFor(account, manager);
        assertThat(after.get("deadlineReminders").toString()).isEqualTo("[]");
        assertThat(after.get("dossiersOpened").toString()).isEqualTo("[]");
        assertThat(regional.dossier(processId))
                .as("the dossier stays, without who opened it")
                .isPresent();
    }

    @Test
    void costsAreFundedExactlyAndTheCoFundingShareIsChecked() throws Exception {
        long call = RegionalFixtures.call(jdbc, null, 10, 1, 60);
        open(call);
        var unbalanced = cost("FACILITATION", "Facilitazione", "10.000,00", "9000", "500", "");
        assertThat(unbalanced.getStatus()).isEqualTo(422);
        assertThat(unbalanced.getContentAsString()).contains("Le quote fanno 9.500,00", "ma l'importo è 10.000,00");
        var notAnAmount = cost("FACILITATION", "Facilitazione", "diecimila", "", "", "");
        assertThat(notAnAmount.getStatus()).isEqualTo(422);
        assertThat(notAnAmount.getContentAsString()).contains("Importo non valido");
        assertThat(dossier().costs()).isEmpty();

        assertThat(cost("FACILITATION", "Facilitazione", "10.000,00", "9000", "1000", "")
                        .getStatus())
                .isEqualTo(302);
        assertThat(dossier().coFundingMet()).isFalse();
        assertThat(as(get(base)).getContentAsString()).contains("Cofinanziamento insufficiente", "10 %");
        assertThat(cost("COMMUNICATION", "Materiali", "2500,50", "", "2500,50", "")
                        .getStatus())
                .isEqualTo(302);
        var d = dossier();
        assertThat(d.funding().total()).isEqualByComparingTo(new BigDecimal("12500.50"));
        assertThat(d.ownSharePercent().orElseThrow()).isEqualByComparingTo(new BigDecimal("28.00"));
        assertThat(d.coFundingMet()).isTrue();

        long first = d.costs().getFirst().id();
        assertThat(as(post(base + "/costs/" + first + "/remove")).getStatus()).isEqualTo(302);
        assertThat(dossier().costs()).hasSize(1);
    }

    @Test
    void aDossierIsOpenedOnceWithClearMessagesAndOnlyByTheProcesssManagers() throws Exception {
        long call = RegionalFixtures.call(jdbc, null, 10, 1, 60);
        var aboveCap = asManager(dossierForm(post(base), call, "contributionRequested", "25000"));
        assertThat(aboveCap.getStatus()).isEqualTo(422);
        assertThat(aboveCap.getContentAsString()).contains("supera il massimale della linea (20.000,00");
        var noEnte = asManager(dossierForm(post(base), call, "ente", ""));
        assertThat(noEnte.getStatus()).isEqualTo(422);
        assertThat(noEnte.getContentAsString()).contains("Campo obbligatorio.");
        assertThat(regional.dossier(processId)).isEmpty();

        String outsider = TestAccounts.newParticipant(jdbc, "estraneo-", "Estraneo " + run);
        var intruder = mvc.perform(dossierForm(post(base), call)
                        .with(csrf())
                        .with(user(outsider).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
        assertThat(intruder.getStatus()).isEqualTo(403);
        assertThat(regional.dossier(processId)).isEmpty();

        open(call);
        var again = asManager(dossierForm(post(base), call));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("Questo percorso ha già un dossier.");
    }

    @Test
    void thePublicPageShowsTheRecordAndTheFunderWithoutPersonNames() throws Exception {
        long call = RegionalFixtures.call(jdbc, LocalDate.of(2020, 1, 15), 10, 1, 60);
        open(call);
        start("2020-01-15");
        extend(30, "2020-09-01");
        cost("FACILITATION", "Facilitazione", "10000", "8000", "2000", "");
        String page =
                mvc.perform(get("/processes/" + slug)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("Finanziamento regionale")
                .contains("Con il sostegno del bando di prova")
                .contains("Comune di prova " + run)
                .contains("15 gennaio 2020")
                .contains("14 dicembre 2020")
                .contains("30 giorni: Ritardo negli incontri")
                .contains("10.000,00")
                .doesNotContain("Maria Rossi " + run)
                .doesNotContain("Luca Bianchi " + run);
        assertThat(as(get(base)).getContentAsString()).contains("Maria Rossi " + run, "Luca Bianchi " + run);
    }

    @Test
    void theFinalDocumentIsNotSentToTheEnteBeforeTheGuarantorsValidation() throws Exception {
        long call = RegionalFixtures.call(jdbc, null, 10, 1, 60);
        long document = jdbc.sql("insert into document (process_id, kind, title) values (:p, 'FINAL_DOCUMENT', :t) "
                        + "returning id")
                .param("p", processId)
                .param("t", "Documento di proposta partecipata " + run)
                .query(Long.class)
                .single();
        // the document's own setting says no validation (as a manager may set it): the dossier requires it anyway
        jdbc.sql("update document set requires_validation = false where id = :d")
                .param("d", document)
                .update();
        jdbc.sql("insert into document_version (document_id, number, visibility, state, consultation_from, "
                        + "consultation_to) values (:d, 1, 'PUBLIC', 'CLOSED', current_date - 20, current_date - 10)")
                .param("d", document)
                .update();
        String reviews = "/admin/processes/" + processId + "/documents/" + document + "/provenance/reviews";
        open(call);

        var send = asManager(post(reviews + "/sent")
                .param("version", "1")
                .param("on", LocalDate.now().toString())
                .param("protocolNumber", "PG 123/" + run));
        assertThat(send.getStatus()).isEqualTo(422);
        assertThat(send.getContentAsString()).contains("prima della validazione positiva del tecnico di garanzia");
        assertThat(sentSteps(document)).isZero();

        var turnOff = asManager(
                post("/admin/processes/" + processId + "/documents/" + document + "/provenance/validation-requirement")
                        .param("requiresValidation", "false"));
        assertThat(turnOff.getStatus()).isEqualTo(422);
        assertThat(turnOff.getContentAsString()).contains("chiede la validazione del tecnico di garanzia");

        var validated = asManager(post(reviews + "/validation")
                .param("version", "1")
                .param("on", LocalDate.now().toString())
                .param("outcome", "APPROVED"));
        assertThat(validated.getStatus()).as(validated.getContentAsString()).isEqualTo(302);
        var sent = asManager(post(reviews + "/sent")
                .param("version", "1")
                .param("on", LocalDate.now().toString())
                .param("protocolNumber", "PG 123/" + run));
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
        assertThat(sentSteps(document)).isOne();
    }

    // --- helpers

    private int sentSteps(long document) {
        return jdbc.sql("select count(*) from document_review r join document_version v on v.id = r.version_id "
                        + "where v.document_id = :d and r.step = 'SENT'")
                .param("d", document)
                .query(Integer.class)
                .single();
    }

    private Dossier dossier() {
        return regional.dossier(processId).orElseThrow();
    }

    private void open(long call) throws Exception {
        var created = asManager(dossierForm(post(base), call));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
    }

    /** The dossier's form filled in, with {@code changes} (name, value, name, value…) typed differently. */
    private MockHttpServletRequestBuilder dossierForm(
            MockHttpServletRequestBuilder request, long call, String... changes) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("callId", String.valueOf(call));
        fields.put("ente", "Comune di prova " + run);
        fields.put("adhesionActNumber", "Delibera 12/2019");
        fields.put("adhesionActDate", "2019-10-01");
        fields.put("responsibleName", "Maria Rossi " + run);
        fields.put("guarantorName", "Luca Bianchi " + run);
        fields.put("contributionRequested", "15.000");
        fields.put("contributionGranted", "12000");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    private void saveDetails(String reportSent, String enteAct) throws Exception {
        var request = dossierForm(
                post(base + "/details"),
                0,
                "lineCode",
                "L1",
                "finalReportSentOn",
                reportSent == null ? "" : reportSent,
                "enteActOn",
                enteAct == null ? "" : enteAct);
        var saved = asManager(request);
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
    }

    private void start(String day) throws Exception {
        var started = asManager(post(base + "/start")
                .param("action", "Primo incontro del Tavolo di Negoziazione")
                .param("startDate", day)
                .param("pecDate", day));
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(302);
    }

    private MockHttpServletResponse extend(int days, String on) throws Exception {
        return asManager(post(base + "/extensions")
                .param("days", String.valueOf(days))
                .param("reason", "Ritardo negli incontri")
                .param("grantedOn", on));
    }

    private MockHttpServletResponse cost(
            String category, String description, String amount, String regionalPart, String own, String other)
            throws Exception {
        return asManager(post(base + "/costs")
                .param("category", category)
                .param("description", description)
                .param("amount", amount)
                .param("regionalPart", regionalPart)
                .param("ownPart", own)
                .param("otherPart", other));
    }

    private MockHttpServletResponse asManager(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(manager).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse as(MockHttpServletRequestBuilder request) throws Exception {
        return asManager(request);
    }
}
