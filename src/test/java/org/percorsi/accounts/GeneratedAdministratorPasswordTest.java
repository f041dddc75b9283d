package org.percorsi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.accounts.AccountFlows.from;
import static org.percorsi.accounts.AccountFlows.randomAddress;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first administrator's generated password was printed in the log: after signing in with it, every page
 * leads to choosing a new one (same policy as everywhere), which then opens the page asked for. A password
 * set with PERCORSI_ADMIN_PASSWORD is the operator's own and is not to be replaced. Over HTTP, with the
 * sessions in the database.
 */
class GeneratedAdministratorPasswordTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aGeneratedPasswordMustBeReplacedBeforeAnyPageOpens() throws Exception {
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String generated = new AdministratorBootstrap(accounts, encoder, email, "")
                .createAdministrator(AccountFlows.uniqueNickname());
        assertThat(generated).isNotBlank();
        assertThat(marked(email)).isTrue();

        Cookie session = signIn(email, generated);
        for (String page : new String[] {"/", "/processes", "/admin", "/account", "/notifications", "/admin/outbox"}) {
            assertThat(mvc.perform(get(page).cookie(session))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .as(page)
                    .isEqualTo("/account/password/new?next=" + page);
        }
        assertThat(mvc.perform(get("/search?q=piazza&sort=new").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/password/new?next=/search?q%3Dpiazza%26sort%3Dnew");
        var fragment = mvc.perform(
                        get("/processes").header("HX-Request", "true").cookie(session))
                .andReturn()
                .getResponse();
        assertThat(fragment.getHeader("HX-Redirect")).isEqualTo("/account/password/new");
        var form = mvc.perform(post("/account/email")
                        .with(csrf())
                        .cookie(session)
                        .param("newEmail", "altro-" + email)
                        .param("currentPassword", generated))
                .andReturn()
                .getResponse();
        assertThat(form.getRedirectedUrl())
                .as("a form sent meanwhile does nothing")
                .isEqualTo("/account/password/new");
        assertThat(mvc.perform(get("/css/percorsi.css").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("static files still load")
                .isEqualTo(200);

        var asked = mvc.perform(get(URI.create("/account/password/new?next=/search?q%3Dpiazza%26sort%3Dnew"))
                        .cookie(session))
                .andReturn()
                .getResponse();
        assertThat(asked.getContentAsString()).contains("value=\"/search?q=piazza&amp;sort=new\"");
        var page = mvc.perform(get("/account/password/new?next=/admin/outbox").cookie(session))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Scegli la tua password")
                .contains("registro del server")
                .contains("name=\"next\" value=\"/admin/outbox\"");

        var weak = choose(session, "password123", "/admin/outbox");
        assertThat(weak.getStatus()).isEqualTo(422);
        assertThat(weak.getContentAsString()).contains("almeno 12 caratteri").contains("value=\"/admin/outbox\"");
        var common = choose(session, "password1234567", "/admin/outbox");
        assertThat(common.getContentAsString()).contains("troppo comune");
        var same = choose(session, generated, "/admin/outbox");
        assertThat(same.getContentAsString()).contains("diversa da quella attuale");
        assertThat(marked(email)).as("nothing saved while refused").isTrue();

        String chosen = "la torre civica suona alle nove "
                + UUID.randomUUID().toString().substring(0, 4);
        var done = choose(session, chosen, "/admin/outbox");
        assertThat(done.getRedirectedUrl()).as("on to where they were going").isEqualTo("/admin/outbox");
        assertThat(marked(email)).isFalse();
        for (String open : new String[] {"/", "/processes", "/admin", "/account", "/admin/outbox"}) {
            assertThat(mvc.perform(get(open).cookie(session))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(open)
                    .isEqualTo(200);
        }
        assertThat(mvc.perform(get("/account/password/new").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the page has nothing more to do")
                .isEqualTo("/account");
        assertThat(mvc.perform(post("/account/password/new")
                                .with(csrf())
                                .cookie(session)
                                .param("newPassword", "un'altra frase ancora più lunga di prima"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("without the mark a new password needs the current one")
                .isEqualTo(403);

        assertThat(signIn(email, chosen)).as("the new password signs in").isNotNull();
    }

    @Test
    void goesOnToTheBackOfficeWhenNoPageWasAskedForAndNeverToAnotherSite() throws Exception {
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Cookie session = signIn(
                email,
                new AdministratorBootstrap(accounts, encoder, email, "")
                        .createAdministrator(AccountFlows.uniqueNickname()));
        assertThat(choose(session, "il mercato apre il sabato mattina", "//evil.example/x")
                        .getRedirectedUrl())
                .isEqualTo("/admin");
    }

    @Test
    void aConfiguredPasswordDoesNotHaveToBeReplaced() throws Exception {
        assertThat(marked(TestAccounts.ADMIN_EMAIL))
                .as("the tests' administrator has PERCORSI_ADMIN_PASSWORD")
                .isFalse();
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String configured = "una password scelta da chi installa "
                + UUID.randomUUID().toString().substring(0, 4);
        assertThat(new AdministratorBootstrap(accounts, encoder, email, configured)
                        .createAdministrator(AccountFlows.uniqueNickname()))
                .isNull();
        assertThat(marked(email)).isFalse();
        Cookie session = signIn(email, configured);
        assertThat(mvc.perform(get("/admin").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse choose(Cookie session, String password, String next) throws Exception {
        return mvc.perform(post("/account/password/new")
                        .with(csrf())
                        .cookie(session)
                        .param("newPassword", password)
                        .param("next", next))
                .andReturn()
                .getResponse();
    }

    private Cookie signIn(String email, String password) throws Exception {
        var response = mvc.perform(from(post("/login"), randomAddress())
                        .with(csrf())
                        .param("email", email)
                        .param("password", password))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).as("signed in").isEqualTo("/admin");
        return response.getCookie("SESSION");
    }

    private boolean marked(String email) {
        return jdbc.sql("select must_change_password from account where email = :e")
                .param("e", email)
                .query(Boolean.class)
                .single();
    }
}
