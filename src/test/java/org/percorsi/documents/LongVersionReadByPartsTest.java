package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.documents.DocumentSteps.participant;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.ProcessForms;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A long version is read one chapter at a time, with its whole table of contents on every part and the whole
 * version one link away; links from elsewhere open the part that holds their paragraph; a short version stays
 * one page; a reserved version's parts do not exist for outsiders.
 */
class LongVersionReadByPartsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    DocumentSteps steps;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void aPublishedPublicProcess() {
        steps = new DocumentSteps(context);
        steps.startProcess("Parti " + run, ProcessForms.openPhase());
    }

    /** A preamble, then six chapters of one section and 25 paragraphs each: 163 blocks. */
    static String sixChapters() {
        var text = new StringBuilder("Premessa del documento, prima di ogni capitolo.\n\n");
        for (int chapter = 1; chapter <= 6; chapter++) {
            text.append("# Capitolo ").append(chapter).append("\n\n");
            text.append("## Sezione del capitolo ").append(chapter).append("\n\n");
            for (int paragraph = 1; paragraph <= 25; paragraph++) {
                text.append("Testo voce-%d-%02d del capitolo.\n\n".formatted(chapter, paragraph));
            }
        }
        return text.toString();
    }

    @Test
    void aLongVersionShowsOneChapterAtATimeWithTheWholeTableOfContents() throws Exception {
        long document = inConsultation("Lungo " + run, sixChapters(), "PUBLIC");
        String version = "/documents/" + document + "/versions/1";
        UUID chapterOne = steps.key(document, 1, "Capitolo 1");
        UUID chapterThree = steps.key(document, 1, "Capitolo 3");

        UUID sectionThree = steps.key(document, 1, "Sezione del capitolo 3");
        UUID sectionOne = steps.key(document, 1, "Sezione del capitolo 1");
        String first = page(version);
        assertThat(first)
                .contains("Premessa del documento", "voce-1-01", "voce-1-25", "Parte 1 di 6")
                .doesNotContain("voce-2-01", "voce-6-25")
                .as("the table of contents links to every chapter, on this page or on its part's")
                .contains("href=\"#b-" + chapterOne + "\"", "href=\"" + version + "/parts/3#b-" + chapterThree + "\"")
                .contains("href=\"" + version + "/whole\"", "href=\"" + version + "/parts/2\" rel=\"next\"");
        assertThat(first).as("the first part has no previous one").doesNotContain("rel=\"prev\"");
        assertThat(first)
                .as("this part's sub-headings are listed, the others' are not")
                .contains("href=\"#b-" + sectionOne + "\"")
                .doesNotContain("#b-" + sectionThree);

        String third = page(version + "/parts/3");
        assertThat(third)
                .contains("voce-3-01", "voce-3-25", "Parte 3 di 6", "Sezione del capitolo 3")
                .doesNotContain("voce-2-25", "voce-4-01", "Premessa del documento")
                .contains(
                        "href=\"" + version + "/parts/2\" rel=\"prev\"",
                        "href=\"" + version + "/parts/4\" rel=\"next\"")
                .as("the first part's address is the version's own")
                .contains("href=\"" + version + "#b-" + chapterOne + "\"");
        assertThat(page(version + "/parts/6")).contains("voce-6-25").doesNotContain("rel=\"next\"");

        String whole = page(version + "/whole");
        assertThat(whole)
                .contains(
                        "Premessa del documento",
                        "voce-1-01",
                        "voce-3-13",
                        "voce-6-25",
                        "Tutta la versione su una pagina")
                .contains("href=\"#b-" + chapterThree + "\"", "href=\"#b-" + sectionThree + "\"")
                .doesNotContain("Parte 1 di 6");

        for (String missing : new String[] {"/parts/7", "/parts/0", "/parts/-1"}) {
            assertThat(visit(version + missing).getStatus()).as(missing).isEqualTo(404);
        }
    }

    @Test
    void aLinkToAParagraphOpensThePartThatHoldsIt() throws Exception {
        long document = inConsultation("Citato " + run, sixChapters(), "PUBLIC");
        String version = "/documents/" + document + "/versions/1";
        UUID inFourth = steps.key(document, 1, "voce-4-02");
        UUID inFirst = steps.key(document, 1, "voce-1-07");

        assertThat(redirectOf(version + "/at/b-" + inFourth)).isEqualTo(version + "/parts/4#b-" + inFourth);
        assertThat(redirectOf(version + "/at/b-" + inFirst)).isEqualTo(version + "#b-" + inFirst);
        assertThat(redirectOf(version + "/at/b-" + UUID.randomUUID()))
                .as("a paragraph no longer there: the version's first part")
                .startsWith(version + "#b-");

        // the paragraph's own page leads back to it in its part
        assertThat(page(DocumentSteps.paragraphUrl(document, 1, inFourth)))
                .contains("href=\"" + version + "/at/b-" + inFourth + "\"");
        assertThat(page(version + "/parts/4")).contains("id=\"b-" + inFourth + "\"");
    }

    @Test
    void aShortVersionIsOnePage() throws Exception {
        long document = inConsultation(
                "Breve " + run, "# Uno\n\nPrimo paragrafo breve.\n\n# Due\n\nSecondo paragrafo breve.\n", "PUBLIC");
        String version = "/documents/" + document + "/versions/1";
        UUID second = steps.key(document, 1, "Secondo paragrafo");

        assertThat(page(version))
                .contains("Primo paragrafo breve", "Secondo paragrafo breve")
                .doesNotContain("Parte 1 di", "/whole\"");
        assertThat(redirectOf(version + "/at/b-" + second)).isEqualTo(version + "#b-" + second);
        assertThat(visit(version + "/parts/2").getStatus()).isEqualTo(404);
    }

    @Test
    void aReservedVersionsPartsDoNotExistForOutsiders() throws Exception {
        long document = inConsultation("Riservato " + run, sixChapters(), "RESERVED");
        String version = "/documents/" + document + "/versions/1";
        UUID inFourth = steps.key(document, 1, "voce-4-02");
        String outsider = steps.account("esterno");
        String member = steps.account("membro");
        steps.role(member, "MEMBER");

        for (String path : new String[] {version + "/parts/2", version + "/whole", version + "/at/b-" + inFourth}) {
            assertThat(visit(path).getStatus()).as("a visitor, " + path).isEqualTo(404);
            assertThat(steps.as(participant(get(path), outsider)).getStatus())
                    .as("a participant outside the area, " + path)
                    .isEqualTo(404);
        }
        var part = steps.as(participant(get(version + "/parts/2"), member));
        assertThat(part.getStatus()).isEqualTo(200);
        assertThat(part.getContentAsString()).contains("voce-2-11");
    }

    /** A document whose version 1 has this text and is in consultation from today for twenty days. */
    private long inConsultation(String title, String markdown, String visibility) throws Exception {
        return steps.inConsultation(title, markdown, DocumentSteps.TODAY, DocumentSteps.TODAY.plusDays(20), visibility);
    }

    private MockHttpServletResponse visit(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private String page(String path) throws Exception {
        var response = visit(path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String redirectOf(String path) throws Exception {
        var response = visit(path);
        assertThat(response.getStatus()).as(path).isEqualTo(302);
        return response.getRedirectedUrl();
    }
}
