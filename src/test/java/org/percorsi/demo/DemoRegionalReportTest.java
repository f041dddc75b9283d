package org.percorsi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's funded processes as the region would read them: Imola's strategic plan (2019 call, seed 003) and the
 * neighbourhood labs (2022 call, seed 004) each with its final report public on the process's page, its phases in
 * their dates, no person's name, and a quality checklist complete (every criterion judged, with a note).
 */
class DemoRegionalReportTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void imolasReportIsPublicWithItsPhasesAndNoName() throws Exception {
        String page = visitor("/processes/piano-strategico-unione");
        assertThat(page).contains("href=\"/processes/piano-strategico-unione/final-report.pdf\"");
        String text = pdfText("/processes/piano-strategico-unione/final-report.pdf");
        assertThat(text)
                .contains("Bando partecipazione 2019 · Emilia-Romagna, LR 15/2018")
                .contains("Avvio formale il 15 gennaio 2020: Primo incontro del Tavolo di Negoziazione.")
                .contains("Conclusione il 14 novembre 2020")
                .contains("Condivisione: dal 15 gennaio 2020 al 15 marzo 2020, conclusa.")
                .contains("Apertura: dal 16 marzo 2020 al 15 settembre 2020, conclusa.")
                .contains("Restituzione: dal 16 settembre 2020 al 14 novembre 2020, conclusa.")
                .contains("Costi totali 17.000,00")
                .contains("Relazione finale inviata alla Regione il 10 dicembre 2020.")
                .contains("Tavolo di Negoziazione costituito fin dalle prime fasi: Soddisfatto")
                .doesNotContain("Responsabile dell")
                .doesNotContain("Tecnico di garanzia regionale");
    }

    @Test
    void theLabsReportIsPublicWithItsPhasesAndNoName() throws Exception {
        String text = pdfText("/processes/laboratori-di-quartiere/final-report.pdf");
        assertThat(text)
                .contains("Bando Partecipazione 2022 · Emilia-Romagna, LR 15/2018")
                .contains("Avvio formale il 16 marzo 2023")
                .contains("Laboratori nei quartieri: dal 16 aprile 2023 al 30 giugno 2023, conclusa.")
                .contains("Modello condiviso e restituzione: dal 1 luglio 2023 al 31 ottobre 2023, conclusa.")
                .contains("Costi totali 19.000,00")
                .contains("Tutta la documentazione pubblicata sulle pagine web del percorso: Soddisfatto")
                .contains("Documento finale «Modello di funzionamento dei Laboratori di quartiere», versione 1.")
                .contains("Esame del Tavolo di Negoziazione il 5 ottobre 2023: approvato.")
                .contains("Validazione del tecnico di garanzia il 12 ottobre 2023: approvato.")
                .contains("Documento finale inviato all’ente il 16 ottobre 2023, protocollo n. PG/2023/0041577.")
                .doesNotContain("Elena Bassi") // the representative of the table's later joiner
                .doesNotContain("Responsabile dell")
                .doesNotContain("Tecnico di garanzia regionale");
    }

    @Test
    void eachDemoDossierHasItsChecklistCompleteWithNotes() throws Exception {
        for (String slug : new String[] {"piano-strategico-unione", "laboratori-di-quartiere"}) {
            long process = jdbc.sql("select id from process where slug = :s")
                    .param("s", slug)
                    .query(Long.class)
                    .single();
            var page = Jsoup.parse(mvc.perform(get("/admin/processes/" + process + "/dossier/checklist")
                            .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            var criteria = page.select("section[id^=criterion-]");
            assertThat(criteria).as(slug).hasSize(5);
            for (var criterion : criteria) {
                assertThat(criterion.text()).as(slug).doesNotContain("non ancora valutato");
                assertThat(criterion.selectFirst("textarea[name=note]").text())
                        .as(slug + " " + criterion.id())
                        .isNotBlank();
            }
            String dossier = mvc.perform(get("/admin/processes/" + process + "/dossier")
                            .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(dossier)
                            .selectFirst("select[name=committee] option[selected]")
                            .text())
                    .as(slug)
                    .isEqualTo("Sì");
        }
    }

    @Test
    void theFunderMentionTheCallRequiresGoesWithTheMaterialsToo() throws Exception {
        var processPage = Jsoup.parse(visitor("/processes/piano-strategico-unione"));
        String mention = processPage.select(".percorsi-funder p").text();
        assertThat(mention).contains("Emilia-Romagna");

        var materials = Jsoup.parse(visitor("/processes/piano-strategico-unione/communication"));
        assertThat(materials.select("main .percorsi-funder p").text()).isEqualTo(mention);

        // Prato's process has no regional dossier: no mention on its communication page
        var unfunded = Jsoup.parse(visitor("/processes/interventi-prioritari-integrazione/communication"));
        assertThat(unfunded.select(".percorsi-funder")).isEmpty();
    }

    private String visitor(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String pdfText(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
