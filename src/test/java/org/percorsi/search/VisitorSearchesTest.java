package org.percorsi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.programming.InterventionStatus;
import org.percorsi.programming.usecases.ActivityForm;
import org.percorsi.programming.usecases.AddActivity;
import org.percorsi.programming.usecases.ConfirmImportForm;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.programming.usecases.InterventionForm;
import org.percorsi.programming.usecases.SaveIntervention;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One search over processes, proposals, DUP objectives and interventions: Italian
 * word forms and missing accents still match, snippets show the text as written
 * with the words highlighted and markup escaped, the words as typed rank above
 * words that only share their stem, beginnings of words match, a Chinese word is found inside a
 * sentence without spaces and an Arabic word with or without its prefixes, and a reserved
 * process is found only by its members.
 */
class VisitorSearchesTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    SubmitProposal submit;

    @Autowired
    CreateCycle createCycle;

    @Autowired
    ImportDupTable importTable;

    @Autowired
    SaveIntervention saveIntervention;

    @Autowired
    AddActivity addActivity;

    @Autowired
    SearchBackfill backfill;

    /** A word no other test writes: letters only, so neither the stemmer nor the parser splits it. */
    final String run = UniqueWords.next();

    @Test
    void findsWordFormsWithoutAccentsAndHidesReservedProcesses() throws Exception {
        long[] ids = new long[2];
        TestAccounts.asAdmin(() -> {
            ids[0] = publishedProcess("Mobilità sostenibile " + run, "Piste ciclabili e città.", Visibility.PUBLIC);
            ids[1] = publishedProcess("Tavolo riservato " + run, "Trattative sulle biciclette.", Visibility.RESERVED);
        });
        String author = participant();
        propose(
                author,
                ids[0],
                "Rastrelliere per biciclette " + run,
                "Servono rastrelliere davanti alla stazione <script>x</script> e alle scuole, &lt;script&gt;y&lt;/script&gt; compreso.");
        jdbc.sql(
                        "insert into process_role (process_id, account_id, role) select :p, id, 'MEMBER' from account where email = :e")
                .param("p", ids[1])
                .param("e", author)
                .update();

        String anonymous = awaitResults("bicicletta " + run, null, null, 1);
        assertThat(anonymous).contains("Rastrelliere per biciclette " + run).doesNotContain("Tavolo riservato");
        String highlighted = awaitResults("stazioni " + run, null, null, 1);
        assertThat(highlighted)
                .contains("<mark>stazione</mark> e alle scuole, &lt;script&gt;y")
                .doesNotContain("<script>");
        assertThat(awaitResults("mobilita " + run, null, null, 1)).contains("Mobilità sostenibile " + run);
        String member = awaitResults("biciclette " + run, author, null, 2);
        assertThat(member).contains("Tavolo riservato " + run);
        assertThat(awaitResults("biciclette " + run, author, "PROPOSAL", 1))
                .contains("Rastrelliere per biciclette " + run);
    }

    @Test
    void aReservedPhaseHidesItsProposalsFromOthersButNotPublicPages() throws Exception {
        long process = TestAccounts.asAdministrator(
                () -> publishedProcess("Ascolto " + run, "Un percorso.", Visibility.PUBLIC));
        String author = participant();
        propose(author, process, "Fontanelle " + run, "Acqua nei giardini.");
        awaitResults(run, null, "PROPOSAL", 1);

        jdbc.sql("update phase set reserved = true where process_id = :p")
                .param("p", process)
                .update();

        assertThat(awaitResults(run, null, null, 1))
                .as("the process page stays public")
                .contains("Ascolto " + run)
                .doesNotContain("Fontanelle");
        jdbc.sql(
                        "insert into process_role (process_id, account_id, role) select :p, id, 'MEMBER' from account where email = :e")
                .param("p", process)
                .param("e", author)
                .update();
        assertThat(awaitResults(run, author, null, 2)).contains("Fontanelle " + run);
    }

    @Test
    void snippetsKeepTheAccentsAsWrittenAndMarkTheWords() throws Exception {
        long process = TestAccounts.asAdministrator(
                () -> publishedProcess("Quartieri " + run, "Un percorso.", Visibility.PUBLIC));
        propose(
                participant(),
                process,
                "Orti condivisi " + run,
                "Uno spazio della comunità per l'identità della città, aperto a tutti.");

        String page = awaitResults("citta " + run, null, null, 1);

        assertThat(page)
                .contains("della <mark>città</mark>")
                .contains("l'identità")
                .doesNotContain("della citta");
    }

    @Test
    void theWordsAsTypedComeBeforeWordsThatOnlyShareTheirStem() throws Exception {
        long process = TestAccounts.asAdministrator(
                () -> publishedProcess("Vicinato " + run, "Un percorso.", Visibility.PUBLIC));
        String author = participant();
        propose(author, process, "Orti condivisi " + run, "Uno spazio della comunità per il quartiere.");
        propose(author, process, "Laboratori " + run, "Incontri comunitari per tutti.");
        // the stem alone ('comun'), in the title and written last: by stem weight and date it would come first
        propose(author, process, "Il Comune e il Comune " + run, "Il Comune apre uno sportello.");

        for (String typed : List.of("comunità " + run, "comunita " + run)) {
            String page = awaitResults(typed, null, null, 3);
            int asTyped = page.indexOf("Orti condivisi " + run);
            int beginning = page.indexOf("Laboratori " + run);
            int stemOnly = page.indexOf("Il Comune e il Comune " + run);
            assertThat(asTyped)
                    .as("the word as typed, before the stem alone")
                    .isPositive()
                    .isLessThan(stemOnly);
            assertThat(beginning)
                    .as("a word beginning with it, between them")
                    .isGreaterThan(asTyped)
                    .isLessThan(stemOnly);
            assertThat(page)
                    .contains("della <mark>comunità</mark>")
                    .contains("<mark>comunitari</mark>")
                    .contains("Il <mark>Comune</mark> apre");
        }
    }

    @Test
    void theBeginningOfAWordFindsIt() throws Exception {
        long process = TestAccounts.asAdministrator(
                () -> publishedProcess("Percorso " + run, "Per le piazze.", Visibility.PUBLIC));
        propose(participant(), process, "Panchine in piazza", "Proposta " + run + " per sedersi all'ombra.");

        String page = awaitResults(run.substring(0, 7), null, "PROPOSAL", 1);

        assertThat(page).contains("Panchine in piazza").contains("Proposta <mark>" + run + "</mark>");
    }

    @Test
    void aChineseWordIsFoundInsideAChineseSentence() throws Exception {
        // Chinese has no spaces: the sentence is one run of characters, the words are inside it
        String unique = uniqueHan();
        long process = TestAccounts.asAdministrator(
                () -> publishedProcess("Bilancio partecipativo " + run, "Un percorso.", Visibility.PUBLIC));
        propose(participant(), process, "预算 " + run, "我们讨论" + unique + "市民参与预算的未来。");

        assertThat(awaitResults("参与预算 " + run, null, "PROPOSAL", 1))
                .contains("预算 " + run)
                .contains("讨论" + unique + "市民<mark>参与预算</mark>的未来。");
        assertThat(awaitResults(unique.substring(1, 4), null, null, 1)).contains("预算 " + run);
        assertThat(awaitResults(unique.substring(2, 3), null, null, 1))
                .as("one character")
                .contains("预算 " + run);
        assertThat(awaitResults("参预 " + run, null, null, 0))
                .as("both characters are there, but not next to each other")
                .doesNotContain("预算 " + run);
        assertThat(awaitResults("预算参与 " + run, null, null, 0)).doesNotContain("预算 " + run);
        assertThat(awaitResults("参与 医院 " + run, null, null, 0))
                .as("every word typed")
                .doesNotContain("预算 " + run);
    }

    @Test
    void anArabicWordIsFoundWithOrWithoutItsArticleAndPrefixes() throws Exception {
        long process = TestAccounts.asAdministrator(
                () -> publishedProcess("Bilancio partecipativo " + run, "Un percorso.", Visibility.PUBLIC));
        propose(participant(), process, "الميزانية " + run, "يشارك المُواطنون في الميزانية التشاركية للمدينة.");

        for (String word : List.of("الميزانية", "ميزانية", "مدينة", "المدينة", "مواطنون", "المواطن")) {
            assertThat(awaitResults(word + " " + run, null, "PROPOSAL", 1))
                    .as(word)
                    .contains("الميزانية " + run)
                    .containsPattern("<mark>[^<]*</mark>");
        }
        assertThat(awaitResults("المُواطنون " + run, null, "PROPOSAL", 1)).contains("يشارك <mark>المُواطنون</mark> في");
        assertThat(awaitResults("مستشفى " + run, null, null, 0))
                .as("a word that is not in the text: hospital")
                .doesNotContain("الميزانية " + run);
    }

    /** Six random Chinese characters, so that no other test's text holds them in this order. */
    private static String uniqueHan() {
        var word = new StringBuilder();
        ThreadLocalRandom.current().ints(6, 0x4E00, 0x9FA6).forEach(word::appendCodePoint);
        return word.toString();
    }

    @Test
    void dupObjectivesAndInterventionsAreFoundAndLinkToTheirPublicPages() throws Exception {
        long action = importAction("Rendere più sicura la mobilità dolce " + run);
        long intervention = TestAccounts.asAdministrator(() -> {
            long id = saveIntervention.create(new InterventionForm(
                    "Ciclovia del fiume " + run,
                    "<p>Una pista lungo il fiume per la città.</p>",
                    "",
                    "Settore Mobilità",
                    "Amici <script>alert(1)</script>",
                    InterventionStatus.IDEA,
                    List.of()));
            addActivity.handle(id, new ActivityForm("Posa della segnaletica " + run + "x", null, null));
            return id;
        });

        String objective = awaitResults("mobilità " + run, null, "OBJECTIVE", 1);
        assertThat(objective)
                .contains("href=\"/programming/objectives/" + action + "\"")
                .contains("Rendere più sicura la <mark>mobilità</mark> dolce");
        String sheet = awaitResults("segnaletica " + run + "x", null, null, 1);
        assertThat(sheet)
                .contains("href=\"/interventions/" + intervention + "\"")
                .contains("Ciclovia del fiume " + run)
                .contains("città.")
                .contains("Amici &lt;script&gt;alert(1)&lt;/script&gt; Posa della <mark>segnaletica</mark>")
                .doesNotContain("<script>");

        assertThat(page("/programming/objectives/" + action)).contains("Rendere più sicura la mobilità dolce " + run);
        assertThat(page("/interventions/" + intervention)).contains("Ciclovia del fiume " + run);
    }

    @Test
    void objectivesImportedBeforeSearchCoveredThemAreIndexedAtStartUp() throws Exception {
        long action = importAction("Piantare alberi nei cortili " + run);
        awaitResults("cortili " + run, null, "OBJECTIVE", 1);
        // as in a database from before this version: the objectives are not in the index
        jdbc.sql("delete from search_document where kind = 'OBJECTIVE' and ref_id = :id")
                .param("id", action)
                .update();
        assertThat(awaitResults("cortili " + run, null, "OBJECTIVE", 0)).doesNotContain("Piantare alberi");

        jdbc.sql("insert into search_backfill (kind) values ('OBJECTIVE')").update();
        backfill.run(null);

        assertThat(awaitResults("cortili " + run, null, "OBJECTIVE", 1)).contains("/programming/objectives/" + action);
        assertThat(jdbc.sql("select count(*) from search_backfill")
                        .query(Integer.class)
                        .single())
                .as("done once")
                .isZero();
    }

    private long publishedProcess(String title, String description, Visibility visibility) {
        long id = createProcess.handle(new ProcessForm(
                title,
                "",
                description,
                "",
                "",
                "",
                "",
                "",
                "",
                visibility,
                List.of(),
                List.of(),
                null,
                "",
                false,
                null));
        addPhase.handle(
                id,
                new PhaseForm(PhaseType.OPENING, "Apertura", "", TODAY.minusDays(1), TODAY.plusDays(9), "", "", false));
        publish.handle(id);
        return id;
    }

    private String participant() {
        String email = TestAccounts.newParticipant(
                jdbc, "s-", "Cercatore " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }

    private void propose(String author, long process, String title, String body) {
        TestAccounts.asParticipant(
                author,
                () -> submit.handle(
                        process,
                        new ProposalForm(
                                ProposalKind.IDEA, title, body, null, null, null, null, null, null, null, null)));
    }

    /** Imports a one-row DUP table into a new cycle; returns the action's id. */
    private long importAction(String action) {
        long cycle = TestAccounts.asAdministrator(() -> createCycle.handle("DUP " + run, null));
        String table = "AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI"
                + "\tORGANISMI PARTECIPATI ASSEGNATARI\n" + "Area\tObiettivo\tOperativo\tGestionale\t" + action
                + "\tUfficio " + run + "\n";
        TestAccounts.asAdministrator(() -> {
            var preview = importTable.preview(cycle, "v1", "dup.tsv", table.getBytes(StandardCharsets.UTF_8));
            return importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(preview));
        });
        return jdbc.sql("select id from objective_node where cycle_id = :c and level = 'ACTION'")
                .param("c", cycle)
                .query(Long.class)
                .single();
    }

    private String page(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Indexing follows the commit asynchronously: waits (briefly) for the expected number of results. */
    private String awaitResults(String q, String viewer, String kind, int expected) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        String page = "";
        while (Instant.now().isBefore(until)) {
            var request = get("/search").param("q", q);
            if (kind != null) {
                request.param("kind", kind);
            }
            if (viewer != null) {
                request.with(user(viewer).roles("PARTICIPANT"));
            }
            page = mvc.perform(request).andReturn().getResponse().getContentAsString();
            if (page.contains("Risultati: " + expected + "<")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Expected " + expected + " results for " + q + ", page said: "
                + page.replaceAll("(?s).*(Risultati: \\d+).*", "$1"));
    }
}
