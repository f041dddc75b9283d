package org.percorsi.documents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.documents.OfficeFiles.paragraph;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.percorsi.documents.usecases.AddFinalItem;
import org.percorsi.documents.usecases.ConsultationForm;
import org.percorsi.documents.usecases.CreateDocument;
import org.percorsi.documents.usecases.DocumentForm;
import org.percorsi.documents.usecases.DraftForm;
import org.percorsi.documents.usecases.ItemForm;
import org.percorsi.documents.usecases.OpenConsultation;
import org.percorsi.documents.usecases.WriteDraft;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.BrowserVisit;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, a theme document's consultation from the Word file to the final document's answers: the
 * process's manager imports a .docx and opens version 1 to the reserved area; a stakeholder of the area comments
 * on a passage she selects and proposes an amendment to another paragraph; the manager accepts it into version 2
 * and opens that to the public. The stakeholder compares versions 1 and 2: the changed words are marked (with
 * words for screen readers, not colour alone) and credited to her nickname. A visitor may not compare them, since
 * version 1 is reserved and to anyone outside the area does not exist (the product's rule, kept): the visitor
 * reads version 2 with the same credit, downloads its PDF, whose extracted text is the version's headings and
 * paragraphs in order, and follows an item of the process's final document to its proposal and the
 * municipality's answer. Every page of the story passes axe-core and the Nu checker.
 */
class ConsultationFlowBrowserTest extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    static final String HEADING = "Il verde del quartiere";
    static final String FLOWERBEDS = "Le aiuole del quartiere sono poco curate in estate e i residenti chiedono aiuto.";
    static final String TREES = "Mancano alberi lungo il viale della stazione.";
    static final String AMENDED_TREES = "Servono venti alberi lungo il viale della stazione, con panchine ombreggiate.";
    static final String SUBHEADING = "Chi se ne occupa";
    static final String ASSOCIATIONS = "Il Comune coordina le associazioni di quartiere e le scuole.";

    @Autowired
    ApplicationContext context;

    @Autowired
    AssignRole assignRole;

    @Autowired
    SubmitProposal submit;

    @Autowired
    AnswerProposal answer;

    @Autowired
    CreateDocument createDocument;

    @Autowired
    WriteDraft writeDraft;

    @Autowired
    AddFinalItem addItem;

    @Autowired
    OpenConsultation openConsultation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aThemeDocumentGoesFromAWordFileThroughTheConsultationToThePublicAndTheFinalDocumentsAnswers()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String processTitle = "Verde di quartiere " + run;
        String editor = italianAccount("ufficio-" + run, "Ufficio partecipazione " + run);
        String stakeholder = italianAccount("portatrice-" + run, "Portatrice " + run);
        String stakeholderNickname = "Portatrice " + run;
        long processId =
                new DocumentSteps(context).publishedProcess(processTitle, DocumentSteps.openPhase("Tavoli tematici"));
        TestAccounts.asAdmin(() -> {
            assignRole.handle(processId, new RoleForm(editor, ProcessRole.MANAGER));
            assignRole.handle(processId, new RoleForm(stakeholder, ProcessRole.MEMBER));
        });
        String proposalTitle = "Alberi nei cortili delle scuole " + run;
        String motivation = "Alberi in tre cortili su cinque nel 2027 " + run;
        long finalDocument = finalDocumentWithAnAnsweredItem(processId, run, proposalTitle, motivation);

        // the manager imports the theme document from a Word file and opens version 1 to the reserved area
        page = Browser.newPage("it-IT");
        signIn(editor);
        page.navigate(url("/admin/processes/" + processId + "/documents"));
        assertAccessibleAndValid(page, "documents of a process (back office)");
        String title = "Documento sul verde " + run;
        page.getByLabel("Titolo").fill(title);
        page.locator("#kind").selectOption("THEME_DOCUMENT");
        send(button("Crea il documento"));
        assertThat(page.locator("h1")).hasText(title);
        assertAccessibleAndValid(page, "the import form of a new document's draft");
        long document = Long.parseLong(page.url().replaceAll(".*/documents/(\\d+).*", "$1"));
        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "tema-verde.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        OfficeFiles.docx(paragraph("Titolo1", HEADING)
                                + paragraph(null, FLOWERBEDS)
                                + paragraph(null, TREES)
                                + paragraph("Titolo2", SUBHEADING)
                                + paragraph(null, ASSOCIATIONS))));
        send(button("Salva il testo"));
        assertThat(page.locator("main")).containsText("Testo della bozza salvato.");
        assertThat(page.locator("#markdown")).hasValue(Pattern.compile("# " + HEADING + ".*" + TREES, Pattern.DOTALL));
        assertAccessibleAndValid(page, "a draft imported from a Word file (back office)");
        page.locator("label[for=visibility]").click();
        assertThat(page.locator("#visibility")).isChecked();
        assertThat(page.locator("#from")).hasValue(TODAY.toString());
        send(button("Apri la consultazione"));
        assertThat(page.locator("main table")).containsText("In consultazione · Riservata all’area riservata");
        signOutAndWait();

        // a stakeholder comments on a passage she selects and proposes an amendment to another paragraph
        signIn(stakeholder);
        page.navigate(url("/documents/" + document));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main")).containsText("Area riservata");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(HEADING).setLevel(2)))
                .isVisible();
        assertAccessibleAndValid(page, "a reserved version, for a member of the area");
        tallyLinkOf(FLOWERBEDS).click();
        assertThat(page.locator("#paragraph-text")).hasText(FLOWERBEDS);
        assertAccessibleAndValid(page, "a paragraph in consultation");
        page.getByLabel("Il tuo commento").fill("Quali aiuole? Quelle del parco sono curate.");
        select("poco curate in estate");
        assertThat(page.locator("#annotation-passage")).hasText("Sul passaggio: “poco curate in estate”");
        assertThat(page.locator("#annotation-quote")).hasValue("poco curate in estate");
        assertThat(page.locator("#annotation-start")).hasValue(String.valueOf(FLOWERBEDS.indexOf("poco curate")));
        send(button("Pubblica il commento"));
        assertThat(page.locator("main")).containsText("Commento pubblicato.");
        Locator comment = page.locator("article[id^=comment-]");
        assertThat(comment).containsText(stakeholderNickname);
        assertThat(comment).containsText("Sul passaggio: poco curate in estate");
        assertThat(comment).containsText("Quali aiuole? Quelle del parco sono curate.");
        assertAccessibleAndValid(page, "a paragraph with a comment on a passage");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Torna al paragrafo nella versione 1"))
                .click();
        tallyLinkOf(TREES).click();
        assertThat(page.locator("#paragraph-text")).hasText(TREES);
        page.getByLabel("Testo proposto").fill(AMENDED_TREES);
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Motivazione").setExact(true))
                .fill("Gli alberi senza panchine non bastano a chi aspetta il treno.");
        send(button("Invia l’emendamento"));
        assertThat(page.locator("main")).containsText("Emendamento inviato");
        Locator amendment = page.locator("article[id^=amendment-]");
        assertThat(amendment).containsText(AMENDED_TREES);
        assertThat(amendment).containsText("In attesa di risposta");
        assertAccessibleAndValid(page, "a paragraph with an amendment");
        signOutAndWait();

        // the manager accepts the amendment into version 2 and opens version 2 to the public
        signIn(editor);
        page.navigate(url("/admin/processes/" + processId + "/documents/" + document));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Resoconto della consultazione (commenti ed emendamenti)"))
                .click();
        assertThat(page.locator("main")).containsText("Quali aiuole?");
        assertAccessibleAndValid(page, "the consultation report (back office)");
        Locator proposed = page.locator("article[id^=amendment-]", new Page.LocatorOptions().setHasText(AMENDED_TREES));
        proposed.locator("label", new Locator.LocatorOptions().setHasText("Accogli"))
                .click();
        assertThat(proposed.locator("input[value=ACCEPTED]")).isChecked();
        send(proposed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registra la risposta")));
        assertThat(page.locator("main")).containsText("Risposta all’emendamento registrata.");
        assertThat(proposed).containsText("Accolto nella versione 2.");
        page.navigate(url("/admin/processes/" + processId + "/documents/" + document));
        assertThat(page.locator("#markdown")).hasValue(Pattern.compile(AMENDED_TREES));
        page.locator("label[for=visibility-public]").click();
        assertThat(page.locator("#visibility-public")).isChecked();
        send(button("Apri la consultazione"));
        assertThat(page.locator("main table")).containsText("In consultazione · Pubblica");
        assertAccessibleAndValid(page, "a document with a reserved and a public version (back office)");
        signOutAndWait();

        // the stakeholder, who may read both versions, compares them: the change and who proposed it
        signIn(stakeholder);
        page.navigate(url("/documents/" + document));
        assertThat(page.locator("main")).containsText(AMENDED_TREES);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Confronta le versioni"))
                .click();
        assertThat(page.locator("main .lead")).containsText("dalla versione 1 alla versione 2");
        Locator changed = page.locator("li.percorsi-diff-changed");
        assertThat(changed).hasCount(1);
        assertThat(changed).containsText("Modificato");
        assertThat(changed.locator("ins").first()).containsText("Servono venti");
        assertThat(changed.locator("del").first()).containsText("Mancano");
        assertThat(changed).containsText("[inizio testo aggiunto]");
        assertThat(changed).containsText("[inizio testo eliminato]");
        assertThat(changed.locator(".percorsi-credit")).hasText("Proposto da " + stakeholderNickname);
        assertAccessibleAndValid(page, "comparison of a reserved and a public version, with the credit");
        changed.locator(".percorsi-credit a").click();
        assertThat(page.locator("#paragraph-text")).hasText(TREES);
        assertThat(page.locator("article[id^=amendment-]")).containsText("Accolto nella versione 2.");
        signOutAndWait();

        // ... and a visitor, for whom version 1 does not exist, reads version 2 with the same credit
        page.navigate(url("/documents/" + document));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main")).containsText(AMENDED_TREES);
        assertThat(page.locator("main")).not().containsText(TREES);
        assertThat(page.locator("main")).containsText("Proposto da " + stakeholderNickname);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Confronta le versioni")))
                .hasCount(0);
        assertAccessibleAndValid(page, "a public version with an accepted amendment");

        // the PDF of version 2, downloaded by the visitor: its text is the version's, in order
        var download = page.waitForDownload(
                () -> page.locator("a[href$='/versions/2.pdf']").click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int at = -1;
            for (String expected : List.of(HEADING, FLOWERBEDS, AMENDED_TREES, SUBHEADING, ASSOCIATIONS)) {
                int found = text.indexOf(expected, at + 1);
                assertThat(found)
                        .as("\"%s\" after position %d in the PDF's text:\n%s", expected, at, text)
                        .isGreaterThan(at);
                at = found;
            }
            assertThat(text).doesNotContain(TREES);
        }

        page.navigate(url("/documents/" + document + "/compare?from=1&to=2"));
        assertThat(page.locator("h1")).hasText("Pagina non trovata");

        // the visitor follows an item of the final document to its proposal and the municipality's answer
        page.navigate(url("/processes/"
                + jdbc.sql("select slug from process_summary where id = :id")
                        .param("id", processId)
                        .query(String.class)
                        .single()));
        assertThat(page.locator("h1")).hasText(processTitle);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Documento finale " + run))
                .click();
        assertThat(page).hasURL(url("/documents/" + finalDocument));
        Locator item = page.locator("li[id^=item-]");
        assertThat(item).containsText("Punto 1");
        assertThat(item).containsText("Accolta in parte");
        assertAccessibleAndValid(page, "a final document with an answered item");
        item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(proposalTitle))
                .click();
        assertThat(page.locator("h1")).hasText(proposalTitle);
        assertThat(page.locator("main")).containsText("Accolta in parte");
        assertThat(page.locator("main")).containsText(motivation);
        assertAccessibleAndValid(page, "a proposal with the municipality's answer");
    }

    /** A participant's answered proposal, put forward as the only item of the process's final document. */
    private long finalDocumentWithAnAnsweredItem(long processId, String run, String proposalTitle, String motivation) {
        String author = TestAccounts.newParticipant(jdbc, "autrice-", "Autrice " + run);
        long proposal = TestAccounts.asParticipant(
                author,
                () -> submit.handle(
                        processId,
                        new ProposalForm(
                                ProposalKind.IDEA,
                                proposalTitle,
                                "Ombra per chi gioca nelle ore calde.",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
        return TestAccounts.asAdministrator(() -> {
            answer.handle(proposal, AnswerForm.of(ProposalState.PARTLY_ACCEPTED, motivation));
            long id = createDocument.handle(
                    processId, new DocumentForm(DocumentKind.FINAL_DOCUMENT, "Documento finale " + run, null, null));
            writeDraft.handle(
                    processId,
                    id,
                    new DraftForm(1, "# Le azioni prioritarie\n\nIl documento raccoglie le proposte.", null, ""));
            addItem.handle(processId, id, new ItemForm(1, proposal, null, "", null));
            openConsultation.handle(processId, id, new ConsultationForm(1, TODAY, TODAY.plusDays(30), "PUBLIC"));
            return id;
        });
    }

    /** Signs out and waits for the page that answers, so that the next step is not taken as the person before. */
    private void signOutAndWait() {
        signOut();
        assertThat(button("Esci")).hasCount(0);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private void send(Locator button) {
        BrowserVisit.send(page, button);
    }

    /** The link under a paragraph of the version page that leads to its comments and amendments. */
    private Locator tallyLinkOf(String paragraphText) {
        return page.locator("div.percorsi-block", new Page.LocatorOptions().setHasText(paragraphText))
                .locator("xpath=following-sibling::p[contains(@class,'percorsi-paragraph-tally')][1]/a");
    }

    /**
     * Selects a passage of the paragraph as a person does with the mouse: a selection over the words, then the
     * button released; document-annotations.js fills the comment form's quote and offsets from it.
     */
    private void select(String passage) {
        Object selected = page.evaluate("""
                passage => {
                  const paragraph = document.getElementById('paragraph-text');
                  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.data.indexOf(passage);
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(node, at);
                      range.setEnd(node, at + passage.length);
                      window.getSelection().removeAllRanges();
                      window.getSelection().addRange(range);
                      paragraph.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                      return true;
                    }
                  }
                  return false;
                }""", passage);
        assertThat(selected).as("the passage is in the paragraph").isEqualTo(true);
    }
}
