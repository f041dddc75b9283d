package org.percorsi.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.InvitationForm;
import org.percorsi.processes.usecases.InviteToReservedArea;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.Mailbox;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: a person registers, confirms the address with the link read
 * from the test SMTP server, signs in, accepts an invitation to a reserved area
 * and sees it, signs out and no longer sees it. Each page passes axe-core and
 * the Nu HTML checker.
 */
class ParticipantJoinsReservedAreaBrowserTest extends BrowserTest {

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    InviteToReservedArea invite;

    @Test
    void registersConfirmsJoinsTheReservedAreaAndLosesItWhenSignedOut() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "giulia-" + run + "@example.org";
        String password = "le biciclette del quartiere sono blu";
        String title = "Tavolo di Negoziazione dei quartieri " + run;
        String slug = "tavolo-quartieri-" + run;
        long[] processId = new long[1];
        TestAccounts.asAdmin(() -> {
            processId[0] = createProcess.handle(new ProcessForm(
                    title,
                    slug,
                    "Il lavoro riservato del Tavolo.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.RESERVED,
                    List.of(),
                    List.of(),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(
                    processId[0],
                    new PhaseForm(
                            PhaseType.SHARING,
                            "Condivisione con il Tavolo",
                            "",
                            LocalDate.now().minusDays(2),
                            LocalDate.now().plusDays(30),
                            "",
                            "",
                            false));
            publish.handle(processId[0]);
        });

        page = Browser.newPage("it-IT");
        page.navigate(url("/privacy"));
        assertThat(page.locator("h1")).hasText("Informativa sulla privacy");
        assertThat(page.locator("main")).containsText("Titolare del trattamento");
        assertAccessibleAndValid(page, "privacy notice");
        page.navigate(url("/accessibility"));
        assertThat(page.locator("h1")).hasText("Dichiarazione di accessibilità");
        assertThat(page.locator("main")).containsText("Meccanismo di feedback");
        assertAccessibleAndValid(page, "accessibility statement");

        page.navigate(url("/register"));
        assertAccessibleAndValid(page, "registration");
        page.getByLabel("Nome utente pubblico").fill("Giulia " + run);
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("label[for=termsAccepted]").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crea l’account"))
                .click();
        assertThat(page.locator("h1")).hasText("Controlla la tua email");
        assertAccessibleAndValid(page, "registration sent");

        var confirmation = Mailbox.await(MAILBOX, email, 1);
        page.navigate(url(confirmation.pathOf("/account/confirm")));
        assertAccessibleAndValid(page, "confirm address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conferma"))
                .click();
        assertThat(page.locator("h1")).hasText("Indirizzo confermato");

        page.navigate(url("/login"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("main")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accedi"))
                .click();
        assertThat(page).hasURL(url("/account"));
        assertThat(page.locator("main")).containsText("Email confermata");
        assertAccessibleAndValid(page, "my account");

        page.navigate(url("/processes/" + slug));
        assertThat(page.locator("h1")).hasText("Pagina non trovata");

        TestAccounts.asAdmin(
                () -> invite.handle(processId[0], new InvitationForm(email, ProcessRole.NEGOTIATION_TABLE)));
        var invitation = Mailbox.await(MAILBOX, email, 2);
        page.navigate(url(invitation.pathOf("/invitations/accept")));
        assertThat(page.locator("main")).containsText("Questo invito è stato inviato a " + email);
        assertAccessibleAndValid(page, "invitation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accetta ed entra"))
                .click();

        assertThat(page).hasURL(url("/processes/" + slug));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main")).containsText("Area riservata");
        assertAccessibleAndValid(page, "reserved process");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Esci"))
                .click();
        page.navigate(url("/processes/" + slug));
        assertThat(page.locator("h1")).hasText("Pagina non trovata");
        page.navigate(url("/processes"));
        assertThat(page.locator("main")).not().containsText(title);
    }
}
