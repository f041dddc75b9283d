package org.percorsi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.accounts.AccountFlows.GOOD_PASSWORD;
import static org.percorsi.accounts.AccountFlows.from;
import static org.percorsi.accounts.AccountFlows.randomAddress;
import static org.percorsi.accounts.AccountFlows.register;
import static org.percorsi.accounts.AccountFlows.uniqueEmail;
import static org.percorsi.accounts.AccountFlows.uniqueNickname;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Wrong passwords slow down whoever types them, per address and client, and
 * tell nobody whether the address has an account; the owner, from their own
 * client or after a password reset, still gets in.
 */
class SignInThrottleTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswersAfterFiveSixAndTenWrongPasswords() throws Exception {
        String known = registered();
        String unknown = uniqueEmail();
        String client = randomAddress();

        for (int attempt = 1; attempt <= 10; attempt++) {
            var forKnown = signIn(known, "wrong password " + attempt, client);
            var forUnknown = signIn(unknown, "wrong password " + attempt, client);
            if (attempt == 5 || attempt == 6 || attempt == 10) {
                assertThat(answer(forKnown)).as("attempt %d", attempt).isEqualTo(answer(forUnknown));
            }
        }
        assertThat(answer(signIn(known, GOOD_PASSWORD, client)))
                .as("even the right password waits, like any password for an unknown address")
                .isEqualTo(answer(signIn(unknown, GOOD_PASSWORD, client)));
    }

    @Test
    void anAttackersWrongPasswordsDoNotKeepTheOwnerOut() throws Exception {
        String owner = registered();
        String attacker = randomAddress();
        for (int attempt = 1; attempt <= 12; attempt++) {
            signIn(owner, "guess number " + attempt, attacker);
        }
        assertThat(signIn(owner, GOOD_PASSWORD, attacker).getRedirectedUrl())
                .as("the attacker's client waits")
                .isEqualTo("/login?throttled");

        assertThat(signIn(owner, GOOD_PASSWORD, randomAddress()).getRedirectedUrl())
                .as("the owner, from their own client, signs in")
                .isEqualTo("/account");
    }

    @Test
    void aPasswordResetLetsTheOwnerInAgainFromTheSameClient() throws Exception {
        String owner = registered();
        String sharedClient = randomAddress();
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn(owner, "forgotten " + attempt, sharedClient);
        }
        assertThat(signIn(owner, GOOD_PASSWORD, sharedClient).getRedirectedUrl())
                .isEqualTo("/login?throttled");
        var notice = Mailbox.await(MAILBOX, owner, 2);
        assertThat(notice.subject()).isEqualTo("Tentativi di accesso non riusciti al tuo account");
        assertThat(notice.body()).contains("/password/forgot");

        mvc.perform(from(post("/password/forgot"), sharedClient).with(csrf()).param("email", owner));
        String token = Mailbox.await(MAILBOX, owner, 3).link("/password/reset").replaceAll(".*token=", "");
        String newPassword = "una frase nuova dopo i tentativi";
        assertThat(mvc.perform(post("/password/reset")
                                .with(csrf())
                                .param("token", token)
                                .param("password", newPassword))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?reset");

        assertThat(signIn(owner, newPassword, sharedClient).getRedirectedUrl()).isEqualTo("/account");
    }

    /**
     * What the person sees: status, headers but the session cookie's value and the request's own id (new for every
     * request, whoever asks), and the body.
     */
    private static Map<String, Object> answer(MockHttpServletResponse response) throws Exception {
        Map<String, Object> seen = new TreeMap<>();
        seen.put("status", response.getStatus());
        for (String name : response.getHeaderNames()) {
            seen.put(
                    name,
                    name.equalsIgnoreCase("Set-Cookie")
                            ? response.getHeaders(name).stream()
                                    .map(c -> c.replaceAll("=[^;]*", "=…"))
                                    .toList()
                            : name.equalsIgnoreCase("X-Request-Id") ? List.of("…") : response.getHeaders(name));
        }
        seen.put("body", response.getContentAsString());
        return seen;
    }

    private MockHttpServletResponse signIn(String email, String password, String client) throws Exception {
        return mvc.perform(from(post("/login"), client)
                        .with(csrf())
                        .param("email", email)
                        .param("password", password))
                .andReturn()
                .getResponse();
    }

    private String registered() throws Exception {
        String email = uniqueEmail();
        register(mvc, email, uniqueNickname(), GOOD_PASSWORD, true);
        Mailbox.await(MAILBOX, email, 1);
        return email;
    }
}
