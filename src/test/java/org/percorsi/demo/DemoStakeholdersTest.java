package org.percorsi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a visitor of the demo sees of the negotiation tables and the stakeholder map: the labs' table with its
 * member organisations and a referent for each of the seven neighbourhoods, its public assembly of March 2023 with
 * its decisions, Imola's first session of 15 January 2020 with the three goals as agenda, Prato's stakeholders
 * per theme; and none of the private contacts or the names given without consent.
 */
class DemoStakeholdersTest extends IntegrationTest {

    static final String LABS = "/processes/laboratori-di-quartiere";
    static final String IMOLA = "/processes/piano-strategico-unione";
    static final String PRATO = "/processes/interventi-prioritari-integrazione";

    @Autowired
    MockMvc mvc;

    @Test
    void theLabsTableListsItsOrganisationsAndAReferentForEachOfTheSevenNeighbourhoods() throws Exception {
        String page = visitor(LABS + "/table");
        assertThat(page)
                .contains(
                        "Associazione Quartiere Nord Insieme",
                        "Istituto comprensivo Sud",
                        "Circolo ricreativo anziani Est",
                        "Cooperativa sociale Ponte Ovest",
                        "Associazione commercianti del Centro",
                        "Comitato di via della Collina",
                        "argine del Fiume",
                        DemoNegotiationTables.LATER_JOINER)
                .as("the consented names are public")
                .contains("Marta Rinaldi", "Nicola Tampieri", "Elena Bassi")
                .as("the association that asked on the public form joined after the assembly")
                .contains("Adesione successiva");
        for (String neighbourhood : List.of("Nord", "Sud", "Est", "Ovest", "Centro", "Collina", "Fiume")) {
            assertThat(page).contains("<strong>Quartiere " + neighbourhood + "</strong>");
        }
        assertPrivate(page);
    }

    @Test
    void aLabsNeighbourhoodShowsItsPriorityNeedAndTheIdeaItBecame() throws Exception {
        var link = Pattern.compile("href=\"(" + LABS + "/neighbourhoods/\\d+)\" dir=\"auto\">Quartiere Sud</a>")
                .matcher(visitor(LABS + "/neighbourhoods"));
        assertThat(link.find()).as("the labs list the Sud neighbourhood").isTrue();
        String sud = visitor(link.group(1));
        assertThat(sud)
                .as("its referent for the negotiation table")
                .contains("Istituto comprensivo Sud")
                .contains("Laboratorio di quartiere Sud", "Attraversamenti sicuri davanti alle scuole")
                .contains("Un pedibus con i genitori volontari e strisce rialzate davanti alle due scuole");
        assertPrivate(sud);
        int need = sud.indexOf("Attraversamenti sicuri davanti alle scuole</a>");
        int idea = sud.indexOf("Un pedibus con i genitori volontari");
        assertThat(need).as("the need is listed").isPositive();
        assertThat(sud.substring(need, idea))
                .as("the idea in the need's own item")
                .contains("<ul")
                .doesNotContain("</li>");
    }

    @Test
    void theLabsPublicAssemblyOfMarch2023ShowsItsDecisionsAndItsApprovedMinutes() throws Exception {
        String assembly = visitor(LABS + "/table/sessions/1");
        assertThat(assembly)
                .contains("Assemblea pubblica del Tavolo di Negoziazione", "16 marzo 2023")
                .contains("Approvato il calendario del percorso")
                .contains("Individuati i referenti dei sette quartieri")
                .contains("Criteri per il workshop finale")
                .as("the minutes, approved by session 2, are public")
                .contains("Sei organizzazioni su sette sono presenti");
        assertPrivate(assembly);
        assertThat(visitor(LABS + "/table/sessions/2"))
                .as("session 2's minutes are still a draft")
                .doesNotContain("Bozza: il Tavolo approva il verbale");
    }

    @Test
    void imolasFirstSessionOf15January2020HasTheThreeGoalsAsAgenda() throws Exception {
        String session = visitor(IMOLA + "/table/sessions/1");
        assertThat(session)
                .contains("Primo incontro del Tavolo di Negoziazione", "15 gennaio 2020")
                .contains(
                        "Condivisione del percorso",
                        "Adesione al Tavolo di Negoziazione",
                        "Sostegno alla promozione delle attività")
                .contains("Il Tavolo di Negoziazione è costituito");
        assertPrivate(session);
        assertThat(visitor(IMOLA + "/table"))
                .contains("Santerno Solidale", "Camera del lavoro del Circondario imolese");
    }

    @Test
    void pratosStakeholderMapListsOrganisationsPerThemeAndOnlyConsentedExperts() throws Exception {
        String map = visitor(PRATO + "/stakeholders");
        assertThat(map)
                .contains(
                        "Unione delle imprese del distretto tessile pratese",
                        "Associazione dei commercianti di via Pistoiese",
                        "Società per la casa e la rigenerazione urbana del Comune",
                        "Rete delle associazioni migranti e italiane di Prato")
                .contains(
                        "Prospettive del sistema produttivo",
                        "Rete commerciale del centro storico",
                        "Trasformazioni urbane: Macrolotto 0",
                        "Strumenti di partecipazione attiva")
                .contains("Chiara Vannucci");
        assertPrivate(map);
        assertThat(map).doesNotContain("c.vannucci@universita.example.it");
    }

    @Test
    void theExportsOfTheTablesAndTheMapKeepTheSamePrivacy() throws Exception {
        for (String path : List.of(
                LABS + "/table.csv",
                LABS + "/table.json",
                IMOLA + "/table.csv",
                IMOLA + "/table.json",
                PRATO + "/stakeholders.csv",
                PRATO + "/stakeholders.json",
                LABS + "/neighbourhoods")) {
            String export = visitor(path);
            assertThat(export).as(path).isNotBlank();
            assertPrivate(export);
        }
        assertThat(visitor(LABS + "/table.csv")).contains("Associazione Quartiere Nord Insieme", "Marta Rinaldi");
        assertThat(visitor(PRATO + "/stakeholders.csv")).contains("Chiara Vannucci");
    }

    private void assertPrivate(String page) {
        List<String> secrets = new ArrayList<>(DemoStakeholders.PRIVATE_NAMES);
        secrets.addAll(DemoStakeholders.PRIVATE_CONTACTS);
        for (String secret : secrets) {
            assertThat(page).as("a public page shows " + secret).doesNotContain(secret);
        }
    }

    private String visitor(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
