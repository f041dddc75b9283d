package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.documents.DocumentSteps.paragraphUrl;
import static org.percorsi.documents.DocumentSteps.tally;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.ProcessForms;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The version page keeps in memory what is the same for every reader (a frozen version's text, the counts per
 * paragraph for a second): a signed-in participant's new comment and new amendment are counted on the page at
 * once, and a reserved version's text, once read by a member of the area, is still not found by an outsider, on
 * the version page or in a comparison.
 */
class VersionPageReadingTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    static final String TEXT = """
            # Il parco

            Il parco chiude troppo presto d'estate.

            Servono più fontanelle lungo il viale.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    DocumentSteps steps;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    String participant;

    @BeforeEach
    void aPublishedProcessAndAParticipant() {
        steps = new DocumentSteps(context);
        steps.startProcess("Lettura " + run, ProcessForms.openPhase());
        participant = TestAccounts.newParticipant(jdbc, "lettura-", "Lettore " + run);
    }

    @Test
    void aNewCommentAndANewAmendmentAreCountedOnThePageAtOnce() throws Exception {
        long document = steps.inConsultation("Parco " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        UUID fountains = steps.key(document, 1, "fontanelle");
        String page = "/documents/" + document + "/versions/1";

        assertThat(asParticipant(page)).contains(tally(document, fountains, 0, 0));
        assertThat(asParticipant(page)).as("read again, from memory").contains(tally(document, fountains, 0, 0));

        var commented = steps.as(post(paragraphUrl(document, 1, fountains) + "/comments")
                .param("body", "Almeno una ogni cento metri")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(commented.getStatus()).as(commented.getContentAsString()).isEqualTo(302);
        assertThat(asParticipant(page))
                .as("the comment is counted on the very next visit, not a second later")
                .contains(tally(document, fountains, 1, 0));

        var amended = steps.as(post(paragraphUrl(document, 1, fountains) + "/amendments")
                .param("replacement", "Servono fontanelle e panchine lungo il viale.")
                .param("reason", "Anche per sedersi")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(amended.getStatus()).as(amended.getContentAsString()).isEqualTo(302);
        assertThat(asParticipant(page)).contains(tally(document, fountains, 1, 1));
    }

    @Test
    void aReservedVersionReadByAMemberIsStillNotFoundByAnOutsider() throws Exception {
        long document = steps.inConsultation("Tavolo " + run, TEXT, TODAY, TODAY.plusDays(10), "RESERVED");
        String member = TestAccounts.newParticipant(jdbc, "membro-", "Membro " + run);
        steps.role(member, "MEMBER");
        List<String> pages = List.of(
                "/documents/" + document,
                "/documents/" + document + "/versions/1",
                "/documents/" + document + "/compare?from=1&to=1");

        for (String path : pages) {
            var read = steps.as(get(path).with(user(member).roles("PARTICIPANT")));
            assertThat(read.getStatus()).as("member " + path).isEqualTo(200);
            assertThat(read.getContentAsString()).as("member " + path).contains("fontanelle");
        }
        for (String path : pages) {
            var refused = steps.as(get(path).with(user(participant).roles("PARTICIPANT")));
            assertThat(refused.getStatus()).as("outsider " + path).isEqualTo(404);
            assertThat(refused.getContentAsString()).as("outsider " + path).doesNotContain("fontanelle");
            var anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as("visitor " + path).isEqualTo(404);
            assertThat(anonymous.getContentAsString()).as("visitor " + path).doesNotContain("fontanelle");
        }
    }

    private String asParticipant(String path) throws Exception {
        var page = steps.as(get(path).with(user(participant).roles("PARTICIPANT")));
        assertThat(page.getStatus()).as(path).isEqualTo(200);
        return page.getContentAsString();
    }
}
