package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.ManagerRunsAProcessTestSupport;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Images and PDFs attached to a proposal, checked by their content; anything else
 * is refused and nothing is saved; attachments of a reserved process stay hidden.
 */
class ParticipantAttachesFilesTest extends IntegrationTest {

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

    @Test
    void attachesAnImageAndAPdfAndRefusesADisguisedFile() throws Exception {
        String slug = "allegati-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        TestAccounts.asAdmin(() -> {
            long id = createProcess.handle(new ProcessForm(
                    "Allegati",
                    slug,
                    "Breve",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.PUBLIC,
                    List.of(),
                    List.of(),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", today.minusDays(1), today.plusDays(5), "", "", false));
            publish.handle(id);
        });
        String email = TestAccounts.newParticipant(
                jdbc, "a-", "Allegatore " + UUID.randomUUID().toString().substring(0, 6));
        var me = user(email).roles("PARTICIPANT");
        var png = new MockMultipartFile("attachments", "foto.png", "image/png", ManagerRunsAProcessTestSupport.png());
        var pdf = new MockMultipartFile(
                "attachments",
                "scheda.pdf",
                "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        var fake = new MockMultipartFile("attachments", "virus.pdf", "application/pdf", "MZ eseguibile".getBytes());

        var refused = mvc.perform(multipart("/processes/" + slug + "/proposals")
                        .file(png)
                        .file(fake)
                        .with(csrf())
                        .with(me)
                        .param("kind", "NEED")
                        .param("title", "Con un allegato falso")
                        .param("body", "Testo"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("L’allegato deve essere un’immagine (PNG, JPEG, GIF, WebP) o un PDF.");
        assertThat(jdbc.sql("select count(*) from proposal where title = 'Con un allegato falso'")
                        .query(Long.class)
                        .single())
                .as("nothing half-saved")
                .isZero();

        var saved = mvc.perform(multipart("/processes/" + slug + "/proposals")
                        .file(png)
                        .file(pdf)
                        .with(csrf())
                        .with(me)
                        .param("kind", "NEED")
                        .param("title", "Con foto e scheda")
                        .param("body", "Testo"))
                .andReturn()
                .getResponse();
        String page = mvc.perform(get(saved.getRedirectedUrl()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("alt=\"Immagine allegata: foto.png\"").contains(">scheda.pdf</a>");
        String pdfUrl = page.replaceAll("(?s).*href=\"(/files/[^\"]+)\">scheda.pdf.*", "$1");
        assertThat(mvc.perform(get(pdfUrl)).andReturn().getResponse().getContentType())
                .isEqualTo("application/pdf");

        // once the process is reserved, its attachments are hidden from outsiders too
        jdbc.sql("update process set visibility = 'RESERVED' where slug = :s")
                .param("s", slug)
                .update();
        assertThat(mvc.perform(get(pdfUrl)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        jdbc.sql(
                        "insert into process_role (process_id, account_id, role) select p.id, a.id, 'MEMBER' from process p, account a "
                                + "where p.slug = :s and a.email = :e")
                .param("s", slug)
                .param("e", email)
                .update();
        var member = mvc.perform(get(pdfUrl).with(me)).andReturn().getResponse();
        assertThat(member.getStatus()).isEqualTo(200);
        assertThat(member.getHeader("Cache-Control")).contains("private");
    }
}
