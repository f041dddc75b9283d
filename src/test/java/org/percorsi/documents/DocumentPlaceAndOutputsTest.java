package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.documents.DocumentSteps.admin;
import static org.percorsi.documents.DocumentSteps.idOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a document sits: the phase's expected output it fulfils, shown on the process page beside that output;
 * an output of another phase is refused and nothing is saved; the title and place change at any time, even
 * after a version went public, and the public pages follow.
 */
class DocumentPlaceAndOutputsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    DocumentSteps steps;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    long analysis;
    long workshops;
    String slug;
    String admin;

    @BeforeEach
    void aProcessWhosePhasesExpectDocuments() {
        steps = new DocumentSteps(context);
        processId = steps.startProcess(
                "Risultati attesi " + run,
                new PhaseForm(
                        PhaseType.CONTEXT_ANALYSIS,
                        "Analisi",
                        "",
                        TODAY.minusDays(30),
                        TODAY.minusDays(1),
                        "Rapporto di contesto\nMappa degli attori",
                        "",
                        false),
                new PhaseForm(
                        PhaseType.CUSTOM,
                        "Laboratori",
                        "",
                        TODAY,
                        TODAY.plusDays(30),
                        "Documento per tema",
                        "",
                        false));
        analysis = steps.phase("Analisi");
        workshops = steps.phase("Laboratori");
        slug = steps.slug();
        admin = steps.admin();
    }

    @Test
    void theProcessPageShowsTheDocumentBesideTheOutputItFulfils() throws Exception {
        var created = steps.as(admin(post(admin)
                .param("title", "Il quartiere oggi " + run)
                .param("kind", "CONTEXT_REPORT")
                .param("phaseId", String.valueOf(analysis))
                .param("expectedOutput", "Rapporto di contesto")));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        long document = idOf(created);
        publishVersionOne(document);

        String page = steps.as(get("/processes/" + slug)).getContentAsString();
        assertThat(page)
                .contains("<li>Rapporto di contesto · <a href=\"/documents/" + document
                        + "\" lang=\"it\" dir=\"ltr\">Il quartiere oggi " + run + "</a></li>")
                .contains("<li>Mappa degli attori</li>");
    }

    @Test
    void anOutputOfAnotherPhaseIsRefusedAndNothingIsSaved() throws Exception {
        var refused = steps.as(admin(post(admin)
                .param("title", "Fuori posto " + run)
                .param("kind", "THEME_DOCUMENT")
                .param("phaseId", String.valueOf(workshops))
                .param("expectedOutput", "Rapporto di contesto")));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Scegli uno dei risultati attesi della fase del documento (o nessuno).")
                .contains("value=\"Fuori posto " + run + "\"");
        var withoutPhase = steps.as(admin(post(admin)
                .param("title", "Senza fase " + run)
                .param("kind", "OTHER")
                .param("expectedOutput", "Documento per tema")));
        assertThat(withoutPhase.getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from document where process_id = :p")
                        .param("p", processId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void titleAndPlaceChangeAfterAVersionWentPublic() throws Exception {
        var created = steps.as(admin(post(admin)
                .param("title", "Titolo provvisorio " + run)
                .param("kind", "THEME_DOCUMENT")
                .param("phaseId", String.valueOf(analysis))));
        long document = idOf(created);
        publishVersionOne(document);
        String details = admin + "/" + document + "/details";
        assertThat(steps.as(admin(get(details))).getContentAsString())
                .contains("value=\"Titolo provvisorio " + run + "\"");

        var blank = steps.as(admin(post(details).param("title", " ").param("phaseId", String.valueOf(analysis))));
        assertThat(blank.getStatus()).isEqualTo(422);
        var wrongOutput = steps.as(admin(post(details)
                .param("title", "Titolo definitivo " + run)
                .param("phaseId", String.valueOf(analysis))
                .param("expectedOutput", "Documento per tema")));
        assertThat(wrongOutput.getStatus()).isEqualTo(422);
        assertThat(wrongOutput.getContentAsString()).contains("value=\"Titolo definitivo " + run + "\"");
        assertThat(steps.as(get("/documents/" + document)).getContentAsString()).contains("Titolo provvisorio " + run);

        var saved = steps.as(admin(post(details)
                .param("title", "Titolo definitivo " + run)
                .param("phaseId", String.valueOf(workshops))
                .param("expectedOutput", "Documento per tema")));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        assertThat(steps.as(get("/documents/" + document)).getContentAsString())
                .contains("Titolo definitivo " + run)
                .contains("Laboratori")
                .doesNotContain("Titolo provvisorio");
        assertThat(steps.as(get("/processes/" + slug)).getContentAsString())
                .contains("<li>Documento per tema · <a href=\"/documents/" + document
                        + "\" lang=\"it\" dir=\"ltr\">Titolo definitivo " + run);

        String outsider = TestAccounts.newParticipant(jdbc, "esterno-", "Esterno " + run);
        assertThat(steps.as(get(details).with(user(outsider).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);
    }

    private void publishVersionOne(long document) throws Exception {
        steps.write(document, 1, "# Inizio\n\nUn paragrafo " + run + ".");
        steps.openConsultation(document, 1, "PUBLIC");
    }
}
