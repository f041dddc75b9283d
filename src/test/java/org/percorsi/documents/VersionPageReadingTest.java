package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

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
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    String admin;
    String participant;

    @BeforeEach
    void aPublishedProcessAndAParticipant() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Lettura " + run));
            addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", TODAY.minusDays(5), TODAY.plusDays(40), "", "", false));
            publish.handle(processId);
        });
        admin = "/admin/processes/" + processId + "/documents";
        participant = TestAccounts.newParticipant(jdbc, "lettura-", "Lettore " + run);
    }

    @Test
    void aNewCommentAndANewAmendmentAreCountedOnThePageAtOnce() throws Exception {
        long document = document("Parco " + run, "PUBLIC");
        UUID fountains = key(document, "fontanelle");
        String page = "/documents/" + document + "/versions/1";

        assertThat(asParticipant(page)).contains(tally(document, fountains, 0, 0));
        assertThat(asParticipant(page)).as("read again, from memory").contains(tally(document, fountains, 0, 0));

        var commented = as(post(paragraph(document, fountains) + "/comments")
                .param("body", "Almeno una ogni cento metri")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(commented.getStatus()).as(commented.getContentAsString()).isEqualTo(302);
        assertThat(asParticipant(page))
                .as("the comment is counted on the very next visit, not a second later")
                .contains(tally(document, fountains, 1, 0));

        var amended = as(post(paragraph(document, fountains) + "/amendments")
                .param("replacement", "Servono fontanelle e panchine lungo il viale.")
                .param("reason", "Anche per sedersi")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(amended.getStatus()).as(amended.getContentAsString()).isEqualTo(302);
        assertThat(asParticipant(page)).contains(tally(document, fountains, 1, 1));
    }

    @Test
    void aReservedVersionReadByAMemberIsStillNotFoundByAnOutsider() throws Exception {
        long document = document("Tavolo " + run, "RESERVED");
        String member = TestAccounts.newParticipant(jdbc, "membro-", "Membro " + run);
        jdbc.sql("insert into process_role (process_id, account_id, role) select :p, id, 'MEMBER' from account "
                        + "where email = :e")
                .param("p", processId)
                .param("e", member)
                .update();
        List<String> pages = List.of(
                "/documents/" + document,
                "/documents/" + document + "/versions/1",
                "/documents/" + document + "/compare?from=1&to=1");

        for (String path : pages) {
            var read = as(get(path).with(user(member).roles("PARTICIPANT")));
            assertThat(read.getStatus()).as("member " + path).isEqualTo(200);
            assertThat(read.getContentAsString()).as("member " + path).contains("fontanelle");
        }
        for (String path : pages) {
            var refused = as(get(path).with(user(participant).roles("PARTICIPANT")));
            assertThat(refused.getStatus()).as("outsider " + path).isEqualTo(404);
            assertThat(refused.getContentAsString()).as("outsider " + path).doesNotContain("fontanelle");
            var anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as("visitor " + path).isEqualTo(404);
            assertThat(anonymous.getContentAsString()).as("visitor " + path).doesNotContain("fontanelle");
        }
    }

    private long document(String title, String visibility) throws Exception {
        var created = as(admin(post(admin).param("title", title).param("kind", "THEME_DOCUMENT")));
        assertThat(created.getStatus()).isEqualTo(302);
        long document = Long.parseLong(
                created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1));
        var saved = as(admin(multipart(admin + "/" + document + "/text")
                .param("version", "1")
                .param("markdown", TEXT)));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        var opened = as(admin(post(admin + "/" + document + "/consultation")
                .param("version", "1")
                .param("from", TODAY.toString())
                .param("to", TODAY.plusDays(10).toString())
                .param("visibility", visibility)));
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(302);
        return document;
    }

    private String asParticipant(String path) throws Exception {
        var page = as(get(path).with(user(participant).roles("PARTICIPANT")));
        assertThat(page.getStatus()).as(path).isEqualTo(200);
        return page.getContentAsString();
    }

    private UUID key(long document, String containing) {
        return jdbc.sql("""
                select b.block_key from document_block b join document_version v on v.id = b.version_id
                where v.document_id = :d and v.number = 1 and b.plain like :t""")
                .param("d", document)
                .param("t", "%" + containing + "%")
                .query(UUID.class)
                .single();
    }

    private static String paragraph(long document, UUID key) {
        return "/documents/" + document + "/versions/1/paragraphs/" + key;
    }

    private static String tally(long document, UUID key, int comments, int amendments) {
        return "<a href=\"" + paragraph(document, key) + "\">Commenti: " + comments + " · Emendamenti: " + amendments;
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
        return request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"));
    }

    private MockHttpServletResponse as(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }
}
