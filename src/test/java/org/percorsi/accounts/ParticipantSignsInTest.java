package org.percorsi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.accounts.AccountFlows.GOOD_PASSWORD;
import static org.percorsi.accounts.AccountFlows.from;
import static org.percorsi.accounts.AccountFlows.register;
import static org.percorsi.accounts.AccountFlows.uniqueEmail;
import static org.percorsi.accounts.AccountFlows.uniqueNickname;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in: wrong passwords, password reset, sign out everywhere (slowing down wrong passwords: SignInThrottleTest). */
class ParticipantSignsInTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signsInWithTheRightPasswordOnlyAndGetsANewSessionId() throws Exception {
        String email = registered();

        MvcResult wrong = signIn(email, "not the right password at all", AccountFlows.randomAddress(), null);
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before)
                .as("the sign-in form's CSRF token lives in a session")
                .isNotNull();
        MvcResult right = mvc.perform(from(post("/login"), AccountFlows.randomAddress())
                        .with(csrf())
                        .cookie(before)
                        .param("email", email)
                        .param("password", GOOD_PASSWORD))
                .andReturn();
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/account");
        Cookie after = right.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue())
                .as("session fixation protection: a new id at sign-in")
                .isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();

        var account = mvc.perform(get("/account").cookie(after)).andReturn().getResponse();
        assertThat(account.getStatus()).isEqualTo(200);
        assertThat(account.getContentAsString()).contains("Il mio account").contains(email);
    }

    @Test
    void resetsAForgottenPasswordOnceWithTheMailedLink() throws Exception {
        String email = registered();
        signIn(email, GOOD_PASSWORD, AccountFlows.randomAddress(), null);
        assertThat(sessionsOf(email)).isEqualTo(1);

        var sent = mvc.perform(from(post("/password/forgot"), AccountFlows.randomAddress())
                        .with(csrf())
                        .param("email", email))
                .andReturn()
                .getResponse();
        assertThat(sent.getContentAsString()).contains("Se esiste un account con questo indirizzo");
        var mail = Mailbox.await(MAILBOX, email, 2);
        assertThat(mail.subject()).isEqualTo("Scegli una nuova password");
        String token = mail.link("/password/reset").replaceAll(".*token=", "");

        var weak = mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "short"))
                .andReturn()
                .getResponse();
        assertThat(weak.getStatus()).isEqualTo(422);
        assertThat(weak.getContentAsString()).contains("almeno 12 caratteri");

        // the refused attempt used the link up: ask again
        mvc.perform(from(post("/password/forgot"), AccountFlows.randomAddress())
                .with(csrf())
                .param("email", email));
        token = Mailbox.await(MAILBOX, email, 3).link("/password/reset").replaceAll(".*token=", "");
        String newPassword = "una nuova frase per entrare domani";
        var done = mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", newPassword))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/login?reset");
        assertThat(sessionsOf(email)).as("every session ends after a reset").isZero();

        assertThat(signIn(email, GOOD_PASSWORD, AccountFlows.randomAddress(), null)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(signIn(email, newPassword, AccountFlows.randomAddress(), null)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account");
        var reused = mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", newPassword + "!"))
                .andReturn()
                .getResponse();
        assertThat(reused.getContentAsString()).contains("Questo link è già stato usato.");
    }

    @Test
    void aResetForAnUnknownAddressLooksTheSameAndMailsNobody() throws Exception {
        String nobody = uniqueEmail();
        var page = mvc.perform(from(post("/password/forgot"), AccountFlows.randomAddress())
                        .with(csrf())
                        .param("email", nobody))
                .andReturn()
                .getResponse();
        assertThat(page.getContentAsString()).contains("Se esiste un account con questo indirizzo");
        Thread.sleep(300);
        assertThat(Mailbox.to(MAILBOX, nobody)).isEmpty();
    }

    @Test
    void signsOutEverywhere() throws Exception {
        String email = registered();
        Cookie phone = signIn(email, GOOD_PASSWORD, AccountFlows.randomAddress(), null)
                .getResponse()
                .getCookie("SESSION");
        Cookie laptop = signIn(email, GOOD_PASSWORD, AccountFlows.randomAddress(), null)
                .getResponse()
                .getCookie("SESSION");
        assertThat(sessionsOf(email)).isEqualTo(2);
        assertThat(mvc.perform(get("/account").cookie(phone))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        var out = mvc.perform(post("/account/sessions").cookie(laptop).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(out.getRedirectedUrl()).isEqualTo("/login?signedOut");
        assertThat(sessionsOf(email)).isZero();
        assertThat(mvc.perform(get("/account").cookie(phone))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the phone is signed out too")
                .endsWith("/login");
    }

    private String registered() throws Exception {
        String email = uniqueEmail();
        register(mvc, email, uniqueNickname(), GOOD_PASSWORD, true);
        Mailbox.await(MAILBOX, email, 1);
        return email;
    }

    private MvcResult signIn(String email, String password, String address, Cookie session) throws Exception {
        var request =
                from(post("/login"), address).with(csrf()).param("email", email).param("password", password);
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request).andReturn();
    }

    private long sessionsOf(String email) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }
}
