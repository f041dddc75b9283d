package org.percorsi.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The final report generated from the dossier, as an OpenDocument text (a valid package: mimetype first, stored) and
 * as a PDF, whose extracted texts hold the dates, the public phases, the attendance figures, the table, the public
 * documents, the costs and the criteria, and no person's name; the names are in the annex, which only the process's
 * managers download.
 */
class FinalReportTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    String manager;
    long processId;
    String base;

    @BeforeEach
    void aFundedProcessWithItsFigures() {
        manager = TestAccounts.newParticipant(jdbc, "responsabile-", "Responsabile " + run);
        processId =
                RegionalFixtures.managedProcess(context, "relazione-" + run, "Percorso rendicontato " + run, manager);
        long dossier = RegionalFixtures.dossier(jdbc, processId);
        jdbc.sql("""
                        update regional_dossier set start_action = 'Primo incontro pubblico',
                            start_date = date '2020-01-15', start_pec_date = date '2020-01-16',
                            contribution_granted = 800, guarantor_name = 'Tecnica Garante'
                        where id = :d""").param("d", dossier).update();
        RegionalFixtures.cost(jdbc, processId);
        long meeting = EvidenceFixtures.meeting(jdbc, processId, "WORLD_CAFE", LocalDate.of(2020, 2, 1), "CLOSED");
        EvidenceFixtures.attendance(jdbc, meeting, "GENDER", "WOMEN", 25);
        EvidenceFixtures.attendance(jdbc, meeting, "GENDER", "MEN", 12);
        EvidenceFixtures.session(jdbc, processId, 1, LocalDate.of(2020, 1, 20));
        EvidenceFixtures.member(jdbc, processId, LocalDate.of(2020, 1, 10));
        EvidenceFixtures.member(jdbc, processId, LocalDate.of(2020, 3, 10));
        EvidenceFixtures.representative(jdbc, processId, "Rappresentante Tavolo " + run);
        EvidenceFixtures.phase(
                jdbc, processId, "Condivisione " + run, LocalDate.of(2020, 1, 15), LocalDate.of(2020, 3, 15), false);
        EvidenceFixtures.phase(
                jdbc, processId, "Apertura " + run, LocalDate.of(2020, 3, 16), LocalDate.of(2020, 9, 15), false);
        EvidenceFixtures.phase(
                jdbc,
                processId,
                "Laboratori riservati " + run,
                LocalDate.of(2020, 9, 16),
                LocalDate.of(2020, 10, 1),
                true);
        long report = EvidenceFixtures.document(jdbc, processId, null, "Rapporto di contesto " + run);
        EvidenceFixtures.version(jdbc, report, 1, "PUBLIC", "CLOSED");
        jdbc.sql("""
                        insert into regional_checklist_entry (dossier_id, criterion_code, state, note)
                        values (:d, 'SOCIAL_REACH', 'MET', 'Con la mediatrice Persona di prova')""").param("d", dossier).update();
        base = "/admin/processes/" + processId + "/dossier";
    }

    @Test
    void theReportHoldsTheFiguresAndNoPersonsName() throws Exception {
        var response = as(manager, base + "/report.odt");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/vnd.oasis.opendocument.text");
        var parts = unzip(response.getContentAsByteArray());
        assertThat(parts.keySet()).first().isEqualTo("mimetype");
        assertThat(parts.get("mimetype")).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(parts).containsKey("META-INF/manifest.xml");
        holdsTheFiguresAndNoName(parts.get("content.xml").replaceAll("<[^>]+>", "\n"));
    }

    @Test
    void thePdfHoldsTheSameTextAndNoPersonsName() throws Exception {
        var response = as(manager, base + "/report.pdf");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Relazione finale del percorso «Percorso rendicontato " + run + "»");
            holdsTheFiguresAndNoName(new PDFTextStripper().getText(pdf));
        }
    }

    /** The report's text, whatever its format: the figures, the public phases and documents, no person's name. */
    private void holdsTheFiguresAndNoName(String extracted) {
        String text = extracted.replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Relazione finale del percorso «Percorso rendicontato " + run + "»")
                .contains("Avvio formale il 15 gennaio 2020: Primo incontro pubblico.")
                .contains("Conclusione il 14 novembre 2020")
                .contains("Fasi del percorso")
                .contains("Condivisione " + run + ": dal 15 gennaio 2020 al 15 marzo 2020, conclusa.")
                .contains("Apertura " + run + ": dal 16 marzo 2020 al 15 settembre 2020, conclusa.")
                .contains("Incontri del percorso: 1, di cui 1 con le presenze registrate")
                .contains("Presenze per genere: donne 25, uomini 12")
                .contains("Tavolo di negoziazione: 2 organizzazioni aderenti, 1 sedute")
                .contains("Documenti pubblici sulle pagine del percorso: 1")
                .contains("Rapporto di contesto " + run)
                .contains("Costi totali 100,00")
                .contains("Quota di cofinanziamento dell’ente: 20")
                .contains("Contributo richiesto 1.000,00")
                .contains("Sollecitazione delle realtà sociali: Soddisfatto")
                .contains("Comune di prova");
        // no person: the responsible, the tecnico di garanzia, a representative on the table, a name in a note;
        // nothing of a reserved phase
        assertThat(text)
                .doesNotContain("Persona di prova")
                .doesNotContain("Tecnica Garante")
                .doesNotContain("Responsabile " + run)
                .doesNotContain("Rappresentante Tavolo")
                .doesNotContain("mediatrice")
                .doesNotContain("Laboratori riservati");
    }

    @Test
    void theFinalDocumentsValidationAndSendingAreInBothFormatsButNothingReserved() throws Exception {
        long docPP = EvidenceFixtures.finalDocument(jdbc, processId, "Documento finale " + run);
        EvidenceFixtures.version(jdbc, docPP, 1, "PUBLIC", "CLOSED");
        review(docPP, 1, "TABLE_REVIEW", LocalDate.of(2020, 9, 20), "WITH_REMARKS", null);
        review(docPP, 1, "VALIDATION", LocalDate.of(2020, 9, 25), "REJECTED", null);
        review(docPP, 1, "VALIDATION", LocalDate.of(2020, 10, 1), "APPROVED", null);
        review(docPP, 1, "SENT", LocalDate.of(2020, 10, 5), null, "PG/2020/0001234");
        // a later version reserved to the process's area, validated and sent: none of it is public
        EvidenceFixtures.version(jdbc, docPP, 2, "RESERVED", "CLOSED");
        review(docPP, 2, "VALIDATION", LocalDate.of(2020, 11, 2), "APPROVED", null);
        review(docPP, 2, "SENT", LocalDate.of(2020, 11, 3), null, "PG/2020/RISERVATO");
        // and a final document whose only version is reserved
        long reserved = EvidenceFixtures.finalDocument(jdbc, processId, "DocPP riservato " + run);
        EvidenceFixtures.version(jdbc, reserved, 1, "RESERVED", "CLOSED");
        review(reserved, 1, "VALIDATION", LocalDate.of(2020, 10, 2), "APPROVED", null);
        review(reserved, 1, "SENT", LocalDate.of(2020, 10, 6), null, "PG/2020/9999");

        String odt = unzip(as(manager, base + "/report.odt").getContentAsByteArray())
                .get("content.xml")
                .replaceAll("<[^>]+>", "\n");
        String pdf;
        try (PDDocument document =
                Loader.loadPDF(as(manager, base + "/report.pdf").getContentAsByteArray())) {
            pdf = new PDFTextStripper().getText(document);
        }
        for (String extracted : new String[] {odt, pdf}) {
            String text = extracted.replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Documento finale «Documento finale " + run + "», versione 1.")
                    .contains("Esame del Tavolo di Negoziazione il 20 settembre 2020: approvato con osservazioni.")
                    .contains("Validazione del tecnico di garanzia il 1 ottobre 2020: approvato.")
                    .contains("Documento finale inviato all’ente il 5 ottobre 2020, protocollo n. PG/2020/0001234.")
                    .doesNotContain("respinto")
                    .doesNotContain("versione 2")
                    .doesNotContain("2 novembre 2020")
                    .doesNotContain("PG/2020/RISERVATO")
                    .doesNotContain("DocPP riservato")
                    .doesNotContain("PG/2020/9999")
                    // the notes name people; the guarantor is named only in the annex
                    .doesNotContain("Persona Nota")
                    .doesNotContain("Tecnica Garante");
        }
        String english = unzip(mvc.perform(get(base + "/report.odt")
                                .param("lang", "en")
                                .with(user(manager).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .get("content.xml")
                .replaceAll("<[^>]+>", "\n")
                .replaceAll("\\s+", " ");
        assertThat(english)
                .contains("Final document «Documento finale " + run + "», version 1.")
                .contains("Validated by the tecnico di garanzia on October 1, 2020: approved.")
                .contains("Final document sent to the ente on October 5, 2020, protocol no. PG/2020/0001234.");
    }

    @Test
    void aReservedProcesssFinalDocumentIsNotInItsManagersReport() throws Exception {
        long docPP = EvidenceFixtures.finalDocument(jdbc, processId, "Documento finale " + run);
        EvidenceFixtures.version(jdbc, docPP, 1, "PUBLIC", "CLOSED");
        review(docPP, 1, "VALIDATION", LocalDate.of(2020, 10, 1), "APPROVED", null);
        review(docPP, 1, "SENT", LocalDate.of(2020, 10, 5), null, "PG/2020/0001234");
        jdbc.sql("update process set visibility = 'RESERVED' where id = :p")
                .param("p", processId)
                .update();
        String text = unzip(as(manager, base + "/report.odt").getContentAsByteArray())
                .get("content.xml")
                .replaceAll("<[^>]+>", "\n")
                .replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Nessun documento finale pubblico sulle pagine del percorso.")
                .doesNotContain("Documento finale " + run)
                .doesNotContain("PG/2020/0001234");
    }

    /** A review step recorded by the managers, with a note naming someone (as notes may). */
    private void review(long document, int version, String step, LocalDate on, String outcome, String protocol) {
        EvidenceFixtures.review(
                jdbc,
                document,
                version,
                step,
                on,
                outcome,
                protocol,
                "Presente Persona Nota " + run + " per il tavolo");
    }

    @Test
    void theNamesAreInTheAnnexForTheManagersOnly() throws Exception {
        var annex = as(manager, base + "/report-annex.odt");
        assertThat(annex.getStatus()).isEqualTo(200);
        String text = unzip(annex.getContentAsByteArray()).get("content.xml");
        assertThat(text).contains("Responsabile del percorso: Persona di prova").contains("Tecnica Garante");
        String stranger = TestAccounts.newParticipant(jdbc, "estraneo-", "Estraneo " + run);
        assertThat(as(stranger, base + "/report-annex.odt").getStatus()).isEqualTo(403);
        assertThat(as(stranger, base + "/report.odt").getStatus()).isEqualTo(403);
        assertThat(as(stranger, base + "/report.pdf").getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(base + "/report-annex.odt"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isNotEqualTo(200);
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        var parts = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("mimetype")) {
                    assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
                }
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private MockHttpServletResponse as(String email, String path) throws Exception {
        return mvc.perform(get(path).with(user(email).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
    }
}
