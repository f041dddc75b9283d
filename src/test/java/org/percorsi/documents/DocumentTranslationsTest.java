package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.documents.DocumentSteps.TODAY;
import static org.percorsi.documents.DocumentSteps.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.ProcessForms;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.Translating;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A document read in another language, paragraph by paragraph: its translators find its title, headings and
 * paragraphs in their queue; a translated paragraph shows in the visitor's language and the others in the original
 * with its note; a paragraph changed in the next version alone shows "the original has changed"; the final document
 * shows only reviewed translations.
 */
class DocumentTranslationsTest extends IntegrationTest {

    static final String TEXT = """
            # Il quartiere oggi

            Mancano panchine vicino alla scuola.

            I giardini sono poco frequentati la sera.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final String run = UniqueWords.next();
    DocumentSteps steps;
    Translating translating;
    long process;
    String translator;

    @BeforeEach
    void aProcessWithItsTranslator() {
        steps = new DocumentSteps(context);
        translating = new Translating(mvc, jdbc);
        process = steps.startProcess("Documenti tradotti " + run, ProcessForms.openPhase());
        translator = translating.translatorOf(process, "Traduttrice " + run);
    }

    @Test
    void eachParagraphIsTranslatedOnItsOwnAndAChangedOneAloneGoesOutOfDate() throws Exception {
        long document = steps.inConsultation("Il quartiere " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        UUID benches = steps.key(document, 1, "panchine");
        UUID gardens = steps.key(document, 1, "giardini");
        UUID heading = steps.key(document, 1, "quartiere oggi");

        assertThat(translating.queue(translator, process, "en"))
                .contains("Document · Title", "Document · Section heading", "Document · Paragraph")
                .contains("/DOCUMENT/" + document + "/paragraph-" + benches)
                .contains("/DOCUMENT/" + document + "/heading-" + heading);

        translate(document, "title", "The neighbourhood " + run, true);
        translate(document, "heading-" + heading, "The neighbourhood today", true);
        translate(document, "paragraph-" + benches, "Benches are missing near the school.", true);
        String page = translating.page("/documents/" + document, "en");
        assertThat(page)
                .contains("lang=\"en\" dir=\"ltr\">The neighbourhood " + run + "</h1>")
                .contains("lang=\"en\" dir=\"ltr\">The neighbourhood today</h2>")
                .contains("lang=\"en\" dir=\"ltr\"><p>Benches are missing near the school.</p></div>")
                .as("the untranslated paragraph shows as written, in Italian")
                .contains("lang=\"it\" dir=\"ltr\"><p>I giardini sono poco frequentati la sera.</p></div>")
                .doesNotContain("The original has changed");
        assertThat(translating.queue(translator, process, "en"))
                .doesNotContain("/paragraph-" + benches)
                .contains("/paragraph-" + gardens);

        // version 2 changes the gardens' paragraph only: the benches keep their translation, up to date
        translate(document, "paragraph-" + gardens, "The gardens are little used in the evening.", true);
        assertThat(steps.as(admin(post(steps.admin() + "/" + document + "/versions")))
                        .getStatus())
                .isEqualTo(302);
        steps.write(document, 2, TEXT.replace("la sera", "la sera e d’inverno"));
        steps.openConsultation(document, 2, "PUBLIC");
        assertThat(steps.key(document, 2, "giardini")).isEqualTo(gardens);

        String second = translating.page("/documents/" + document + "/versions/2", "en");
        assertThat(second)
                .contains("lang=\"en\" dir=\"ltr\"><p>Benches are missing near the school.</p></div>")
                .contains("lang=\"en\" dir=\"ltr\"><p>The gardens are little used in the evening.</p></div>");
        assertThat(count(second, "The original has changed"))
                .as("only the changed paragraph is marked")
                .isEqualTo(1);
        assertThat(translating.queue(translator, process, "en"))
                .contains("/paragraph-" + gardens)
                .doesNotContain("/paragraph-" + benches);
    }

    @Test
    void theFinalDocumentShowsOnlyReviewedTranslations() throws Exception {
        long document = steps.create("Documento finale " + run, "FINAL_DOCUMENT");
        steps.write(document, 1, TEXT);
        steps.openConsultation(document, 1, "PUBLIC");
        UUID benches = steps.key(document, 1, "panchine");

        translate(document, "paragraph-" + benches, "Benches are missing near the school.", false);
        assertThat(translating.page("/documents/" + document, "en"))
                .as("a draft translation of a final document is not published")
                .doesNotContain("Benches are missing")
                .contains("lang=\"it\" dir=\"ltr\"><p>Mancano panchine vicino alla scuola.</p></div>");

        translate(document, "paragraph-" + benches, "Benches are missing near the school.", true);
        assertThat(translating.page("/documents/" + document, "en"))
                .contains("lang=\"en\" dir=\"ltr\"><p>Benches are missing near the school.</p></div>");
    }

    @Test
    void theProcessPageListsTheDocumentsTitlesTranslatedAndAFinalOneOnlyOnceReviewed() throws Exception {
        long document = steps.inConsultation("Il parco " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        long finalDocument = steps.create("Documento finale del parco " + run, "FINAL_DOCUMENT");
        steps.write(finalDocument, 1, TEXT);
        steps.openConsultation(finalDocument, 1, "PUBLIC");
        String processPage = "/processes/" + PublishedProcesses.slugOf(jdbc, process);

        translate(document, "title", "The park " + run, false);
        translate(finalDocument, "title", "Final document of the park " + run, false);
        assertThat(translating.page(processPage, "en"))
                .contains("lang=\"en\" dir=\"ltr\">The park " + run + "</a>")
                .as("a draft of a final document's title is not published")
                .contains("lang=\"it\" dir=\"ltr\">Documento finale del parco " + run + "</a>")
                .doesNotContain("Final document of the park " + run);

        translate(finalDocument, "title", "Final document of the park " + run, true);
        assertThat(translating.page(processPage, "en"))
                .contains("lang=\"en\" dir=\"ltr\">Final document of the park " + run + "</a>");
    }

    private void translate(long document, String field, String text, boolean review) throws Exception {
        translating.save(translator, process, ContentKind.DOCUMENT, document, field, "en", text, review);
    }

    private static int count(String page, String words) {
        return page.split(Pattern.quote(words), -1).length - 1;
    }
}
