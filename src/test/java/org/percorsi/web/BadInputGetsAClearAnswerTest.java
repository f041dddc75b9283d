package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
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

/**
 * Input no form would send (a NUL byte, a list index in the hundred thousands, a text of megabytes, the
 * error page asked for by hand) is answered over real HTTP with a 400 (or 413) page that says in Italian
 * what was wrong, never with a 500.
 */
class BadInputGetsAClearAnswerTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    JdbcClient jdbc;

    String slug;
    long process;
    long phase;

    @BeforeEach
    void anOpenProcess() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        String title = "Input sbagliati " + UUID.randomUUID();
        TestAccounts.asAdmin(() -> {
            process = createProcess.handle(ProcessForms.publicProcess(title));
            phase = addPhase.handle(
                    process,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", today.minusDays(1), today.plusDays(10), "", "", false));
            publish.handle(process);
        });
        slug = jdbc.sql("select slug from process where id = :id")
                .param("id", process)
                .query(String.class)
                .single();
    }

    @Test
    void aNulByteInASearchIsRefusedWithAClearMessage() {
        var answer = new HttpVisitor(port).get("/search?q=piazza%00");
        assertBadRequest(answer, "caratteri non ammessi");
    }

    @Test
    void aNulByteInAnAdministratorsFilterIsRefused() {
        var admin = admin();
        assertBadRequest(admin.get("/admin/audit?actor=%00"), "caratteri non ammessi");
        assertBadRequest(admin.get("/admin/accounts?q=a%00b"), "caratteri non ammessi");
    }

    @Test
    void aNulByteInAProposalTitleIsRefused() {
        var person = participant();
        String csrf = HttpVisitor.csrfOf(
                person.get("/processes/" + slug + "/proposals/new").body());
        var answer = person.post(
                "/processes/" + slug + "/proposals", csrf, "kind=IDEA&title=Una+fontana%00+in+piazza&body=Acqua");
        assertBadRequest(answer, "caratteri non ammessi");
    }

    @Test
    void tabsAndNewLinesInATextAreaAreStillWelcome() {
        var person = participant();
        String csrf = HttpVisitor.csrfOf(
                person.get("/processes/" + slug + "/proposals/new").body());
        var answer = person.post(
                "/processes/" + slug + "/proposals",
                csrf,
                "kind=IDEA&title=Una+fontana+in+piazza&body=Acqua%0D%0Aper%09tutti");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/proposals/"));
    }

    @Test
    void listIndexesNoFormSendsAreRefused() {
        var admin = admin();
        String participation = "/admin/processes/" + process + "/phases/" + phase + "/participation";
        String csrf = HttpVisitor.csrfOf(admin.get(participation).body());
        assertBadRequest(
                admin.post(
                        participation,
                        csrf,
                        "kinds%5B300%5D=IDEA&levelToCreate=EMAIL_CONFIRMED"
                                + "&levelToSupport=EMAIL_CONFIRMED&levelToComment=EMAIL_CONFIRMED"),
                "elenco");
        assertBadRequest(
                admin.post(
                        "/admin/processes",
                        csrf,
                        "title=Tanti+temi&shortDescription=Breve&visibility=PUBLIC" + "&themeIds%5B100000%5D=1"),
                "elenco");

        var person = participant();
        String form = HttpVisitor.csrfOf(
                person.get("/processes/" + slug + "/proposals/new").body());
        assertBadRequest(
                person.post(
                        "/processes/" + slug + "/proposals",
                        form,
                        "kind=IDEA&title=Una+fontana+in+piazza&body=Acqua&themeId%5B0%5D%5B1%5D%5B2%5D=1"),
                "campi che la pagina non prevede");
    }

    @Test
    void aTextFieldOfMegabytesInAFormWithFilesIsRefused() {
        var person = participant();
        String csrf = HttpVisitor.csrfOf(
                person.get("/processes/" + slug + "/proposals/new").body());
        var answer = person.postMultipart(
                "/processes/" + slug + "/proposals",
                csrf,
                Map.of("kind", "IDEA", "title", "Una fontana in piazza", "body", "a".repeat(3 * 1024 * 1024)));
        assertThat(answer.statusCode()).as("status").isIn(400, 413);
        assertThat(answer.body()).contains("troppo grande");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAClearMessage() {
        var person = participant();
        String csrf = HttpVisitor.csrfOf(
                person.get("/processes/" + slug + "/proposals/new").body());
        var answer = person.postMultipart(
                "/processes/" + slug + "/proposals",
                csrf,
                Map.of("kind", "IDEA", "title", "Una fontana in piazza", "body", "Acqua"),
                "attachments",
                "pianta.pdf",
                new byte[11 * 1024 * 1024]);
        assertThat(answer.statusCode()).as("status").isIn(400, 413);
        assertThat(answer.body()).contains("troppo grande").contains("10 MB");
    }

    @Test
    void aBrokenPercentEncodingIsRefusedWithAClearMessage() throws Exception {
        // no HTTP client sends it as it is, so it goes over a plain socket; Tomcat refuses it before our filter
        // (the generic 400 text, not error.badInput.unreadable)
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET /search?q=piazza%zz HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("Richiesta non valida");
        }
    }

    @Test
    void theErrorPageAskedForByHandIsNotAServerError() {
        var answer = new HttpVisitor(port).get("/error");
        assertThat(answer.statusCode()).isIn(400, 404);
        assertThat(answer.body()).doesNotContain("Si è verificato un errore");
    }

    @Test
    void theMessageIsInEnglishForAnEnglishVisitor() {
        var answer = new HttpVisitor(port).get("/search?q=piazza%00", "Accept-Language", "en");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("characters that are not allowed");
    }

    private static void assertBadRequest(HttpResponse<String> answer, String explanation) {
        assertThat(answer.statusCode()).as("status of " + answer.uri()).isEqualTo(400);
        assertThat(answer.body())
                .as("the page says what was wrong")
                .contains("Richiesta non valida")
                .contains(explanation);
    }

    private HttpVisitor admin() {
        return new HttpVisitor(port).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
    }

    private HttpVisitor participant() {
        String email = TestAccounts.newParticipant(
                jdbc, "input-", "Input " + UUID.randomUUID().toString().substring(0, 8));
        return new HttpVisitor(port).signIn(email, "x");
    }
}
