package org.percorsi.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The final report for everyone: once the managers recorded it as sent to the region, a visitor downloads it (PDF
 * and ODT) from the public page of a public process, without any person's name; never before, never of a reserved or
 * draft process (not even its managers, from the public address), and the annex with the names never.
 */
class PublicFinalReportTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aVisitorDownloadsTheReportOfAPublicProcessOnceItWasSent() throws Exception {
        String slug = "pubblico-" + run;
        long process = process(slug, "PUBLIC", "PUBLISHED");
        RegionalFixtures.dossier(jdbc, process);
        start(process);
        RegionalFixtures.cost(jdbc, process);

        assertThat(visitor("/processes/" + slug + "/final-report.pdf").getStatus())
                .isEqualTo(404);
        assertThat(visitor("/processes/" + slug + "/final-report.odt").getStatus())
                .isEqualTo(404);
        assertThat(visitor("/processes/" + slug).getContentAsString()).doesNotContain("final-report");

        sent(process);
        var page = visitor("/processes/" + slug).getContentAsString();
        assertThat(page)
                .contains("href=\"/processes/" + slug + "/final-report.pdf\"")
                .contains("href=\"/processes/" + slug + "/final-report.odt\"")
                .doesNotContain("report-annex");
        var pdf = visitor("/processes/" + slug + "/final-report.pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("attachment");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Relazione finale del percorso «Percorso " + slug + "»")
                .contains("Avvio formale il 15 gennaio 2020")
                .contains("Costi totali 100,00")
                .contains("Relazione finale inviata alla Regione il 10 dicembre 2020.")
                .doesNotContain("Persona di prova")
                .doesNotContain("Tecnica Garante");
        var odt = visitor("/processes/" + slug + "/final-report.odt");
        assertThat(odt.getStatus()).isEqualTo(200);
        assertThat(content(odt.getContentAsByteArray()))
                .contains("Costi totali 100,00")
                .doesNotContain("Persona di prova")
                .doesNotContain("Tecnica Garante");
    }

    @Test
    void noReportOfAReservedOrDraftProcessEvenForItsManagers() throws Exception {
        String manager = TestAccounts.newParticipant(jdbc, "gestore-", "Gestore " + run);
        for (String[] kind : new String[][] {{"RESERVED", "PUBLISHED"}, {"PUBLIC", "DRAFT"}}) {
            String slug = kind[0].toLowerCase() + "-" + kind[1].toLowerCase() + "-" + run;
            long process = process(slug, kind[0], kind[1]);
            RegionalFixtures.manager(context, process, manager);
            RegionalFixtures.dossier(jdbc, process);
            start(process);
            sent(process);
            for (String format : new String[] {".pdf", ".odt"}) {
                String path = "/processes/" + slug + "/final-report" + format;
                assertThat(visitor(path).getStatus()).as(path).isEqualTo(404);
                assertThat(signedIn(manager, path).getStatus()).as(path).isEqualTo(404);
                assertThat(signedIn(TestAccounts.ADMIN_EMAIL, path).getStatus())
                        .as(path)
                        .isEqualTo(404);
            }
            // its managers still download theirs from the back office
            assertThat(signedIn(manager, "/admin/processes/" + process + "/dossier/report.pdf")
                            .getStatus())
                    .isEqualTo(200);
        }
    }

    @Test
    void theAnnexWithTheNamesIsNeverPublic() throws Exception {
        String slug = "allegato-" + run;
        long process = process(slug, "PUBLIC", "PUBLISHED");
        RegionalFixtures.dossier(jdbc, process);
        start(process);
        sent(process);
        String annex = "/admin/processes/" + process + "/dossier/report-annex.odt";
        var anonymous = visitor(annex);
        assertThat(anonymous.getStatus()).isNotEqualTo(200);
        assertThat(anonymous.getContentAsString()).doesNotContain("Persona di prova");
        String participant = TestAccounts.newParticipant(jdbc, "curioso-", "Curioso " + run);
        assertThat(signedIn(participant, annex).getStatus()).isEqualTo(403);
        assertThat(visitor("/processes/" + slug + "/final-report-annex.odt").getStatus())
                .isEqualTo(404);
    }

    private long process(String slug, String visibility, String status) {
        return RegionalFixtures.process(context, slug, "Percorso " + slug, visibility, status);
    }

    private void start(long process) {
        jdbc.sql("""
                        update regional_dossier set start_action = 'Primo incontro pubblico',
                            start_date = date '2020-01-15', start_pec_date = date '2020-01-16',
                            guarantor_name = 'Tecnica Garante'
                        where process_id = :p""").param("p", process).update();
    }

    /** The managers recorded the final report as sent to the region (the change empties the visitors' pages). */
    private void sent(long process) {
        jdbc.sql("update regional_dossier set final_report_sent_on = date '2020-12-10' where process_id = :p")
                .param("p", process)
                .update();
        events.publishEvent(new DossierChanged(process));
    }

    private static String content(byte[] odt) throws Exception {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ");
                }
            }
        }
        throw new AssertionError("no content.xml");
    }

    private MockHttpServletResponse visitor(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private MockHttpServletResponse signedIn(String email, String path) throws Exception {
        return mvc.perform(get(path)
                        .with(user(email).roles(email.equals(TestAccounts.ADMIN_EMAIL) ? "ADMIN" : "PARTICIPANT")))
                .andReturn()
                .getResponse();
    }
}
