package org.percorsi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.RecordMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.organisation.OrganisationApi;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A file stops being served when it stops being used: a photo removed from a reserved meeting's record, the
 * old cover of a reserved process, a replaced logo, an upload nothing kept. Files are never kept by browsers
 * or shared caches long enough to outlive their removal.
 */
class RemovedFilesAreNotPublicTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FilesApi files;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    RecordMeeting record;

    @Autowired
    OrganisationApi organisation;

    @Test
    void aPhotoRemovedFromAReservedMeetingsRecordIsGone() throws Exception {
        long processId = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(form("Tavolo " + UUID.randomUUID(), Visibility.RESERVED, null));
            addPhase.handle(
                    id,
                    new PhaseForm(
                            PhaseType.CUSTOM,
                            "Tavolo",
                            "",
                            LocalDate.now().minusDays(3),
                            LocalDate.now().plusDays(10),
                            "",
                            "",
                            false));
            publish.handle(id);
            return id;
        });
        var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .minusDays(1)
                .withSecond(0)
                .withNano(0);
        long meeting = TestAccounts.asAdministrator(() -> schedule.create(
                processId,
                new MeetingForm(
                        "Seduta riservata",
                        MeetingFormat.NEGOTIATION_TABLE,
                        null,
                        null,
                        null,
                        "Descrizione",
                        start,
                        start.plusHours(2),
                        "Sala",
                        "",
                        "",
                        "",
                        null,
                        null,
                        "Tavolo",
                        "",
                        "",
                        false,
                        false,
                        null,
                        false,
                        null,
                        "",
                        true)));
        TestAccounts.asAdmin(() -> record.save(
                meeting,
                new RecordMeeting.RecordForm("<p>Verbale</p>", Map.of(), List.of(png("lavagna.png")), "La lavagna"),
                true));
        UUID photo = jdbc.sql("select file_id from meeting_file where meeting_id = :m")
                .param("m", meeting)
                .query(UUID.class)
                .single();
        assertThat(asAdmin("/files/" + photo).getStatus()).isEqualTo(200);

        TestAccounts.asAdmin(() -> record.removeFile(meeting, photo));

        assertThat(asAdmin("/files/" + photo).getStatus())
                .as("not even its organisers reach it")
                .isEqualTo(404);
        assertThat(anonymous("/files/" + photo).getStatus()).isEqualTo(404);
    }

    @Test
    void theReplacedCoverOfAReservedProcessIsGoneAndTheNewOneStaysReserved() throws Exception {
        long processId = TestAccounts.asAdministrator(() ->
                createProcess.handle(form("Copertina " + UUID.randomUUID(), Visibility.RESERVED, png("prima.png"))));
        UUID first = cover(processId);
        assertThat(asAdmin("/files/" + first).getStatus()).isEqualTo(200);

        var replaced = mvc.perform(multipart("/admin/processes/" + processId)
                        .file(png("seconda.png", "cover"))
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .param("title", "Copertina nuova")
                        .param("shortDescription", "Breve")
                        .param("visibility", "RESERVED")
                        .param("coverImageAlt", "La piazza"))
                .andReturn()
                .getResponse();
        assertThat(replaced.getStatus()).as(replaced.getContentAsString()).isEqualTo(302);
        UUID second = cover(processId);
        assertThat(second).isNotEqualTo(first);

        assertThat(asAdmin("/files/" + first).getStatus()).isEqualTo(404);
        assertThat(anonymous("/files/" + second).getStatus())
                .as("the new one, of a reserved process")
                .isEqualTo(404);
        var shown = asAdmin("/files/" + second);
        assertThat(shown.getStatus()).isEqualTo(200);
        assertThat(shown.getHeader("Cache-Control"))
                .as("kept only by the browser, checked again each time")
                .contains("private")
                .contains("no-cache")
                .doesNotContain("immutable");
    }

    @Test
    void aReplacedLogoIsGoneAndTheCurrentOneIsSharedOnlyBriefly() throws Exception {
        UUID first = replaceLogo("primo.png");
        UUID second = replaceLogo("secondo.png");

        assertThat(anonymous("/files/" + first).getStatus()).isEqualTo(404);
        var current = anonymous("/files/" + second);
        assertThat(current.getStatus()).isEqualTo(200);
        assertThat(current.getHeader("Cache-Control"))
                .contains("public")
                .contains("max-age=600")
                .doesNotContain("immutable");
    }

    @Test
    void anUploadNothingKeptIsNotServed() throws Exception {
        UUID orphan = files.storeImage("sola.png", ManagerRunsAProcessTestSupport.png(), "photo");

        assertThat(anonymous("/files/" + orphan).getStatus()).isEqualTo(404);
        assertThat(asAdmin("/files/" + orphan).getStatus()).isEqualTo(404);
    }

    private UUID replaceLogo(String filename) throws Exception {
        var info = organisation.info();
        var saved = mvc.perform(multipart("/admin/organisation")
                        .file(png(filename, "logo"))
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .param("name", info.name())
                        .param("defaultLanguage", "it"))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/organisation");
        return organisation.info().logoFileId();
    }

    private UUID cover(long processId) {
        return jdbc.sql("select cover_image_id from process where id = :id")
                .param("id", processId)
                .query(UUID.class)
                .single();
    }

    private MockHttpServletResponse asAdmin(String path) throws Exception {
        return mvc.perform(get(path).with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private static ProcessForm form(String title, Visibility visibility, MockMultipartFile cover) {
        return new ProcessForm(
                title,
                null,
                "Breve",
                "",
                "",
                "",
                "",
                "",
                "",
                visibility,
                List.of(),
                List.of(),
                cover,
                cover == null ? "" : "La piazza",
                false,
                null);
    }

    private static MockMultipartFile png(String filename) {
        return png(filename, "files");
    }

    private static MockMultipartFile png(String filename, String field) {
        return new MockMultipartFile(field, filename, "image/png", ManagerRunsAProcessTestSupport.png());
    }
}
