package org.percorsi.translations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A platform translator holds no role in any process: the back office's link and start page still lead them to
 * their queue, and only them (a participant who translates nothing sees neither).
 */
class TranslatorFindsTheQueueTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String run = UniqueWords.next();

    @Test
    void aPlatformTranslatorFindsTheQueueFromTheBackOfficesStartPage() throws Exception {
        String translator = TestAccounts.newParticipant(jdbc, "piattaforma-", "Traduttrice " + run);
        jdbc.sql("insert into platform_translator (account_id) select id from account where email = :e")
                .param("e", translator)
                .update();

        var home = as(translator, "/admin");
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getContentAsString(StandardCharsets.UTF_8))
                .contains("<a href=\"/admin/translations\">Translations</a>")
                .as("they manage no process nor the registry")
                .doesNotContain("href=\"/admin/processes\"")
                .doesNotContain("href=\"/admin/organisations\"");
        assertThat(as(translator, "/processes").getContentAsString(StandardCharsets.UTF_8))
                .as("the navigation leads to the back office")
                .contains("href=\"/admin\"");
    }

    @Test
    void aParticipantWhoTranslatesNothingHasNoBackOffice() throws Exception {
        String participant = TestAccounts.newParticipant(jdbc, "partecipante-", "Partecipante " + run);

        assertThat(as(participant, "/admin").getStatus()).isEqualTo(403);
        assertThat(as(participant, "/processes").getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("href=\"/admin\"");
    }

    private MockHttpServletResponse as(String email, String path) throws Exception {
        return mvc.perform(get(path)
                        .header("Accept-Language", "en")
                        .with(user(email).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
    }
}
