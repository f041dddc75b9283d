package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.documents.OfficeFiles.item;
import static org.percorsi.documents.OfficeFiles.paragraph;
import static org.percorsi.support.AdminRequests.admin;
import static org.percorsi.support.AdminRequests.send;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A draft imported from a Word or OpenDocument file built here (headings by localized style ids and outline
 * levels, paragraphs with bold and links, lists, a table), and refused with a message, saving nothing, when the
 * file is damaged, is not what its name says, is too large or unpacks to too much; a 200-page file; a version
 * exported as a tagged PDF whose text is the version's, and as .docx and .odt that import back to the same
 * text; a reserved version's files do not exist for outsiders.
 */
class DocumentFormatsTest extends IntegrationTest {

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

    @LocalServerPort
    int port;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    String admin;

    @BeforeEach
    void aPublishedPublicProcess() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Formati " + run));
            addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING,
                            "Apertura",
                            "",
                            DocumentPagesTest.TODAY.minusDays(5),
                            DocumentPagesTest.TODAY.plusDays(40),
                            "",
                            "",
                            false));
            publish.handle(processId);
        });
        admin = "/admin/processes/" + processId + "/documents";
    }

    static final String WORD_BODY = paragraph("Titolo1", "Il quartiere oggi")
            + "<w:p><w:r><w:t xml:space=\"preserve\">Le piazze sono </w:t></w:r>"
            + "<w:r><w:rPr><w:b/></w:rPr><w:t>poco frequentate</w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> la sera: vedi </w:t></w:r>"
            + "<w:hyperlink r:id=\"rId9\"><w:r><w:t>il sito del Comune</w:t></w:r></w:hyperlink>"
            + "<w:del><w:r><w:delText>testo cancellato</w:delText></w:r></w:del></w:p>"
            + paragraph(null, "Un &lt;script&gt; resta testo &amp; basta.")
            + paragraph("Capitolo", "Che cosa chiedono gli abitanti")
            + item(1, "più alberi")
            + item(1, "una fontanella")
            + paragraph("Titolo2", "I primi passi")
            + item(2, "ascoltare i residenti")
            + item(2, "scrivere il rapporto")
            + OfficeFiles.table(new String[] {"Tema", "Proposte"}, new String[] {"Verde", "12"}, new String[] {
                "Strade | piazze", "7"
            });

    @Test
    void aWordDocumentBecomesHeadingsParagraphsListsAndATable() throws Exception {
        long document = create("Word " + run);
        var saved = upload(document, 1, "rapporto.docx", OfficeFiles.docx(WORD_BODY));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);

        assertThat(headings(document, 1))
                .containsExactly("1 Il quartiere oggi", "2 Che cosa chiedono gli abitanti", "2 I primi passi");
        List<String> html = html(document, 1);
        assertThat(html)
                .contains(
                        "<p>Le piazze sono <strong>poco frequentate</strong> la sera: vedi "
                                + "<a href=\"https://www.comune.prato.it/partecipazione\" rel=\"nofollow\">il sito del Comune</a></p>",
                        "<ul><li>più alberi</li><li>una fontanella</li></ul>",
                        "<ol><li>ascoltare i residenti</li><li>scrivere il rapporto</li></ol>");
        assertThat(String.join("", html))
                .contains("Un &lt;script&gt; resta testo &amp; basta.")
                .doesNotContain("<script", "testo cancellato");
        String table =
                html.stream().filter(h -> h.startsWith("<table")).findFirst().orElseThrow();
        assertThat(table)
                .contains("<thead><tr><th scope=\"col\">Tema</th><th scope=\"col\">Proposte</th></tr></thead>")
                .contains("<tr><td>Verde</td><td>12</td></tr>")
                .contains("<td>Strade | piazze</td>");

        openConsultation(document, 1, "PUBLIC");
        String page = mvc.perform(get("/documents/" + document))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .as("the table on the public page, and the downloads")
                .contains("<th scope=\"col\">Tema</th>", "/documents/" + document + "/versions/1.pdf")
                .contains("/versions/1.odt", "/versions/1.docx", "PDF accessibile");
    }

    @Test
    void anOpenDocumentTextBecomesTheSame() throws Exception {
        long document = create("Odt " + run);
        byte[] odt = OfficeFiles.odt("""
                <text:h text:outline-level="1">Il quartiere oggi</text:h>
                <text:p>Le piazze sono <text:span text:style-name="T1">poco frequentate</text:span>\
                <text:s text:c="2"/>la sera: vedi <text:a xlink:href="https://www.comune.prato.it/">il sito</text:a>.\
                <text:note><text:note-body><text:p>Una nota a piè di pagina</text:p></text:note-body></text:note></text:p>
                <text:p text:style-name="P1">Che cosa chiedono gli abitanti</text:p>
                <text:list text:style-name="L1"><text:list-item><text:p>più alberi</text:p></text:list-item>
                <text:list-item><text:p>una fontanella</text:p></text:list-item></text:list>
                <text:list text:style-name="L2"><text:list-item><text:p>ascoltare</text:p></text:list-item>
                <text:list-item><text:p>scrivere</text:p></text:list-item></text:list>
                <table:table table:name="T"><table:table-column table:number-columns-repeated="2"/>
                <table:table-header-rows><table:table-row><table:table-cell><text:p>Tema</text:p></table:table-cell>
                <table:table-cell><text:p>Proposte</text:p></table:table-cell></table:table-row></table:table-header-rows>
                <table:table-row><table:table-cell><text:p>Verde</text:p></table:table-cell>
                <table:table-cell><text:p>12</text:p></table:table-cell></table:table-row></table:table>
                """);
        var saved = upload(document, 1, "rapporto.odt", odt);
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);

        assertThat(headings(document, 1)).containsExactly("1 Il quartiere oggi", "2 Che cosa chiedono gli abitanti");
        List<String> html = html(document, 1);
        assertThat(html)
                .contains(
                        "<p>Le piazze sono <strong>poco frequentate</strong> la sera: vedi "
                                + "<a href=\"https://www.comune.prato.it/\" rel=\"nofollow\">il sito</a>.</p>",
                        "<ul><li>più alberi</li><li>una fontanella</li></ul>",
                        "<ol><li>ascoltare</li><li>scrivere</li></ol>");
        assertThat(String.join("", html))
                .contains("<th scope=\"col\">Tema</th>", "<td>Verde</td><td>12</td>")
                .doesNotContain("nota a piè");
    }

    @Test
    void aFileThatCannotBeReadOrIsNotWhatItsNameSaysIsRefusedAndSavesNothing() throws Exception {
        long document = create("Rifiuti " + run);
        byte[] odt = OfficeFiles.odt("<text:p>Un testo</text:p>");
        byte[] docx = OfficeFiles.docx(paragraph(null, "Un testo"));
        byte[] damaged = new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        var withoutBody = new LinkedHashMap<String, String>();
        withoutBody.put("[Content_Types].xml", OfficeFiles.contentTypes());
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("rotto.docx", "Il file è danneggiato o incompleto e non si può leggere");
        refusals.put("senza-testo.docx", "Il file è danneggiato o incompleto e non si può leggere");
        refusals.put("in-realta-odt.docx", "Il file non è un documento Word (.docx), anche se il suo nome lo dice");
        refusals.put(
                "in-realta-docx.odt", "Il file non è un documento OpenDocument (.odt), anche se il suo nome lo dice");
        refusals.put("in-realta-pdf.docx", "Il file non è un documento Word (.docx)");
        refusals.put("bomba.docx", "Il file, una volta decompresso, supera 200 MB: non viene letto.");
        Map<String, byte[]> files = Map.of(
                "rotto.docx",
                damaged,
                "senza-testo.docx",
                OfficeFiles.zip(withoutBody),
                "in-realta-odt.docx",
                odt,
                "in-realta-docx.odt",
                docx,
                "in-realta-pdf.docx",
                "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1),
                "bomba.docx",
                zipBomb());
        for (var refusal : refusals.entrySet()) {
            var refused = upload(document, 1, refusal.getKey(), files.get(refusal.getKey()));
            assertThat(refused.getStatus()).as(refusal.getKey()).isEqualTo(422);
            assertThat(refused.getContentAsString()).as(refusal.getKey()).contains(refusal.getValue());
            assertThat(source(document)).as(refusal.getKey() + " saves nothing").isEmpty();
            assertThat(html(document, 1))
                    .as(refusal.getKey() + " saves nothing")
                    .isEmpty();
        }
        var english = send(
                mvc,
                admin(multipart(admin + "/" + document + "/text")
                        .file(new MockMultipartFile("file", "rotto.odt", "application/octet-stream", damaged))
                        .param("version", "1")
                        .param("lang", "en")));
        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentAsString()).contains("The file is damaged or incomplete and cannot be read");
    }

    @Test
    void aFileOverTheConfiguredSizeReachesTheFormAndIsRefusedWithAMessage() {
        long document;
        try {
            document = create("Grande " + run);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        var editor = new HttpVisitor(port).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        String page = admin + "/" + document;
        String csrf = HttpVisitor.csrfOf(editor.get(page).body());
        byte[] large = new byte[21 * 1024 * 1024];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, large, 0, 4);
        var refused = editor.postMultipart(page + "/text", csrf, Map.of("version", "1"), "file", "grande.docx", large);
        assertThat(refused.statusCode()).as("on the form, not an error page").isEqualTo(422);
        assertThat(refused.body()).contains("Il file è troppo grande: al massimo 20 MB.", "id=\"file-error\"");
        assertThat(source(document)).isEmpty();
    }

    @Test
    void aTwoHundredPageWordDocumentImports() throws Exception {
        long document = create("Lungo " + run);
        StringBuilder body = new StringBuilder();
        int paragraphs = 0;
        for (int chapter = 1; chapter <= 200; chapter++) {
            body.append(paragraph("Titolo1", "Capitolo " + chapter));
            for (int p = 1; p <= 20; p++) {
                body.append(paragraph(
                        null,
                        "Paragrafo " + chapter + "." + p + ": le piazze del quartiere sono poco frequentate la sera."));
                paragraphs++;
            }
        }
        byte[] docx = OfficeFiles.docx(body.toString());
        long start = System.nanoTime();
        var saved = upload(document, 1, "lungo.docx", docx);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        System.out.printf(
                "[formats] a 200-page .docx (%d paragraphs, %d KB) imported in %d ms%n",
                paragraphs, docx.length / 1024, millis);
        assertThat(html(document, 1)).hasSize(200 + paragraphs);
    }

    static final String TEXT = """
            # Il quartiere oggi

            Le piazze sono **poco frequentate** la sera: vedi [il sito](https://www.comune.prato.it/).

            ## Che cosa chiedono gli abitanti

            - più alberi
            - una fontanella

            1. ascoltare i residenti
            2. scrivere il rapporto

            | Tema | Proposte |
            | --- | --- |
            | Verde | 12 |
            | Strade | 7 |

            ### Le prossime tappe

            Città, perché e più: caratteri accentati restano testo.
            """;

    @Test
    void aVersionExportsAsATaggedPdfWithItsText() throws Exception {
        long document = create("Esportazione " + run);
        write(document, TEXT);
        openConsultation(document, 1, "PUBLIC");

        var answer = mvc.perform(get("/documents/" + document + "/versions/1.pdf"))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentType()).isEqualTo("application/pdf");
        assertThat(answer.getHeader("Content-Disposition")).contains("attachment", ".pdf");
        try (PDDocument pdf = Loader.loadPDF(answer.getContentAsByteArray())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            for (String plain : plains(document)) {
                for (String line : plain.split("\n")) {
                    assertThat(text).as("the PDF's text").contains(line.replaceAll("\\s+", " "));
                }
            }
            assertThat(text).contains("Esportazione " + run, "Versione 1");
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo Marked").isTrue();
            assertThat(catalog.getLanguage()).as("language").isEqualTo("it");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Esportazione " + run);
            List<String> structure = new ArrayList<>();
            structureTypes(catalog.getStructureTreeRoot(), structure);
            assertThat(structure)
                    .as("headings, lists and table as structure")
                    .contains("H1", "H2", "H3", "H4", "L", "LI", "Table", "TH", "TD");
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded())
                            .as("font " + name + " embedded")
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aVersionExportedAsWordAndOpenDocumentImportsBackToTheSameText() throws Exception {
        long document = create("Andata " + run);
        write(document, TEXT);
        openConsultation(document, 1, "PUBLIC");
        List<String> headings = headings(document, 1);
        List<String> plains = plains(document);

        for (String format : List.of("docx", "odt")) {
            var file = mvc.perform(get("/documents/" + document + "/versions/1." + format))
                    .andReturn()
                    .getResponse();
            assertThat(file.getStatus()).isEqualTo(200);
            long back = create("Ritorno " + format + " " + run);
            var saved = upload(back, 1, "ritorno." + format, file.getContentAsByteArray());
            assertThat(saved.getStatus())
                    .as(format + ": " + saved.getContentAsString())
                    .isEqualTo(302);
            assertThat(headings(back, 1)).as(format + " headings").isEqualTo(headings);
            assertThat(plains(back))
                    .as(format + " texts, after the title and the version line")
                    .containsSequence(plains);
            assertThat(String.join("", html(back, 1)))
                    .as(format + " keeps the formatting")
                    .contains("<strong>poco frequentate</strong>", "<th scope=\"col\">Tema</th>", "<ol>", "<ul>")
                    .contains("<a href=\"https://www.comune.prato.it/\"");
        }
    }

    @Test
    void aReservedVersionsFilesDoNotExistForOutsiders() throws Exception {
        long document = create("Riservato " + run);
        write(document, "# Segreto\n\nIl testo riservato " + run + ".");
        openConsultation(document, 1, "RESERVED");
        String outsider = account("esterno");
        String member = account("membro");
        jdbc.sql("insert into process_role (process_id, account_id, role) "
                        + "select :p, id, 'MEMBER' from account where email = :e")
                .param("p", processId)
                .param("e", member)
                .update();
        for (String format : List.of("pdf", "odt", "docx")) {
            String path = "/documents/" + document + "/versions/1." + format;
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus())
                    .as("anonymous " + format)
                    .isEqualTo(404);
            assertThat(send(mvc, get(path).with(user(outsider).roles("PARTICIPANT")))
                            .getStatus())
                    .as("outsider " + format)
                    .isEqualTo(404);
            var seen = send(mvc, get(path).with(user(member).roles("PARTICIPANT")));
            assertThat(seen.getStatus()).as("member " + format).isEqualTo(200);
            assertThat(seen.getHeader("Cache-Control")).contains("no-store");
        }
        assertThat(mvc.perform(get("/documents/" + document + "/versions/2.pdf"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** A Word document of a few hundred KB whose body unpacks to 250 MB of blanks. */
    private static byte[] zipBomb() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(OfficeFiles.contentTypes().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document " + OfficeFiles.W + "><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 250; i++) {
                zip.write(blanks);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static void structureTypes(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                structureTypes(element, types);
            }
        }
    }

    private long create(String title) throws Exception {
        var created = send(mvc, admin(post(admin).param("title", title).param("kind", "THEME_DOCUMENT")));
        assertThat(created.getStatus()).isEqualTo(302);
        return Long.parseLong(
                created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1));
    }

    private MockHttpServletResponse upload(long document, int version, String name, byte[] content) throws Exception {
        return send(
                mvc,
                admin(multipart(admin + "/" + document + "/text")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("version", String.valueOf(version))));
    }

    private void write(long document, String markdown) throws Exception {
        var saved = send(
                mvc,
                admin(multipart(admin + "/" + document + "/text")
                        .param("version", "1")
                        .param("markdown", markdown)));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
    }

    private void openConsultation(long document, int version, String visibility) throws Exception {
        var opened = send(
                mvc,
                admin(post(admin + "/" + document + "/consultation")
                        .param("version", String.valueOf(version))
                        .param("from", DocumentPagesTest.TODAY.toString())
                        .param("to", DocumentPagesTest.TODAY.plusDays(20).toString())
                        .param("visibility", visibility)));
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(302);
    }

    private List<String> headings(long document, int version) {
        return jdbc.sql("""
                select b.level || ' ' || b.plain from document_block b join document_version v on v.id = b.version_id
                where v.document_id = :d and v.number = :n and b.kind = 'HEADING' order by b.position""")
                .param("d", document)
                .param("n", version)
                .query(String.class)
                .list();
    }

    private List<String> html(long document, int version) {
        return jdbc.sql("""
                select b.html from document_block b join document_version v on v.id = b.version_id
                where v.document_id = :d and v.number = :n order by b.position""")
                .param("d", document)
                .param("n", version)
                .query(String.class)
                .list();
    }

    private List<String> plains(long document) {
        return jdbc.sql("""
                select b.plain from document_block b join document_version v on v.id = b.version_id
                where v.document_id = :d and v.number = 1 order by b.position""").param("d", document).query(String.class).list();
    }

    private String source(long document) {
        return jdbc.sql("select source_markdown from document_version where document_id = :d and number = 1")
                .param("d", document)
                .query(String.class)
                .single();
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
