package org.percorsi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.percorsi.documents.EnteActs;
import org.percorsi.proposals.ProposalState;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a visitor of the demo sees of the Giunta's act on Prato's final document: the act, its answer to each of
 * the four items with the motivations of the divergences, and the first monitoring update.
 */
class DemoEnteActTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnteActs acts;

    @Test
    void pratosFinalDocumentHasThePublishedActOfTheGiuntaWithAMonitoringUpdate() throws Exception {
        long document = jdbc.sql("select d.id from document d join process p on p.id = d.process_id "
                        + "where p.slug = :s and d.title = :t")
                .param("s", DemoDocumentsTest.PRATO)
                .param("t", DemoDocumentsTest.FINAL_DOCUMENT)
                .query(Long.class)
                .single();
        var page =
                mvc.perform(get("/documents/" + document + "/act")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Delibera di Giunta n. 27")
                .contains("Accolta in parte", "l'estensione dipende dal finanziamento regionale")
                .contains("Già prevista dalla programmazione")
                .contains("Pubblicato l'avviso per selezionare i primi dieci animatori di comunità.")
                .doesNotContain("Senza risposta");
        long process = jdbc.sql("select id from process where slug = :s")
                .param("s", DemoDocumentsTest.PRATO)
                .query(Long.class)
                .single();
        var act = acts.latestPublished(process).orElseThrow();
        assertThat(act.items()).isEqualTo(4);
        assertThat(act.itemsByDecision()).containsEntry(ProposalState.ACCEPTED, 2);
        assertThat(act.reserved()).isFalse();
    }
}
