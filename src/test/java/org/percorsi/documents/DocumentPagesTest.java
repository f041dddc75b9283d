package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A process's documents as its manager writes them and as people read them: a paragraph keeps its key across
 * three versions while it is edited; a version out of draft refuses any edit and keeps its text; a reserved
 * version does not exist for outsiders (its address, the process's page) but is shown to a member of the area;
 * the comparison marks a changed word for sight and for screen readers; bad input is refused with a message
 * and saves nothing.
 */
class DocumentPagesTest extends IntegrationTest {

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

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    long phaseId;
    String slug;
    String admin;

    @BeforeEach
    void aPublishedPublicProcess() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Documenti " + run));
            addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", TODAY.minusDays(5), TODAY.plusDays(40), "", "", false));
            publish.handle(processId);
        });
        phaseId = jdbc.sql("select id from phase_summary where process_id = :p")
                .param("p", processId)
                .query(Long.class)
                .single();
        slug = jdbc.sql("select slug from process_summary where id = :p")
                .param("p", processId)
                .query(String.class)
                .single();
        admin = "/admin/processes/" + processId + "/documents";
    }

    static final String V1 = """
            # Il quartiere oggi

            Le piazze del quartiere sono poco frequentate la sera.

            Mancano panchine all'ombra vicino alla scuola.

            ## Che cosa chiedono gli abitanti

            - più alberi
            - una fontanella
            """;

    @Test
    void aParagraphKeepsItsKeyAcrossThreeVersionsWhileItIsEdited() throws Exception {
        long document = create("Rapporto " + run);
        write(document, 1, V1);
        openConsultation(document, 1, "PUBLIC");
        UUID evening = key(document, 1, "frequentate");
        UUID benches = key(document, 1, "panchine");
        UUID list = key(document, 1, "fontanella");

        assertThat(as(admin(post(admin + "/" + document + "/versions"))).getStatus())
                .isEqualTo(302);
        write(document, 2, """
                # Il quartiere oggi

                Un paragrafo nuovo in testa, sui giardini.

                Le piazze del quartiere sono poco frequentate la sera e nei giorni festivi.

                Mancano panchine all'ombra vicino alla scuola.

                ## Che cosa chiedono gli abitanti

                - più alberi
                - una fontanella
                """);
        openConsultation(document, 2, "PUBLIC");
        as(admin(post(admin + "/" + document + "/versions")));
        write(document, 3, """
                # Il quartiere oggi

                Mancano panchine all'ombra vicino alla scuola media.

                Le piazze del quartiere restano poco frequentate la sera e nei giorni festivi.

                ## Che cosa chiedono gli abitanti

                - più alberi
                - una fontanella
                - un campo da basket
                """);

        assertThat(key(document, 2, "frequentate")).isEqualTo(evening);
        assertThat(key(document, 3, "frequentate"))
                .as("edited twice, and moved")
                .isEqualTo(evening);
        assertThat(key(document, 2, "panchine")).isEqualTo(benches);
        assertThat(key(document, 3, "panchine")).as("moved before and edited").isEqualTo(benches);
        assertThat(key(document, 3, "basket")).as("a list with one more item").isEqualTo(list);
        assertThat(key(document, 2, "giardini")).isNotIn(evening, benches, list);
        assertThat(jdbc.sql("select count(*) from document_block b join document_version v on v.id = b.version_id "
                                + "where v.document_id = :d and v.number = 3 and b.plain like '%giardini%'")
                        .param("d", document)
                        .query(Integer.class)
                        .single())
                .as("the paragraph removed in version 3")
                .isZero();
    }

    @Test
    void aVersionOutOfDraftRefusesAnyEditAndKeepsItsText() throws Exception {
        long document = create("Congelato " + run);
        write(document, 1, V1);
        openConsultation(document, 1, "PUBLIC");

        var refused = as(admin(multipart(admin + "/" + document + "/text")
                .param("version", "1")
                .param("markdown", "Testo cambiato dopo l'apertura " + run)));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("La versione 1 non è più una bozza: il suo testo non si può modificare.");
        assertThat(text(document, 1)).contains("frequentate").doesNotContain("Testo cambiato");
        assertThat(source(document, 1)).isEqualTo(V1.strip());

        var english = as(admin(multipart(admin + "/" + document + "/text")
                .param("version", "1")
                .param("markdown", "Changed")
                .param("lang", "en")));
        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentAsString()).contains("Version 1 is no longer a draft");

        assertThatThrownBy(() -> jdbc.sql("update document_block set html = '<p>x</p>' where version_id = "
                                + "(select id from document_version where document_id = :d and number = 1)")
                        .param("d", document)
                        .update())
                .as("the database keeps a frozen version too")
                .hasMessageContaining("frozen");
        assertThat(text(document, 1)).contains("frequentate");
    }

    @Test
    void aReservedVersionDoesNotExistForOutsidersAndIsShownToAMember() throws Exception {
        long document = create("Tavolo riservato " + run);
        write(document, 1, "# Segreto\n\nIl testo riservato del tavolo " + run + ".");
        openConsultation(document, 1, "RESERVED");
        String outsider = account("esterno");
        String member = account("membro");
        jdbc.sql(
                        "insert into process_role (process_id, account_id, role) select :p, id, 'MEMBER' from account where email = :e")
                .param("p", processId)
                .param("e", member)
                .update();

        for (String path : List.of("/documents/" + document, "/documents/" + document + "/versions/1")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as("anonymous " + path)
                    .isEqualTo(404);
            assertThat(as(get(path).with(user(outsider).roles("PARTICIPANT"))).getStatus())
                    .as("outsider " + path)
                    .isEqualTo(404);
        }
        assertThat(as(get("/processes/" + slug).with(user(outsider).roles("PARTICIPANT")))
                        .getContentAsString())
                .doesNotContain("Tavolo riservato " + run);
        assertThat(mvc.perform(get("/processes/" + slug))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Tavolo riservato " + run);

        var seen = as(get("/documents/" + document).with(user(member).roles("PARTICIPANT")));
        assertThat(seen.getStatus()).isEqualTo(200);
        assertThat(seen.getContentAsString()).contains("Il testo riservato del tavolo " + run);
        assertThat(as(get("/processes/" + slug).with(user(member).roles("PARTICIPANT")))
                        .getContentAsString())
                .contains("Tavolo riservato " + run, "/documents/" + document);

        // version 2 goes public: outsiders see it, and still not version 1
        as(admin(post(admin + "/" + document + "/versions")));
        write(document, 2, "# Pubblico\n\nIl testo pubblico del tavolo " + run + ".");
        openConsultation(document, 2, "PUBLIC");
        var publicPage = mvc.perform(get("/documents/" + document)).andReturn().getResponse();
        assertThat(publicPage.getStatus()).isEqualTo(200);
        assertThat(publicPage.getContentAsString())
                .contains("Il testo pubblico del tavolo " + run)
                .doesNotContain("Il testo riservato del tavolo " + run)
                .doesNotContain("/versions/1\"");
        assertThat(mvc.perform(get("/documents/" + document + "/versions/1"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/documents/" + document + "/compare?from=1&to=2"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/processes/" + slug))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Tavolo riservato " + run);
    }

    @Test
    void theComparisonMarksAChangedWordForSightAndScreenReaders() throws Exception {
        long document = create("Confronto " + run);
        write(document, 1, "# Piazze\n\nLe piazze sono frequentate la sera.\n\nUna frase che sparirà del tutto.");
        openConsultation(document, 1, "PUBLIC");
        as(admin(post(admin + "/" + document + "/versions")));
        write(document, 2, "# Piazze\n\nLe piazze sono deserte la sera.\n\nPoi parliamo delle fontane.");
        openConsultation(document, 2, "PUBLIC");

        var page = mvc.perform(get("/documents/" + document + "/compare?from=1&to=2"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html)
                .contains("<del><span class=\"visually-hidden\">[inizio testo eliminato]</span>frequentate")
                .contains("<ins><span class=\"visually-hidden\">[inizio testo aggiunto]</span>deserte")
                .contains("Modificato", "Aggiunto", "Eliminato")
                .contains("Poi parliamo delle fontane.")
                .contains("Una frase che sparirà del tutto.");
        assertThat(html)
                .as("the unchanged words are not marked")
                .doesNotContain("[inizio testo eliminato]</span>Le piazze");

        var version = mvc.perform(get("/documents/" + document)).andReturn().getResponse();
        UUID deserted = key(document, 2, "deserte");
        assertThat(version.getContentAsString())
                .as("each paragraph has an anchor from its key, headings a table of contents")
                .contains("id=\"b-" + deserted + "\"", "Indice", "href=\"#b-" + key(document, 2, "Piazze") + "\"");
    }

    @Test
    void badInputIsRefusedWithAMessageAndSavesNothing() throws Exception {
        var noTitle = as(admin(post(admin).param("title", "  ").param("kind", "OTHER")));
        assertThat(noTitle.getStatus()).isEqualTo(422);
        assertThat(noTitle.getContentAsString()).contains("Campo obbligatorio.");
        assertThat(documents()).isZero();

        long document = create("Input " + run);
        var tooLong = as(admin(multipart(admin + "/" + document + "/text")
                .param("version", "1")
                .param("markdown", "a".repeat(1_000_001))));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("Al massimo 1.000.000 caratteri.");
        assertThat(source(document, 1)).isEmpty();

        var notMarkdown = as(admin(multipart(admin + "/" + document + "/text")
                .file(new MockMultipartFile("file", "relazione.pdf", "application/octet-stream", new byte[] {1, 2, 3}))
                .param("version", "1")));
        assertThat(notMarkdown.getStatus()).isEqualTo(422);
        assertThat(notMarkdown.getContentAsString()).contains("Il file non è un file Markdown");

        var uploaded = as(admin(multipart(admin + "/" + document + "/text")
                .file(new MockMultipartFile(
                        "file", "testo.md", "text/markdown", "# Da file\n\nCaricato.".getBytes(StandardCharsets.UTF_8)))
                .param("version", "1")));
        assertThat(uploaded.getStatus()).isEqualTo(302);
        assertThat(text(document, 1)).contains("Caricato.");

        var reversed = as(admin(post(admin + "/" + document + "/consultation")
                .param("version", "1")
                .param("from", TODAY.plusDays(10).toString())
                .param("to", TODAY.toString())
                .param("visibility", "PUBLIC")));
        assertThat(reversed.getStatus()).isEqualTo(422);
        assertThat(reversed.getContentAsString()).contains("La fine della consultazione viene prima del suo inizio.");
        assertThat(jdbc.sql("select state from document_version where document_id = :d")
                        .param("d", document)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");

        String outsider = account("intruso");
        assertThat(as(post(admin)
                                .param("title", "Intruso")
                                .param("kind", "OTHER")
                                .with(user(outsider).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void aVersionMovesOnlyInOrderAndItsApprovalSaysWhoWhenAndWithWhichAct() throws Exception {
        long document = create("Approvazione " + run);
        write(document, 1, V1);
        String base = admin + "/" + document;

        var notOpen = as(admin(post(base + "/close").param("version", "1")));
        assertThat(notOpen.getStatus()).isEqualTo(422);
        assertThat(notOpen.getContentAsString()).contains("La versione 1 non è in consultazione.");
        openConsultation(document, 1, "PUBLIC");
        var notClosed = as(admin(post(base + "/approve")
                .param("version", "1")
                .param("approvedBy", "Giunta comunale")
                .param("approvedOn", TODAY.toString())
                .param("act", "Delibera 1")));
        assertThat(notClosed.getStatus()).isEqualTo(422);
        assertThat(notClosed.getContentAsString())
                .contains("La versione 1 si può approvare solo dopo aver chiuso la consultazione.");
        assertThat(as(admin(post(base + "/close").param("version", "1"))).getStatus())
                .isEqualTo(302);
        var noAct = as(admin(post(base + "/approve")
                .param("version", "1")
                .param("approvedBy", "Giunta comunale")
                .param("approvedOn", TODAY.toString())
                .param("act", " ")));
        assertThat(noAct.getStatus()).isEqualTo(422);
        assertThat(noAct.getContentAsString()).contains("Campo obbligatorio.");
        assertThat(state(document, 1)).isEqualTo("CLOSED");

        assertThat(as(admin(post(base + "/approve")
                                .param("version", "1")
                                .param("approvedBy", "Giunta comunale")
                                .param("approvedOn", TODAY.toString())
                                .param("act", "Delibera di Giunta n. 245/2026")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(state(document, 1)).isEqualTo("FINAL");
        assertThat(mvc.perform(get("/documents/" + document))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Approvato", "Giunta comunale", "Delibera di Giunta n. 245/2026");
    }

    @Test
    void aDocumentOfAReservedPhaseIsHiddenWithItsPhase() throws Exception {
        long document = create("Fase riservata " + run);
        write(document, 1, V1);
        openConsultation(document, 1, "PUBLIC");
        String outsider = account("esterno");
        assertThat(as(get("/documents/" + document).with(user(outsider).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(200);
        // the phase reserved afterwards (signed in: no page shared from the visitors' cache)
        jdbc.sql("update phase set reserved = true where id = :ph")
                .param("ph", phaseId)
                .update();
        assertThat(as(get("/documents/" + document).with(user(outsider).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(404);
        assertThat(as(get("/processes/" + slug).with(user(outsider).roles("PARTICIPANT")))
                        .getContentAsString())
                .doesNotContain("Fase riservata " + run);
    }

    private long create(String title) throws Exception {
        var created = as(admin(post(admin)
                .param("title", title)
                .param("kind", "THEME_DOCUMENT")
                .param("phaseId", String.valueOf(phaseId))));
        assertThat(created.getStatus()).isEqualTo(302);
        return Long.parseLong(
                created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1));
    }

    private void write(long document, int version, String markdown) throws Exception {
        var saved = as(admin(multipart(admin + "/" + document + "/text")
                .param("version", String.valueOf(version))
                .param("markdown", markdown)
                .param("changelog", "Versione " + version)));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
    }

    private void openConsultation(long document, int version, String visibility) throws Exception {
        var opened = as(admin(post(admin + "/" + document + "/consultation")
                .param("version", String.valueOf(version))
                .param("from", TODAY.toString())
                .param("to", TODAY.plusDays(20).toString())
                .param("visibility", visibility)));
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(302);
    }

    private UUID key(long document, int version, String containing) {
        return jdbc.sql("""
                select b.block_key from document_block b join document_version v on v.id = b.version_id
                where v.document_id = :d and v.number = :n and b.plain like :t""")
                .param("d", document)
                .param("n", version)
                .param("t", "%" + containing + "%")
                .query(UUID.class)
                .single();
    }

    private String text(long document, int version) {
        return String.join(
                "\n",
                jdbc.sql("""
                        select b.plain from document_block b join document_version v on v.id = b.version_id
                        where v.document_id = :d and v.number = :n order by b.position""")
                        .param("d", document)
                        .param("n", version)
                        .query(String.class)
                        .list());
    }

    private String source(long document, int version) {
        return jdbc.sql("select source_markdown from document_version where document_id = :d and number = :n")
                .param("d", document)
                .param("n", version)
                .query(String.class)
                .single();
    }

    private String state(long document, int version) {
        return jdbc.sql("select state from document_version where document_id = :d and number = :n")
                .param("d", document)
                .param("n", version)
                .query(String.class)
                .single();
    }

    private int documents() {
        return jdbc.sql("select count(*) from document where process_id = :p")
                .param("p", processId)
                .query(Integer.class)
                .single();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
        return request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"));
    }

    private MockHttpServletResponse as(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private String account(String kind) {
        String email = kind + "-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, nickname, password_hash) values (:e, :n, '{noop}x')")
                .param("e", email)
                .param("n", kind + " " + UUID.randomUUID().toString().substring(0, 8))
                .update();
        return email;
    }
}
