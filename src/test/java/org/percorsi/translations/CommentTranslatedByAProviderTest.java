package org.percorsi.translations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A comment translated on a visitor's request by a real provider over HTTP: a server speaking LibreTranslate's API,
 * started by the test, answers. The visitor sees the translation labelled as a machine one with the original one
 * click away; only the comment asked for is sent, and a text not on the page never is. The platform's shared test
 * context has no provider (none by default), so this test runs its own platform, configured with the server's
 * address, on its own database and without demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CommentTranslatedByAProviderTest {

    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer LIBRETRANSLATE = startLibreTranslate();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("percorsi.data-dir", () -> IntegrationTest.freshDataDir().toString());
        registry.add("percorsi.demo.enabled", () -> "false");
        registry.add("percorsi.base-url", () -> "https://partecipa.comune.example.it");
        registry.add(
                "percorsi.translations.machine.libretranslate-url",
                () -> "http://127.0.0.1:" + LIBRETRANSLATE.getAddress().getPort() + "/");
    }

    @AfterAll
    static void stopLibreTranslate() {
        LIBRETRANSLATE.stop(0);
    }

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
    CommentOnProposal comments;

    final String run = UniqueWords.next();

    @Test
    void aVisitorReadsACommentInTheirLanguageLabelledWithTheOriginalOneClickAway() throws Exception {
        long process = publishedProcess();
        String author = TestAccounts.newParticipant(jdbc, "autrice-", "Autrice " + run);
        long proposal = proposal(process, author, "Corsi serali " + run);
        long asked = TestAccounts.asParticipant(
                author,
                () -> comments.comment(proposal, new CommentForm(null, CommentStance.FOR, "Servono corsi serali")));
        TestAccounts.asParticipant(
                author,
                () -> comments.comment(proposal, new CommentForm(null, CommentStance.FOR, "Resta in italiano")));
        long elsewhere = proposal(process, author, "Altrove " + run);
        long notOnThePage = TestAccounts.asParticipant(
                author,
                () -> comments.comment(elsewhere, new CommentForm(null, CommentStance.FOR, "Non su questa pagina")));
        RECEIVED.clear();

        String page = visit("/proposals/" + proposal);
        assertThat(page)
                .as("each comment offers its translation, nothing is sent before a visitor asks")
                .contains("/proposals/" + proposal + "?translateText=comment-" + asked + "#comment-" + asked)
                .contains("Translate into my language");
        assertThat(RECEIVED).isEmpty();

        String translated = visit("/proposals/" + proposal + "?translateText=comment-" + asked);
        assertThat(translated)
                .contains("lang=\"en\" dir=\"ltr\"><p>We need evening classes</p></div>")
                .contains("Machine translation")
                .contains("<summary>Read the original</summary>")
                .contains("<p>Servono corsi serali</p>")
                .as("the other comment stays as written")
                .contains("<p>Resta in italiano</p>");
        assertThat(RECEIVED).hasSize(1);
        var sent = JsonMapper.builder().build().readTree(RECEIVED.getFirst());
        assertThat(sent.get("q").asString()).isEqualTo("<p>Servono corsi serali</p>");
        assertThat(sent.get("source").asString()).isEqualTo("auto");
        assertThat(sent.get("target").asString()).isEqualTo("en");
        assertThat(sent.get("format").asString()).isEqualTo("html");

        String refused = visit("/proposals/" + proposal + "?translateText=comment-" + notOnThePage);
        assertThat(refused).doesNotContain("We need evening classes").doesNotContain("Non su questa pagina");
        assertThat(RECEIVED).as("a text not on the page is never sent").hasSize(1);
    }

    private String visit(String path) throws Exception {
        var response = mvc.perform(get(path).header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long publishedProcess() {
        long[] process = new long[1];
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        TestAccounts.asAdmin(() -> {
            process[0] = createProcess.handle(ProcessForms.publicProcess("Traduzioni su richiesta " + run));
            addPhase.handle(
                    process[0],
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", today.minusDays(1), today.plusDays(9), "", "", false));
            publish.handle(process[0]);
        });
        return process[0];
    }

    private long proposal(long process, String author, String title) {
        return TestAccounts.asParticipant(
                author,
                () -> submit.handle(
                        process,
                        new ProposalForm(
                                ProposalKind.IDEA,
                                title,
                                "Un testo della proposta.",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
    }

    /** LibreTranslate's {@code POST /translate}, answering every text with the same English translation. */
    private static HttpServer startLibreTranslate() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/translate", exchange -> {
                RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] body =
                        "{\"translatedText\":\"<p>We need evening classes</p>\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
