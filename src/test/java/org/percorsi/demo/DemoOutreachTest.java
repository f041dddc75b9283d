package org.percorsi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a visitor of the demo sees of how the processes reached people: Imola's communication plan of 2020 (seed
 * 003) without its internal note, the neighbourhood labs' workshops each promoted in its neighbourhood (seed 004),
 * Prato's info points with the languages spoken there (seed 001).
 */
class DemoOutreachTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void imolasPlanShowsItsPublicActionsAndKeepsTheInternalNoteInside() throws Exception {
        String plan = visitor("/processes/piano-strategico-unione/communication");
        assertThat(plan)
                .contains("Comunicato stampa di avvio del percorso", "Manifesti e volantini del town meeting")
                .contains("Volantino del town meeting del 5 settembre 2020")
                .doesNotContain("Nota ai servizi dei Comuni");
    }

    @Test
    void eachLabsWorkshopIsPromotedInItsNeighbourhood() throws Exception {
        String plan = visitor("/processes/laboratori-di-quartiere/communication");
        assertThat(plan)
                .contains("Volantini nelle scuole e nei negozi del quartiere Sud")
                .contains("Laboratorio di quartiere Sud")
                .contains("Comunicato stampa sull’assemblea pubblica del Tavolo di Negoziazione");
    }

    @Test
    void pratosInfoPointsSayWhereWhenAndInWhichLanguages() throws Exception {
        String points = visitor("/processes/interventi-prioritari-integrazione/info-points");
        assertThat(points)
                .contains("Punto informativo Macrolotto 0", "Via Pistoiese 120, Prato")
                .contains("Associazione Insieme nel quartiere")
                .contains("Lingue parlate: Italiano, Cinese, Inglese");
    }

    private String visitor(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
