package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.percorsi.documents.DocumentSteps.admin;
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
import org.percorsi.processes.ProcessForms;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

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
    ApplicationContext context;

    DocumentSteps steps;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    long phaseId;
    String slug;
    String admin;

    @BeforeEach
    void aPublishedPublicProcess() {
        steps = new DocumentSteps(context);
        processId = steps.startProcess("Documenti " + run, ProcessForms.openPhase());
        phaseId = steps.phase();
        slug = steps.slug();
        admin = steps.admin();
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
        steps.openConsultation(document, 1, "PUBLIC");
        UUID evening = steps.key(document, 1, "frequentate");
        UUID benches = steps.key(document, 1, "panchine");
        UUID list = steps.key(document, 1, "fontanella");

        assertThat(steps.as(admin(post(admin + "/" + document + "/versions"))).getStatus())
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
        steps.openConsultation(document, 2, "PUBLIC");
        steps.as(admin(post(admin + "/" + document + "/versions")));
        write(document, 3, """
                # Il quartiere oggi

                Mancano panchine all'ombra vicino alla scuola media.

                Le piazze del quartiere restano poco frequentate la sera e nei giorni festivi.

                ## Che cosa chiedono gli abitanti

                - più alberi
                - una fontanella
                - un campo da basket
                """);

        assertThat(steps.key(document, 2, "frequentate")).isEqualTo(evening);
        assertThat(steps.key(document, 3, "frequentate"))
                .as("edited twice, and moved")
                .isEqualTo(evening);
        assertThat(steps.key(document, 2, "panchine")).isEqualTo(benches);
        assertThat(steps.key(document, 3, "panchine"))
                .as("moved before and edited")
                .isEqualTo(benches);
        assertThat(steps.key(document, 3, "basket"))
                .as("a list with one more item")
                .isEqualTo(list);
        assertThat(steps.key(document, 2, "giardini")).isNotIn(evening, benches, list);
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
        steps.openConsultation(document, 1, "PUBLIC");

        var refused = steps.as(admin(multipart(admin + "/" + document + "/text")
                .param("version", "1")
                .param("markdown", "Testo cambiato dopo l'apertura " + run)));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("La versione 1 non è più una bozza: il suo testo non si può modificare.");
        assertThat(steps.text(document, 1)).contains("frequentate").doesNotContain("Testo cambiato");
        assertThat(steps.source(document, 1)).isEqualTo(V1.strip());

        var english = steps.as(admin(multipart(admin + "/" + document + "/text")
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
        assertThat(steps.text(document, 1)).contains("frequentate");
    }

    @Test
    void aReservedVersionDoesNotExistForOutsidersAndIsShownToAMember() throws Exception {
        long document = create("Tavolo riservato " + run);
        write(document, 1, "# Segreto\n\nIl testo riservato del tavolo " + run + ".");
        steps.openConsultation(document, 1, "RESERVED");
        String outsider = steps.account("esterno");
        String member = steps.account("membro");
        jdbc.sql(
                        "insert into process_role (process_id, account_id, role) select :p, id, 'MEMBER' from account where email = :e")
                .param("p", processId)
                .param("e", member)
                .update();

        for (String path : List.of("/documents/" + document, "/documents/" + document + "/versions/1")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as("anonymous " + path)
                    .isEqualTo(404);
            assertThat(steps.as(get(path).with(user(outsider).roles("PARTICIPANT")))
                            .getStatus())
                    .as("outsider " + path)
                    .isEqualTo(404);
        }
        assertThat(steps.as(get("/processes/" + slug).with(user(outsider).roles("PARTICIPANT")))
                        .getContentAsString())
                .doesNotContain("Tavolo riservato " + run);
        assertThat(mvc.perform(get("/processes/" + slug))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Tavolo riservato " + run);

        var seen = steps.as(get("/documents/" + document).with(user(member).roles("PARTICIPANT")));
        assertThat(seen.getStatus()).isEqualTo(200);
        assertThat(seen.getContentAsString()).contains("Il testo riservato del tavolo " + run);
        assertThat(steps.as(get("/processes/" + slug).with(user(member).roles("PARTICIPANT")))
                        .getContentAsString())
                .contains("Tavolo riservato " + run, "/documents/" + document);

        // version 2 goes public: outsiders see it, and still not version 1
        steps.as(admin(post(admin + "/" + document + "/versions")));
        write(document, 2, "# Pubblico\n\nIl testo pubblico del tavolo " + run + ".");
        steps.openConsultation(document, 2, "PUBLIC");
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
        steps.openConsultation(document, 1, "PUBLIC");
        steps.as(admin(post(admin + "/" + document + "/versions")));
        write(document, 2, "# Piazze\n\nLe piazze sono deserte la sera.\n\nPoi parliamo delle fontane.");
        steps.openConsultation(document, 2, "PUBLIC");

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
        UUID deserted = steps.key(document, 2, "deserte");
        assertThat(version.getContentAsString())
                .as("each paragraph has an anchor from its key, headings a table of contents")
                .contains(
                        "id=\"b-" + deserted + "\"", "Indice", "href=\"#b-" + steps.key(document, 2, "Piazze") + "\"");
    }

    @Test
    void badInputIsRefusedWithAMessageAndSavesNothing() throws Exception {
        var noTitle = steps.as(admin(post(admin).param("title", "  ").param("kind", "OTHER")));
        assertThat(noTitle.getStatus()).isEqualTo(422);
        assertThat(noTitle.getContentAsString()).contains("Campo obbligatorio.");
        assertThat(documents()).isZero();

        long document = create("Input " + run);
        var tooLong = steps.as(admin(multipart(admin + "/" + document + "/text")
                .param("version", "1")
                .param("markdown", "a".repeat(1_000_001))));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("Al massimo 1.000.000 caratteri.");
        assertThat(steps.source(document, 1)).isEmpty();

        var notMarkdown = steps.as(admin(multipart(admin + "/" + document + "/text")
                .file(new MockMultipartFile("file", "relazione.pdf", "application/octet-stream", new byte[] {1, 2, 3}))
                .param("version", "1")));
        assertThat(notMarkdown.getStatus()).isEqualTo(422);
        assertThat(notMarkdown.getContentAsString()).contains("Il file non è un file Markdown");

        var uploaded = steps.as(admin(multipart(admin + "/" + document + "/text")
                .file(new MockMultipartFile(
                        "file", "testo.md", "text/markdown", "# Da file\n\nCaricato.".getBytes(StandardCharsets.UTF_8)))
                .param("version", "1")));
        assertThat(uploaded.getStatus()).isEqualTo(302);
        assertThat(steps.text(document, 1)).contains("Caricato.");

        var reversed = steps.as(admin(post(admin + "/" + document + "/consultation")
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

        String outsider = steps.account("intruso");
        assertThat(steps.as(post(admin)
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

        var notOpen = steps.as(admin(post(base + "/close").param("version", "1")));
        assertThat(notOpen.getStatus()).isEqualTo(422);
        assertThat(notOpen.getContentAsString()).contains("La versione 1 non è in consultazione.");
        steps.openConsultation(document, 1, "PUBLIC");
        var notClosed = steps.as(admin(post(base + "/approve")
                .param("version", "1")
                .param("approvedBy", "Giunta comunale")
                .param("approvedOn", TODAY.toString())
                .param("act", "Delibera 1")));
        assertThat(notClosed.getStatus()).isEqualTo(422);
        assertThat(notClosed.getContentAsString())
                .contains("La versione 1 si può approvare solo dopo aver chiuso la consultazione.");
        assertThat(steps.as(admin(post(base + "/close").param("version", "1"))).getStatus())
                .isEqualTo(302);
        var noAct = steps.as(admin(post(base + "/approve")
                .param("version", "1")
                .param("approvedBy", "Giunta comunale")
                .param("approvedOn", TODAY.toString())
                .param("act", " ")));
        assertThat(noAct.getStatus()).isEqualTo(422);
        assertThat(noAct.getContentAsString()).contains("Campo obbligatorio.");
        assertThat(steps.state(document, 1)).isEqualTo("CLOSED");

        assertThat(steps.as(admin(post(base + "/approve")
                                .param("version", "1")
                                .param("approvedBy", "Giunta comunale")
                                .param("approvedOn", TODAY.toString())
                                .param("act", "Delibera di Giunta n. 245/2026")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.state(document, 1)).isEqualTo("FINAL");
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
        steps.openConsultation(document, 1, "PUBLIC");
        String outsider = steps.account("esterno");
        assertThat(steps.as(get("/documents/" + document).with(user(outsider).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(200);
        // the phase reserved afterwards (signed in: no page shared from the visitors' cache)
        jdbc.sql("update phase set reserved = true where id = :ph")
                .param("ph", phaseId)
                .update();
        assertThat(steps.as(get("/documents/" + document).with(user(outsider).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(404);
        assertThat(steps.as(get("/processes/" + slug).with(user(outsider).roles("PARTICIPANT")))
                        .getContentAsString())
                .doesNotContain("Fase riservata " + run);
    }

    /** A theme document in the process's phase. */
    private long create(String title) throws Exception {
        return steps.createInPhase(title, phaseId);
    }

    /** Saves a draft's text, with "Versione N" as what changed. */
    private void write(long document, int version, String markdown) throws Exception {
        steps.write(document, version, markdown, "Versione " + version);
    }

    private int documents() {
        return jdbc.sql("select count(*) from document where process_id = :p")
                .param("p", processId)
                .query(Integer.class)
                .single();
    }
}
