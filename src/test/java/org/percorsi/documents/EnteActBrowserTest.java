package org.percorsi.documents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.documents.usecases.AddFinalItem;
import org.percorsi.documents.usecases.CloseConsultation;
import org.percorsi.documents.usecases.ConsultationForm;
import org.percorsi.documents.usecases.CreateDocument;
import org.percorsi.documents.usecases.DocumentForm;
import org.percorsi.documents.usecases.DraftForm;
import org.percorsi.documents.usecases.ItemForm;
import org.percorsi.documents.usecases.OpenConsultation;
import org.percorsi.documents.usecases.ReviewForm;
import org.percorsi.documents.usecases.SendForm;
import org.percorsi.documents.usecases.SendToEnte;
import org.percorsi.documents.usecases.ValidateVersion;
import org.percorsi.documents.usecases.VersionForm;
import org.percorsi.documents.usecases.WriteDraft;
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
 * In a real browser: a process manager records the ente's act on a final document sent to the ente, starting from
 * the proposals' answers; publishing is refused while a rejected item has no motivation, and accepted once it
 * has one; the manager adds a monitoring update; a visitor reads the act, item by item, on the final document's
 * page and on the act's own page. Every page passes axe-core and the Nu checker.
 */
class EnteActBrowserTest extends BrowserTest {

    static final LocalDate TODAY = DocumentSteps.TODAY;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnteActs acts;

    @Test
    void aManagerPublishesTheEntesActAndAVisitorReadsIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long processId =
                new DocumentSteps(context).publishedProcess("Piazze " + run, DocumentSteps.openPhase("Proposte"));
        String author = TestAccounts.newParticipant(jdbc, "autrice-", "Autrice " + run);
        var submit = context.getBean(SubmitProposal.class);
        long trees =
                TestAccounts.asParticipant(author, () -> submit.handle(processId, idea("Alberi in piazza " + run)));
        long kiosk = TestAccounts.asParticipant(author, () -> submit.handle(processId, idea("Un chiosco " + run)));
        long document = TestAccounts.asAdministrator(() -> {
            context.getBean(AnswerProposal.class)
                    .handle(trees, new AnswerForm(ProposalState.ACCEPTED, "", null, null, null, null, null));
            long id = context.getBean(CreateDocument.class)
                    .handle(
                            processId,
                            new DocumentForm(DocumentKind.FINAL_DOCUMENT, "Documento finale " + run, null, null, null));
            context.getBean(WriteDraft.class)
                    .handle(
                            processId,
                            id,
                            new DraftForm(1, "# Le azioni\n\nDue azioni per la piazza " + run + ".\n", null, null));
            context.getBean(AddFinalItem.class).handle(processId, id, new ItemForm(1, trees, null, null, null));
            context.getBean(AddFinalItem.class).handle(processId, id, new ItemForm(1, kiosk, null, null, null));
            context.getBean(OpenConsultation.class)
                    .handle(processId, id, new ConsultationForm(1, TODAY.minusDays(10), TODAY, "PUBLIC"));
            context.getBean(CloseConsultation.class).handle(processId, id, new VersionForm(1));
            context.getBean(ValidateVersion.class)
                    .handle(processId, id, new ReviewForm(1, TODAY, ReviewOutcome.APPROVED, null));
            context.getBean(SendToEnte.class).handle(processId, id, new SendForm(1, TODAY, "PG/" + run));
            return id;
        });
        var items = acts.itemsByProposal(document, 1);

        page = Browser.newPage("it-IT");
        BrowserVisit.signIn(page, port, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        page.navigate(url("/admin/processes/" + processId + "/documents/" + document));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Atto dell’ente"))
                .click();
        assertThat(page.locator("h1")).hasText("Atto dell’ente su «Documento finale " + run + "»");
        // prefilled from the proposal's answer
        assertThat(page.locator("#decision-" + items.get(trees))).hasValue("ACCEPTED");
        assertAccessibleAndValid(page, "the ente's act (back office)");

        page.locator("#kind").selectOption("GIUNTA_RESOLUTION");
        page.locator("#number").fill("45");
        page.locator("#adoptedOn").fill(TODAY.toString());
        page.locator("#summary").fill("La Giunta accoglie gli alberi e non il chiosco " + run + ".");
        page.locator("#decision-" + items.get(kiosk)).selectOption("REJECTED");
        BrowserVisit.send(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva l’atto")));
        assertThat(page.locator("main")).containsText("Atto salvato.");
        BrowserVisit.send(
                page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pubblica l’atto")));
        assertThat(page.locator("main"))
                .containsText(
                        "questi punti non accolti per intero non hanno una motivazione: 2 «Un chiosco " + run + "»");
        assertAccessibleAndValid(page, "the ente's act refused (back office)");

        page.locator("#motivation-" + items.get(kiosk)).fill("La piazza ospita il mercato " + run + ".");
        BrowserVisit.send(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva l’atto")));
        BrowserVisit.send(
                page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pubblica l’atto")));
        assertThat(page.locator("main")).containsText("Atto pubblicato.");
        page.locator("#item").selectOption(String.valueOf(items.get(trees)));
        page.locator("#progress").selectOption("IN_PROGRESS");
        page.locator("#note").fill("Piantati i primi sei alberi " + run + ".");
        BrowserVisit.send(
                page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aggiungi l’aggiornamento")));
        assertThat(page.locator("main")).containsText("Aggiornamento aggiunto.");
        assertAccessibleAndValid(page, "the ente's published act with an update (back office)");
        BrowserVisit.signOut(page);

        page.navigate(url("/documents/" + document));
        assertThat(page.locator("#act")).containsText("Delibera di Giunta n. 45");
        assertAccessibleAndValid(page, "a final document with the ente's act");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("La pagina dell’atto dell’ente"))
                .click();
        assertThat(page.locator("h1")).hasText("L’atto dell’ente su «Documento finale " + run + "»");
        assertThat(page.locator("main")).containsText("Non accolta");
        assertThat(page.locator("main")).containsText("La piazza ospita il mercato " + run + ".");
        assertThat(page.locator("main table")).containsText("Piantati i primi sei alberi " + run + ".");
        assertThat(page.locator("main table")).containsText("In corso");
        assertAccessibleAndValid(page, "the ente's act (public page)");
    }

    private static ProposalForm idea(String title) {
        return new ProposalForm(
                ProposalKind.IDEA, title, "Descrizione.", null, null, null, null, null, null, null, null);
    }
}
