package org.percorsi.programming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.percorsi.programming.usecases.ActivityForm;
import org.percorsi.programming.usecases.AddActivity;
import org.percorsi.programming.usecases.AddBudgetLine;
import org.percorsi.programming.usecases.AddIndicator;
import org.percorsi.programming.usecases.Amounts;
import org.percorsi.programming.usecases.ApplyForFunding;
import org.percorsi.programming.usecases.BudgetLineForm;
import org.percorsi.programming.usecases.IndicatorForm;
import org.percorsi.programming.usecases.InterventionForm;
import org.percorsi.programming.usecases.MeasureForm;
import org.percorsi.programming.usecases.RecordMeasure;
import org.percorsi.programming.usecases.SaveIntervention;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PdfText;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Interventions: funding calls refuse late, excessive or repeated applications, a
 * granted one funds the intervention, amounts are read as Italians write them, and
 * the sheet downloads as a well-formed PDF with its budget by funding source.
 */
class InterventionsAndFundingTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    SaveIntervention save;

    @Autowired
    AddBudgetLine addBudgetLine;

    @Autowired
    AddActivity addActivity;

    @Autowired
    AddIndicator addIndicator;

    @Autowired
    RecordMeasure recordMeasure;

    @Autowired
    ApplyForFunding funding;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void applicationsRespectTheCallAndAGrantFundsTheIntervention() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long intervention = admin(() -> save.create(new InterventionForm(
                "Orti di quartiere " + run,
                "Sintesi",
                "Obiettivi",
                "Settore Ambiente",
                null,
                InterventionStatus.DESIGNED,
                List.of())));
        long call = admin(() -> funding.createCall(
                "Bando verde " + run,
                "Regione",
                TODAY.plusDays(10),
                new BigDecimal("100000"),
                new BigDecimal("30000"),
                null,
                null));
        assertThatThrownBy(() -> admin(() -> {
                    funding.apply(intervention, call, new BigDecimal("40000"), TODAY);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("programming.funding.aboveMaximum"));
        assertThatThrownBy(() -> admin(() -> {
                    funding.apply(intervention, call, new BigDecimal("20000"), TODAY.plusDays(11));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("programming.funding.afterDeadline"));
        admin(() -> {
            funding.apply(intervention, call, new BigDecimal("25000"), TODAY);
            return null;
        });
        assertThat(status(intervention)).isEqualTo("FUNDING_REQUESTED");
        assertThatThrownBy(() -> admin(() -> {
                    funding.apply(intervention, call, new BigDecimal("25000"), TODAY);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("programming.funding.alreadyApplied"));
        admin(() -> {
            funding.recordOutcome(intervention, call, true, new BigDecimal("25000"), "Finanziato");
            return null;
        });
        assertThat(status(intervention)).isEqualTo("FUNDED");
        TestAccounts.asParticipant(() -> assertThatThrownBy(() ->
                        save.create(new InterventionForm("x", "", "", null, null, InterventionStatus.IDEA, List.of())))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void amountsAreReadAsPeopleWriteThem() {
        assertThat(Amounts.parse("amount", "1.250,50")).isEqualByComparingTo("1250.50");
        assertThat(Amounts.parse("amount", "1250,5")).isEqualByComparingTo("1250.5");
        assertThat(Amounts.parse("amount", "1,250.50")).isEqualByComparingTo("1250.50");
        assertThat(Amounts.parse("amount", "12.500.000")).isEqualByComparingTo("12500000");
        assertThat(Amounts.parse("amount", "€ 300")).isEqualByComparingTo("300");
        assertThat(Amounts.parse("amount", " ")).isNull();
        assertThatThrownBy(() -> Amounts.parse("amount", "dieci euro"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("amount"));
    }

    @Test
    void theSheetDownloadsAsAWellFormedPdf() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long id = admin(() -> save.create(new InterventionForm(
                "Animatori di comunità " + run,
                "Figure ponte nei quartieri.",
                "Formare animatori.",
                "Ufficio Integrazione",
                "Associazioni",
                InterventionStatus.IN_PROGRESS,
                List.of())));
        admin(() -> {
            addBudgetLine.handle(id, new BudgetLineForm("Formazione", "Fondo sociale europeo", "48000"));
            addBudgetLine.handle(id, new BudgetLineForm("Coordinamento", "Bilancio comunale", "15000"));
            addActivity.handle(id, new ActivityForm("Corso per animatori", TODAY, TODAY.plusDays(60)));
            long indicator = addIndicator.handle(id, new IndicatorForm("Animatori formati", "persone", "0", "10"));
            recordMeasure.handle(id, indicator, new MeasureForm(TODAY, "4"));
            recordMeasure.handle(id, indicator, new MeasureForm(TODAY, "5")); // the same day again corrects the value
            return null;
        });
        var response = mvc.perform(get("/interventions/" + id + "/sheet.pdf"))
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "Animatori di comunità " + run,
                        "Fondo sociale europeo",
                        "48.000,00",
                        "63.000,00",
                        "Corso per animatori",
                        "Animatori formati");
        reader.close();
        String page = mvc.perform(get("/interventions/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Totale <bdi>Fondo sociale europeo</bdi>", "48.000,00");
        assertThat(jdbc.sql(
                                "select value from intervention_indicator_value v join intervention_indicator i on i.id = v.indicator_id "
                                        + "where i.intervention_id = :id")
                        .param("id", id)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("5");
    }

    @Test
    void theSheetShowsChineseAndArabicAsWrittenInEmbeddedFonts() throws Exception {
        String chinese = "为新来的移民培训桥梁人员，用他们的语言介绍城市服务。";
        String arabic = "تدريب الوسطاء الثقافيين لإعلام المهاجرين الجدد بلغتهم.";
        String run = UUID.randomUUID().toString().substring(0, 6);
        long id = admin(() -> save.create(new InterventionForm(
                "Figure ponte " + run,
                "<p>" + chinese + "</p>",
                "<p>" + arabic + "</p>",
                "Ufficio Integrazione",
                "الجمعيات",
                InterventionStatus.IN_PROGRESS,
                List.of())));
        admin(() -> addBudgetLine.handle(id, new BudgetLineForm("培训", "الصندوق الاجتماعي الأوروبي", "48000")));

        byte[] pdf = mvc.perform(get("/interventions/" + id + "/sheet.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(PdfText.lines(pdf))
                .as("each paragraph as written, Arabic in logical order")
                .contains("Figure ponte " + run, chinese, arabic, "الجمعيات");
        assertThat(String.join("\n", PdfText.lines(pdf)))
                .as("table cells too")
                .contains("培训", "الصندوق الاجتماعي الأوروبي", "48.000,00");
        assertThat(PdfText.embeddedFonts(pdf))
                .as("each script in its font, embedded (subset)")
                .anyMatch(name -> name.endsWith("+DejaVuSans"))
                .anyMatch(name -> name.endsWith("+NotoSansCJKsc-Regular"))
                .anyMatch(name -> name.endsWith("+NotoNaskhArabic-Regular"));
    }

    @Test
    void aWrongAmountInTheFormIsExplained() throws Exception {
        long id = admin(() ->
                save.create(new InterventionForm("Scheda", "", "", null, null, InterventionStatus.IDEA, List.of())));
        var response = mvc.perform(post("/admin/interventions/" + id + "/budget")
                        .param("description", "Voce")
                        .param("fundingSource", "Bilancio comunale")
                        .param("amount", "mille euro")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Scrivete un importo valido, ad esempio 12.500,00.");
        assertThat(jdbc.sql("select count(*) from intervention_budget_line where intervention_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** The example of package-info's "where to find things": a milestone, refused without its day, then reached. */
    @Test
    void aMilestoneIsAddedOnTheSheetAndCountsOnceReached() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long id = admin(() -> save.create(new InterventionForm(
                "Piazza pedonale " + run, "", "", null, null, InterventionStatus.IN_PROGRESS, List.of())));
        var undated = mvc.perform(post("/admin/interventions/" + id + "/milestones")
                        .param("title", "Cantiere aperto")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(undated.getStatus()).isEqualTo(422);
        assertThat(undated.getContentAsString()).contains("Campo obbligatorio.");
        assertThat(milestones(id)).isZero();

        var added = mvc.perform(post("/admin/interventions/" + id + "/milestones")
                        .param("title", "Cantiere aperto")
                        .param("dueOn", TODAY.plusDays(30).toString())
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/interventions/" + id);
        long milestone = jdbc.sql("select id from intervention_milestone where intervention_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        var reached = mvc.perform(post("/admin/interventions/" + id + "/milestones/" + milestone + "/reached")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(reached.getStatus()).isEqualTo(302);

        String sheet = mvc.perform(get("/interventions/" + id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sheet).contains("Cantiere aperto", "tappe raggiunte: 1 su 1");
        assertThat(jdbc.sql("select reached_on from intervention_milestone where id = :m")
                        .param("m", milestone)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(TODAY);
        var participant = mvc.perform(post("/admin/interventions/" + id + "/milestones")
                        .param("title", "Altro")
                        .param("dueOn", TODAY.toString())
                        .with(user("someone@example.org").roles("PARTICIPANT"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(participant.getStatus()).isEqualTo(403);
        assertThat(milestones(id)).isEqualTo(1);
    }

    private int milestones(long id) {
        return jdbc.sql("select count(*) from intervention_milestone where intervention_id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("select status from intervention where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static <T> T admin(Callable<T> work) {
        return TestAccounts.asAdministrator(work);
    }
}
