package org.percorsi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.accounts.AccountFlows.GOOD_PASSWORD;
import static org.percorsi.accounts.AccountFlows.uniqueEmail;
import static org.percorsi.accounts.AccountFlows.uniqueNickname;
import static org.percorsi.support.HttpVisitor.encode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An attacker asks for a victim's password reset (or registers the victim's
 * address) with a forged Host header, over real HTTP: the mailed link still
 * points at the platform's own address, never at the attacker's host. (The
 * tests run the demo, whose address is localhost on its port.)
 */
class MailedLinksIgnoreTheHostHeaderTest extends IntegrationTest {

    private static final String EVIL_HOST = "evil.example";

    @LocalServerPort
    int port;

    @Test
    void aResetAskedForWithAForgedHostMailsALinkOnTheConfiguredAddress() throws Exception {
        String victim = uniqueEmail();
        var visitor = new HttpVisitor(port);
        String csrf = HttpVisitor.csrfOf(visitor.get("/register").body());
        visitor.post(
                "/register",
                csrf,
                "email=" + encode(victim) + "&nickname=" + encode(uniqueNickname()) + "&password="
                        + encode(GOOD_PASSWORD) + "&acceptTerms=true");
        Mailbox.await(MAILBOX, victim, 1);

        var attacker = new HttpVisitor(port);
        String token = HttpVisitor.csrfOf(attacker.get("/password/forgot").body());
        String answer = postWithHost(attacker, "/password/forgot", token, "email=" + encode(victim));
        assertThat(answer).startsWith("HTTP/1.1 200");

        var reset = Mailbox.await(MAILBOX, victim, 2);
        assertThat(reset.link("/password/reset")).startsWith(demoAddress() + "/password/reset?token=");
        assertThat(reset.body()).doesNotContain(EVIL_HOST);
    }

    @Test
    void aRegistrationWithAForgedHostMailsAConfirmationOnTheConfiguredAddress() throws Exception {
        String email = uniqueEmail();
        var visitor = new HttpVisitor(port);
        String csrf = HttpVisitor.csrfOf(visitor.get("/register").body());
        String answer = postWithHost(
                visitor,
                "/register",
                csrf,
                "email=" + encode(email) + "&nickname=" + encode(uniqueNickname()) + "&password="
                        + encode(GOOD_PASSWORD) + "&acceptTerms=true");
        assertThat(answer).startsWith("HTTP/1.1 200");

        var confirmation = Mailbox.await(MAILBOX, email, 1);
        assertThat(confirmation.link("/account/confirm")).startsWith(demoAddress() + "/account/confirm?token=");
        assertThat(confirmation.body()).doesNotContain(EVIL_HOST);
    }

    private String demoAddress() {
        return "http://localhost:" + port;
    }

    /**
     * Posts a form as the visitor (same session, same CSRF token) but with a forged Host header, written by
     * hand: the JDK's HTTP client refuses to set Host.
     */
    private String postWithHost(HttpVisitor visitor, String path, String csrf, String form) throws IOException {
        String body = "_csrf=" + encode(csrf) + "&" + form;
        String request = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + EVIL_HOST + "\r\n"
                + "Cookie: SESSION=" + visitor.sessionCookie() + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "Connection: close\r\n\r\n" + body;
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
