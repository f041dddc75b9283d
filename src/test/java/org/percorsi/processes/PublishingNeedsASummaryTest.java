package org.percorsi.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A process goes public only with a short description people can read: it is all its card says in the lists
 * and search results, and the lead of its page. Empty, or only invisible characters (a no-break or
 * zero-width space the form's "required" lets through), is refused on that field, and the process stays a draft.
 */
class PublishingNeedsASummaryTest extends IntegrationTest {

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
    void theUseCaseRefusesAnEmptyOrInvisibleSummary() {
        for (String summary : new String[] {"", "\u00a0\u200b "}) {
            long id = draft(summary);
            TestAccounts.asAdmin(() -> assertThatThrownBy(() -> publish.handle(id))
                    .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                        assertThat(refusal.field()).isEqualTo("shortDescription");
                        assertThat(refusal.messageKey()).isEqualTo("process.publish.noSummary");
                    }));
            assertThat(status(id)).isEqualTo("DRAFT");
        }
        long written = draft("Dove mettere le nuove panchine del parco.");
        TestAccounts.asAdmin(() -> publish.handle(written));
        assertThat(status(written)).isEqualTo("PUBLISHED");
    }

    @Test
    void thePublishButtonAnswersOnTheSummaryFieldInThePersonsLanguage() throws Exception {
        var admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");
        String title = "Senza sommario " + UUID.randomUUID().toString().substring(0, 6);
        // the form takes a summary of a no-break space: Java does not call it white space
        var created = mvc.perform(multipart("/admin/processes")
                        .with(csrf())
                        .with(admin)
                        .param("title", title)
                        .param("shortDescription", "\u00a0")
                        .param("visibility", "PUBLIC"))
                .andReturn()
                .getResponse();
        String editPath = created.getRedirectedUrl();
        long id = Long.parseLong(editPath.substring(editPath.lastIndexOf('/') + 1));
        TestAccounts.asAdmin(() -> addPhase.handle(
                id,
                new PhaseForm(
                        PhaseType.OPENING,
                        "Apertura",
                        "",
                        LocalDate.now().plusDays(1),
                        LocalDate.now().plusDays(30),
                        "",
                        "",
                        false)));

        var italian = mvc.perform(
                        post(editPath + "/publish").with(csrf()).with(admin).header("Accept-Language", "it"))
                .andReturn()
                .getResponse();
        assertThat(italian.getStatus()).isEqualTo(422);
        assertThat(italian.getContentAsString())
                .contains("id=\"shortDescription-error\">Per pubblicare il percorso scrivi la descrizione breve")
                .contains("href=\"#shortDescription\"")
                .contains("value=\"" + title + "\"");
        var english = mvc.perform(
                        post(editPath + "/publish").with(csrf()).with(admin).header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        assertThat(english.getContentAsString()).contains("Write the short description before publishing the process");
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    private long draft(String summary) {
        return TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(new ProcessForm(
                    "Panchine " + UUID.randomUUID(),
                    "",
                    summary,
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
                            PhaseType.OPENING,
                            "Apertura",
                            "",
                            LocalDate.now().plusDays(1),
                            LocalDate.now().plusDays(30),
                            "",
                            "",
                            false));
            return id;
        });
    }

    private String status(long id) {
        return jdbc.sql("select status from process where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
