package org.percorsi.proposals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.Browser;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a signed-in person proposes a need, is shown a similar one,
 * submits, supports it, and the municipality answers with a motivation that the
 * proposal page shows with its history. Each page passes axe-core and Nu.
 */
class ParticipantProposesBrowserTest extends IntegrationTest {

    @LocalServerPort int port;
    @Autowired CreateProcess createProcess;
    @Autowired AddPhase addPhase;
    @Autowired PublishProcess publish;

    Page page;

    @AfterEach
    void close() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void proposesSupportsAndReadsTheAnswer() {
        String slug = "quartiere-aperto-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        long[] processId = new long[1];
        TestAccounts.asAdmin(() -> {
            long id = createProcess.handle(new ProcessForm("Quartiere aperto", slug, "Esigenze del quartiere.", "", "", "",
                    "", "", "", Visibility.PUBLIC, List.of(), List.of(), null, "", false, null));
            addPhase.handle(id, new PhaseForm(PhaseType.OPENING, "Raccolta delle esigenze", "", today.minusDays(1),
                    today.plusDays(30), "", "", false));
            publish.handle(id);
            processId[0] = id;
        });

        page = Browser.newPage("it-IT");
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(TestAccounts.ADMIN_EMAIL);
        page.getByLabel("Password").fill(TestAccounts.ADMIN_PASSWORD);
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accedi")).click();

        page.navigate(url("/processes/" + slug + "/proposals/new"));
        assertAccessibleAndValid(page, "new proposal");
        page.getByLabel("Titolo").fill("Illuminazione del sottopasso della stazione");
        page.locator("#body").fill("Di sera il sottopasso è buio.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Presenta")).click();
        assertThat(page.locator("h1")).hasText("Illuminazione del sottopasso della stazione");
        assertAccessibleAndValid(page, "proposal page");

        page.navigate(url("/processes/" + slug + "/proposals/new"));
        // while typing, the similar proposal appears (htmx)
        page.getByLabel("Titolo").pressSequentially("Illuminazione del sottopasso", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(page.locator("#similar-live")).containsText("Illuminazione del sottopasso della stazione");
        assertAccessibleAndValid(page, "new proposal suggesting a similar one");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Presenta")).click();
        assertThat(page.locator("main")).containsText("Ci sono già proposte simili");
        assertThat(page.locator("main")).containsText("Illuminazione del sottopasso della stazione");
        assertAccessibleAndValid(page, "new proposal with a similar one");

        page.navigate(url("/processes/" + slug + "/proposals"));
        assertAccessibleAndValid(page, "proposal list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Illuminazione del sottopasso della stazione")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sostieni")).click();
        assertThat(page.locator("#support-heading")).hasText("Sostegni: 1");

        page.navigate(url("/evaluation?process=" + processId[0]));
        assertThat(page.locator("main")).containsText("Illuminazione del sottopasso della stazione");
        assertAccessibleAndValid(page, "evaluation queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Illuminazione del sottopasso della stazione")).click();

        page.getByLabel("Stato").selectOption("PARTLY_ACCEPTED");
        page.getByLabel("Motivazione pubblica").fill("Il sottopasso sarà illuminato entro la primavera.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registra la risposta")).click();
        assertThat(page.locator("#answer-heading")).hasText("Risposta del Comune");
        assertThat(page.locator("main")).containsText("Il sottopasso sarà illuminato entro la primavera.");
        assertThat(page.locator("main")).containsText("Accolta in parte");
        assertAccessibleAndValid(page, "answered proposal");

        // a comment and a reply, then a moderator hides the comment with a reason
        page.locator("#comment-body").fill("Anche il sottopasso di via Roma è buio.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invia")).last().click();
        assertThat(page.locator("#comments-heading")).hasText("Commenti (1)");
        page.locator("summary", new Page.LocatorOptions().setHasText("Modifica")).first().click();
        page.locator("textarea[id^=edit-]").first().fill("Anche il sottopasso di via Roma è molto buio.");
        page.locator("details[open] button", new Page.LocatorOptions().setHasText("Salva")).click();
        assertThat(page.locator("main")).containsText("Anche il sottopasso di via Roma è molto buio.");
        page.locator("summary", new Page.LocatorOptions().setHasText("Rispondi")).first().click();
        page.locator("textarea[id^=reply-]").first().fill("Giusto, aggiungiamolo.");
        page.locator("details[open] button", new Page.LocatorOptions().setHasText("Invia")).click();
        assertThat(page.locator("main")).containsText("Giusto, aggiungiamolo.");
        page.locator("summary", new Page.LocatorOptions().setHasText("Nascondi")).first().click();
        page.locator("input[id^=hide-]").first().fill("Fuori tema");
        page.locator("details[open] button", new Page.LocatorOptions().setHasText("Nascondi")).click();
        assertThat(page.locator("main")).containsText("Commento nascosto dalla moderazione: Fuori tema");
        assertAccessibleAndValid(page, "proposal with comments");

        // the author hears of the answer (notifications follow the commit, asynchronously)
        for (int attempt = 0; attempt < 50 && !page.content().contains("è ora: Accolta in parte"); attempt++) {
            page.navigate(url("/notifications"));
            page.waitForTimeout(100);
        }
        assertThat(page.locator("main")).containsText("La proposta «Illuminazione del sottopasso della stazione» è ora: Accolta in parte");
        assertAccessibleAndValid(page, "notifications");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
