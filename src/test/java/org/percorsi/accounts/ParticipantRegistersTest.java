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

import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A person registers, confirms their address with the mailed link, and is refused when something is wrong. */
class ParticipantRegistersTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersAndConfirmsTheAddressWithTheMailedLink() throws Exception {
        String email = uniqueEmail();
        String nickname = uniqueNickname();

        var result = register(mvc, email, nickname, GOOD_PASSWORD, true);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("Controlla la tua email");
        assertThat(level(email)).isEqualTo("UNVERIFIED");
        assertThat(jdbc.sql("select terms_version from account where email = :e")
                        .param("e", email)
                        .query(String.class)
                        .single())
                .isEqualTo("2026-11");

        var mail = Mailbox.await(MAILBOX, email, 1);
        assertThat(mail.subject()).isEqualTo("Conferma il tuo indirizzo email");
        assertThat(mail.body()).contains(nickname);
        String token = mail.link("/account/confirm").replaceAll(".*token=", "");

        var page = mvc.perform(get(mail.pathOf("/account/confirm"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Conferma il tuo indirizzo email")
                .contains(token);
        assertThat(level(email)).as("opening the link alone confirms nothing").isEqualTo("UNVERIFIED");

        var confirmed = mvc.perform(post("/account/confirm").with(csrf()).param("token", token))
                .andReturn()
                .getResponse();
        assertThat(confirmed.getContentAsString()).contains("Indirizzo confermato");
        assertThat(level(email)).isEqualTo("EMAIL_CONFIRMED");

        var reused = mvc.perform(post("/account/confirm").with(csrf()).param("token", token))
                .andReturn()
                .getResponse();
        assertThat(reused.getStatus()).isEqualTo(422);
        assertThat(reused.getContentAsString()).contains("Questo link è già stato usato.");
    }

    @Test
    void anExpiredOrForgedLinkIsRefused() throws Exception {
        String email = uniqueEmail();
        register(mvc, email, uniqueNickname(), GOOD_PASSWORD, true);
        String token = Mailbox.await(MAILBOX, email, 1).link("/account/confirm").replaceAll(".*token=", "");
        jdbc.sql("update account_token set expires_at = now() - interval '1 minute' where account_id = "
                        + "(select id from account where email = :e)")
                .param("e", email)
                .update();

        var expired = mvc.perform(post("/account/confirm").with(csrf()).param("token", token))
                .andReturn()
                .getResponse();
        assertThat(expired.getStatus()).isEqualTo(422);
        assertThat(expired.getContentAsString()).contains("Questo link è scaduto");

        var forged = mvc.perform(post("/account/confirm").with(csrf()).param("token", token + "x"))
                .andReturn()
                .getResponse();
        assertThat(forged.getContentAsString()).contains("Il link non è valido");
        assertThat(level(email)).isEqualTo("UNVERIFIED");
    }

    @Test
    void aSecondRegistrationWithTheSameAddressCreatesNothingAndWarnsTheOwner() throws Exception {
        String email = uniqueEmail();
        register(mvc, email, uniqueNickname(), GOOD_PASSWORD, true);
        Mailbox.await(MAILBOX, email, 1);

        var again = register(mvc, email.toUpperCase(), uniqueNickname(), GOOD_PASSWORD, true);

        assertThat(again.getResponse().getContentAsString())
                .as("the page does not reveal that the address is registered")
                .contains("Controlla la tua email");
        assertThat(jdbc.sql("select count(*) from account where lower(email) = lower(:e)")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(Mailbox.await(MAILBOX, email, 2).subject())
                .isEqualTo("Tentativo di registrazione con il tuo indirizzo");
    }

    @Test
    void refusesATakenNicknameWeakPasswordsAndMissingConsent() throws Exception {
        String nickname = uniqueNickname();
        register(mvc, uniqueEmail(), nickname, GOOD_PASSWORD, true);

        assertRefused(
                register(mvc, uniqueEmail(), nickname.toLowerCase(), GOOD_PASSWORD, true),
                "Questo nome utente è già in uso");
        assertRefused(
                register(mvc, uniqueEmail(), uniqueNickname(), "breve123", true),
                "La password deve avere almeno 12 caratteri.");
        assertRefused(
                register(mvc, uniqueEmail(), uniqueNickname(), "x".repeat(129), true),
                "La password può avere al massimo 128 caratteri.");
        assertRefused(register(mvc, uniqueEmail(), uniqueNickname(), "password1234", true), "troppo comune");
        assertRefused(register(mvc, uniqueEmail(), uniqueNickname(), "1qaz2wsx3edc", true), "troppo comune");
        assertRefused(register(mvc, uniqueEmail(), uniqueNickname(), "ciaociaociaociao", true), "troppo comune");
        String email = uniqueEmail();
        assertRefused(
                register(mvc, email, uniqueNickname(), email.split("@")[0] + "-segreta!", true),
                "non deve contenere il tuo nome utente o la tua email");
        assertRefused(
                register(mvc, uniqueEmail(), uniqueNickname(), GOOD_PASSWORD, false), "devi accettare le condizioni");
        assertRefused(
                register(mvc, "not-an-address", uniqueNickname(), GOOD_PASSWORD, true), "Indirizzo email non valido.");
    }

    @Test
    void tooManyRegistrationsFromOneAddressAreRefusedWith429() throws Exception {
        String address = AccountFlows.randomAddress();
        int last = 0;
        for (int i = 0; i < 11; i++) {
            last = mvc.perform(from(post("/register"), address)
                            .with(csrf())
                            .param("email", uniqueEmail())
                            .param("nickname", uniqueNickname())
                            .param("password", "short")
                            .param("acceptTerms", "true"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (i < 10) {
                assertThat(last).as("attempt %d is within the limit", i + 1).isEqualTo(422);
            }
        }
        var refused = mvc.perform(from(post("/register"), address).with(csrf()).param("email", uniqueEmail()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("300");
        assertThat(jdbc.sql("select count(*) from account where email = 'never@example.org'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void assertRefused(MvcResult result, String message) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains(message);
    }

    private String level(String email) {
        return jdbc.sql("select verification from account where email = :e")
                .param("e", email)
                .query(String.class)
                .single();
    }
}
