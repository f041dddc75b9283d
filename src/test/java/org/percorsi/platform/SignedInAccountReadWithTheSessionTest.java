package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.accounts.AccountsSignIn;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every request of a signed-in person needs their session and their account: the session's read brings the
 * account along, computed by the database at that read, so it is exactly as current as the account's row, and
 * it is the signed-in person's own or it is not used.
 */
class SignedInAccountReadWithTheSessionTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Autowired
    AccountsApi accounts;

    @AfterEach
    void leaveNoRequestBehind() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSessionsReadBringsTheAccountAsItsRowIsNow() {
        String email = TestAccounts.newParticipant(jdbc, "with-session-", "Sessione " + UUID.randomUUID());
        var person = new HttpVisitor(port).signIn(email, "x");
        assertThat(person.get("/account").statusCode()).isEqualTo(200);

        String brought =
                (String) sessions.findById(sessionId(person)).getAttribute(AccountsSignIn.SIGNED_IN_ACCOUNT_ATTRIBUTE);
        assertThat(brought)
                .as("the account came with the session")
                .contains(email)
                .contains("Sessione ");
        assertThat(jdbc.sql("select count(*) from spring_session_attributes where attribute_name = :name")
                        .param("name", AccountsSignIn.SIGNED_IN_ACCOUNT_ATTRIBUTE)
                        .query(Integer.class)
                        .single())
                .as("computed at each read, never stored")
                .isZero();

        // an administrator's reset, straight in the database: the very next request sees it
        jdbc.sql("update account set must_change_password = true where email = :email")
                .param("email", email)
                .update();
        var next = person.get("/account");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/account/password/new"));
    }

    @Test
    void anAccountBroughtForSomeoneElseIsNeverTaken() {
        String me = TestAccounts.newParticipant(jdbc, "me-", "Io " + UUID.randomUUID());
        String other = TestAccounts.newParticipant(jdbc, "other-", "Altro " + UUID.randomUUID());
        long myId = id(me);

        // the session carries another person's account (it cannot happen: the read joins on the session's own
        // principal; if it ever did, the person's own account is read instead)
        requestWithSessionCarrying(textFor(other, "Altro"), me);
        assertThat(accounts.current()).hasValueSatisfying(account -> {
            assertThat(account.id()).isEqualTo(myId);
            assertThat(account.email()).isEqualTo(me);
        });

        // their own account, as the read brought it: taken as it is, without reading the row again
        requestWithSessionCarrying(textFor(me, "Come la sessione lo porta"), me);
        assertThat(accounts.current()).hasValueSatisfying(account -> {
            assertThat(account.id()).isEqualTo(myId);
            assertThat(account.nickname()).isEqualTo("Come la sessione lo porta");
        });
    }

    /** The text the session's read computes for this address, with another nickname. */
    private String textFor(String email, String nickname) {
        String read = AccountsSignIn.signedInAccountRead(":email");
        String text = jdbc.sql(read).param("email", email).query(String.class).single();
        return text.substring(0, text.lastIndexOf('\t') + 1) + nickname;
    }

    private long id(String email) {
        return jdbc.sql("select id from account where email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private static void requestWithSessionCarrying(String text, String signedIn) {
        var session = new MockHttpSession();
        session.setAttribute(AccountsSignIn.SIGNED_IN_ACCOUNT_ATTRIBUTE, text);
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        signedIn, null, AuthorityUtils.createAuthorityList("ROLE_PARTICIPANT")));
    }

    private static String sessionId(HttpVisitor person) {
        return new String(Base64.getDecoder().decode(person.sessionCookie()), StandardCharsets.UTF_8);
    }
}
