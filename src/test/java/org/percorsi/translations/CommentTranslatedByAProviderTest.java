package org.percorsi.translations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.percorsi.processes.Visibility;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalForms;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.FakeLibreTranslate;
import org.percorsi.support.OwnPlatformTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.Translating;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
class CommentTranslatedByAProviderTest extends OwnPlatformTest {

    @RegisterExtension
    static final FakeLibreTranslate LIBRETRANSLATE = FakeLibreTranslate.answering("<p>We need evening classes</p>");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("percorsi.translations.machine.libretranslate-url", () -> LIBRETRANSLATE.url() + "/");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SubmitProposal submit;

    @Autowired
    CommentOnProposal comments;

    final String run = UniqueWords.next();

    @Test
    void aVisitorReadsACommentInTheirLanguageLabelledWithTheOriginalOneClickAway() throws Exception {
        var reader = new Translating(mvc, jdbc);
        long process = PublishedProcesses.published(context, "Traduzioni su richiesta " + run, Visibility.PUBLIC);
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
        LIBRETRANSLATE.forget();

        String page = reader.page("/proposals/" + proposal, "en");
        assertThat(page)
                .as("each comment offers its translation, nothing is sent before a visitor asks")
                .contains("/proposals/" + proposal + "?translateText=comment-" + asked + "#comment-" + asked)
                .contains("Translate into my language");
        assertThat(LIBRETRANSLATE.received()).isEmpty();

        String translated = reader.page("/proposals/" + proposal + "?translateText=comment-" + asked, "en");
        assertThat(translated)
                .contains("lang=\"en\" dir=\"ltr\"><p>We need evening classes</p></div>")
                .contains("Machine translation")
                .contains("<summary>Read the original</summary>")
                .contains("<p>Servono corsi serali</p>")
                .as("the other comment stays as written")
                .contains("<p>Resta in italiano</p>");
        assertThat(LIBRETRANSLATE.received()).hasSize(1);
        var sent =
                JsonMapper.builder().build().readTree(LIBRETRANSLATE.received().getFirst());
        assertThat(sent.get("q").asString()).isEqualTo("<p>Servono corsi serali</p>");
        assertThat(sent.get("source").asString()).isEqualTo("auto");
        assertThat(sent.get("target").asString()).isEqualTo("en");
        assertThat(sent.get("format").asString()).isEqualTo("html");

        String refused = reader.page("/proposals/" + proposal + "?translateText=comment-" + notOnThePage, "en");
        assertThat(refused).doesNotContain("We need evening classes").doesNotContain("Non su questa pagina");
        assertThat(LIBRETRANSLATE.received())
                .as("a text not on the page is never sent")
                .hasSize(1);
    }

    private long proposal(long process, String author, String title) {
        return TestAccounts.asParticipant(
                author,
                () -> submit.handle(process, ProposalForms.of(ProposalKind.IDEA, title, "Un testo della proposta.")));
    }
}
