package org.percorsi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a visitor of the demo sees of Prato's documents: the four theme documents and the final document on the
 * process's page; a theme document's public version 2 crediting the stakeholder whose amendment it took and
 * counting the citizens' comments, its reserved version 1 (and the comparison with it) kept for the reserved
 * area; the final document's items with the municipality's answers; and, for the managers, the consultation
 * report with the rejected amendment and its reason.
 */
class DemoDocumentsTest extends IntegrationTest {

    static final String PRATO = "interventi-prioritari-integrazione";
    static final List<String> THEME_DOCUMENTS = List.of(
            "Documento tematico: prospettive del sistema produttivo",
            "Documento tematico: rete commerciale del centro storico",
            "Documento tematico: Macrolotto 0",
            "Documento tematico: strumenti di partecipazione attiva");
    static final String FINAL_DOCUMENT = "Documento conclusivo: azioni prioritarie per l'integrazione";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pratosPageListsTheFourThemeDocumentsAndTheFinalDocument() throws Exception {
        var page = visitor(get("/processes/" + PRATO));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains(THEME_DOCUMENTS)
                .contains(FINAL_DOCUMENT)
                .contains("/documents/" + document("Documento tematico: Macrolotto 0"));
    }

    @Test
    void aThemeDocumentsPublicVersionCreditsTheAcceptedAmendmentAndCountsTheCitizensComments() throws Exception {
        long macrolotto = document("Documento tematico: Macrolotto 0");
        var page = visitor(get("/documents/" + macrolotto));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("gestito insieme dalle associazioni e dal Comune, con una prova di sei mesi")
                .contains("Proposto da <bdi>Sara L. - urbanista</bdi>")
                .contains("Commenti: 1 · Emendamenti: 0")
                .as("the stakeholders' comments stay on the reserved version")
                .doesNotContain("Il presidio dovrebbe avere orari pensati per chi lavora nei laboratori");
        for (String title : THEME_DOCUMENTS) {
            long document = document(title);
            assertThat(visitor(get("/documents/" + document + "/versions/2")).getStatus())
                    .as(title + ": version 2 is public")
                    .isEqualTo(200);
            assertThat(visitor(get("/documents/" + document + "/versions/1")).getStatus())
                    .as(title + ": version 1 is the reserved area's")
                    .isEqualTo(404);
            assertThat(asPerson(get("/documents/" + document + "/versions/1"), DemoThemeStories.PAOLO)
                            .getContentAsString())
                    .as(title + ": the stakeholders commented in the reserved area")
                    .contains("Commenti: 1 · Emendamenti: 0");
        }
        String garden = jdbc.sql("select b.block_key::text from document_block b "
                        + "join document_version v on v.id = b.version_id "
                        + "where v.document_id = :d and v.number = 2 and b.plain like 'Trasformare un parcheggio%'")
                .param("d", macrolotto)
                .query(String.class)
                .single();
        assertThat(visitor(get("/documents/" + macrolotto + "/versions/2/paragraphs/" + garden))
                        .getContentAsString())
                .as("a citizen's comment on a passage")
                .contains("Giulia R.", "Servono anche alberi", "Sul passaggio: <q>giochi e panchine</q>");
    }

    @Test
    void theComparisonWithTheReservedVersionIsForTheReservedAreaOnly() throws Exception {
        long macrolotto = document("Documento tematico: Macrolotto 0");
        String compare = "/documents/" + macrolotto + "/compare?from=1&to=2";
        assertThat(visitor(get(compare)).getStatus()).isEqualTo(404);
        assertThat(asPerson(get(compare), DemoDataLoader.GIULIA).getStatus())
                .as("a citizen outside the reserved area")
                .isEqualTo(404);

        var stakeholder = asPerson(get(compare), DemoThemeStories.SARA);
        assertThat(stakeholder.getStatus()).isEqualTo(200);
        assertThat(stakeholder.getContentAsString())
                .contains("Modificato", "Aggiunto")
                .contains("[inizio testo aggiunto]")
                .contains("e dal Comune, con una prova di sei mesi");
    }

    @Test
    void theFinalDocumentsItemsCarryEachProposalsAnswer() throws Exception {
        long finalDocument = document(FINAL_DOCUMENT);
        var page = visitor(get("/documents/" + finalDocument));
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html.split("id=\"item-", -1)).as("four items").hasSize(5);
        assertThat(html)
                .contains("I punti del documento e le risposte del Comune")
                .contains("Accolta in parte", "Si avvia una prima formazione per dieci animatori")
                .contains("Già prevista dalla programmazione", "Il tavolo con i commercianti del centro storico")
                .contains("Accolta", "Tre punti informativi fissi, nei quartieri indicati dalle associazioni")
                .contains("/proposals/" + proposal("Un giardino attrezzato per i bambini del Macrolotto 0"))
                .doesNotContain("Il Comune non ha ancora risposto.")
                .contains("Esaminato dal tavolo di negoziazione", "Approvato con osservazioni")
                .contains("Validazione del tecnico di garanzia");
    }

    @Test
    void theManagersReportListsTheRejectedAmendmentWithItsReason() throws Exception {
        long process = jdbc.sql("select id from process where slug = :s")
                .param("s", PRATO)
                .query(Long.class)
                .single();
        long retail = document("Documento tematico: rete commerciale del centro storico");
        var report = mvc.perform(get("/admin/processes/" + process + "/documents/" + retail + "/report")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse();
        assertThat(report.getStatus()).isEqualTo(200);
        assertThat(report.getContentAsString())
                .contains("Emendamento di <bdi>Rosa T. - commercianti</bdi>", "Respinto")
                .contains("non è sostenibile per il bilancio comunale")
                .contains("Emendamento di <bdi>Sara L. - urbanista</bdi>", "Accolto")
                .contains("È il punto più sentito in via Pistoiese");
    }

    private long document(String title) {
        return jdbc.sql("select d.id from document d join process p on p.id = d.process_id "
                        + "where p.slug = :s and d.title = :t")
                .param("s", PRATO)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private long proposal(String title) {
        return jdbc.sql("select id from proposal_summary where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse visitor(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse asPerson(MockHttpServletRequestBuilder request, String email) throws Exception {
        return mvc.perform(request.with(user(email).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
    }
}
