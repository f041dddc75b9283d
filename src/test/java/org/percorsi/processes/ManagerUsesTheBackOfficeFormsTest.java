package org.percorsi.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The back-office forms as a browser submits them: unticked checkboxes send
 * nothing, refusals come back on the field with status 422, and what was typed
 * is kept; drafts never show on the public site.
 */
class ManagerUsesTheBackOfficeFormsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAProcessAddsPhasesAndSeesRefusalsOnTheirFields() throws Exception {
        var admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");
        String title = "Percorso dal modulo " + UUID.randomUUID().toString().substring(0, 6);

        var invalid = mvc.perform(multipart("/admin/processes")
                        .with(csrf())
                        .with(admin)
                        .param("title", title)
                        .param("slug", "Slug Sbagliato")
                        .param("shortDescription", "")
                        .param("visibility", "PUBLIC"))
                .andReturn()
                .getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString()).contains("Campo obbligatorio.").contains("value=\"" + title + "\"");

        var created = mvc.perform(multipart("/admin/processes")
                        .with(csrf())
                        .with(admin)
                        .param("title", title)
                        .param("shortDescription", "Una prova dal modulo.")
                        .param("visibility", "PUBLIC"))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).startsWith("/admin/processes/");
        String editPath = created.getRedirectedUrl();
        long id = Long.parseLong(editPath.substring(editPath.lastIndexOf('/') + 1));

        var phase = mvc.perform(post(editPath + "/phases")
                        .with(csrf())
                        .with(admin)
                        .param("type", "OPENING")
                        .param("title", "Apertura")
                        .param("startDate", "2031-03-01")
                        .param("endDate", "2031-04-30"))
                .andReturn()
                .getResponse();
        assertThat(phase.getRedirectedUrl()).startsWith(editPath);

        var overlapping = mvc.perform(post(editPath + "/phases")
                        .with(csrf())
                        .with(admin)
                        .param("type", "FEEDBACK")
                        .param("title", "Restituzione")
                        .param("startDate", "2031-04-15")
                        .param("endDate", "2031-05-30"))
                .andReturn()
                .getResponse();
        assertThat(overlapping.getStatus()).isEqualTo(422);
        assertThat(overlapping.getContentAsString())
                .contains("Le date si sovrappongono alla fase «Apertura»")
                .contains("id=\"startDate-error\"");

        var backwards = mvc.perform(post(editPath + "/phases")
                        .with(csrf())
                        .with(admin)
                        .param("type", "FEEDBACK")
                        .param("title", "Restituzione")
                        .param("startDate", "2031-06-30")
                        .param("endDate", "2031-06-01"))
                .andReturn()
                .getResponse();
        assertThat(backwards.getContentAsString())
                .contains("La fine non può precedere l’inizio.")
                .contains("id=\"endDate-error\"");

        var badDate = mvc.perform(post(editPath + "/phases")
                        .with(csrf())
                        .with(admin)
                        .param("type", "FEEDBACK")
                        .param("title", "Restituzione")
                        .param("startDate", "31/06/2031")
                        .param("endDate", "2031-07-01"))
                .andReturn()
                .getResponse();
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(badDate.getContentAsString()).contains("Data non valida");

        String slug = jdbc.sql("select slug from process where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(mvc.perform(get("/processes/" + slug))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a draft is not public")
                .isEqualTo(404);
        mvc.perform(post(editPath + "/publish").with(csrf()).with(admin));
        var page = mvc.perform(get("/processes/" + slug)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains(title)
                .contains("Apertura")
                .contains("1 marzo 2031");
    }

    @Test
    void theConsentBoxLeftUntickedIsExplained() throws Exception {
        var response = mvc.perform(post("/register")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("10.3.3.3");
                            return r;
                        })
                        .param("email", "consenso-" + UUID.randomUUID() + "@example.org")
                        .param(
                                "nickname",
                                "Consenso " + UUID.randomUUID().toString().substring(0, 6))
                        .param("password", "una frase abbastanza lunga davvero"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains("Per registrarti devi accettare le condizioni d’uso e l’informativa sulla privacy.");
    }

    @Test
    void theListPaginatesAndTheUnknownPageIsStyled() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long axis = jdbc.sql("insert into axis (name) values (:n) returning id")
                .param("n", "Paginazione " + run)
                .query(Long.class)
                .single();
        long theme = jdbc.sql("insert into theme (axis_id, name) values (:a, :n) returning id")
                .param("a", axis)
                .param("n", "Tema " + run)
                .query(Long.class)
                .single();
        for (int i = 1; i <= 13; i++) {
            long p = jdbc.sql(
                            "insert into process (slug, title, short_description, status) values (:s, :t, 'x', 'PUBLISHED') returning id")
                    .param("s", "pagina-" + run + "-" + i)
                    .param("t", "Percorso " + run + " n. " + i)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into process_theme values (:p, :t)")
                    .param("p", p)
                    .param("t", theme)
                    .update();
        }
        jdbc.sql("insert into process (slug, title, short_description, status) values (:s, :t, 'x', 'DRAFT')")
                .param("s", "bozza-" + run)
                .param("t", "Bozza " + run)
                .update();

        String first = mvc.perform(get("/processes").param("theme", String.valueOf(theme)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first)
                .contains("Percorsi trovati: 13")
                .contains("Pagina 1 di 2")
                .contains("rel=\"next\"")
                .doesNotContain("Bozza " + run);
        assertThat(first.split("Percorso " + run + " n\\. ", -1)).hasSize(13);
        String second = mvc.perform(
                        get("/processes").param("theme", String.valueOf(theme)).param("page", "2"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains("Pagina 2 di 2").contains("rel=\"prev\"");
        assertThat(second.split("Percorso " + run + " n\\. ", -1)).hasSize(2);
        var beyond = mvc.perform(
                        get("/processes").param("theme", String.valueOf(theme)).param("page", "999"))
                .andReturn()
                .getResponse();
        assertThat(beyond.getContentAsString()).contains("Nessun percorso corrisponde ai filtri scelti.");
        var english = mvc.perform(get("/processes").header("Accept-Language", "en-GB,en;q=0.9"))
                .andReturn()
                .getResponse();
        assertThat(english.getContentAsString()).contains("lang=\"en\"").contains("Participatory processes");
        assertThat(english.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
    }
}
