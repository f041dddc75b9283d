package org.percorsi.mail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.mail.queries.OutboxQueries;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;

/**
 * The outbox shows administrators what the platform mailed. Once a mail has left
 * through SMTP, its stored copy holds no working link (reset, confirmation,
 * invitation): the recipient's copy is the only one. Without SMTP (the demo) the
 * outbox is how mail is read, and it says plainly that it shows live links.
 */
class OutboxKeepsNoLiveSecretsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxQueries outbox;

    @Autowired
    MessageSource messages;

    @Test
    void afterSmtpDeliveryTheStoredCopyHoldsNoWorkingLinkWhileTheDeliveredOneWorks() throws Exception {
        String email = "posta-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String client = "10.77." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
        mvc.perform(post("/register")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                })
                .param("email", email)
                .param("nickname", "Posta " + UUID.randomUUID().toString().substring(0, 6))
                .param("password", "una frase lunga per la posta")
                .param("acceptTerms", "true"));
        Mailbox.await(MAILBOX, email, 1);
        mvc.perform(post("/password/forgot")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                })
                .param("email", email));
        String token = Mailbox.await(MAILBOX, email, 2).link("/password/reset").replaceAll(".*token=", "");
        long id = jdbc.sql("select id from mail_message where recipient = :e order by id desc limit 1")
                .param("e", email)
                .query(Long.class)
                .single();
        awaitSent(id);

        var stored = mvc.perform(get("/admin/outbox/" + id)
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stored)
                .contains("Scegli una nuova password")
                .contains("[link rimosso dopo l’invio]")
                .doesNotContain(token)
                .doesNotContain("/password/reset?token=");
        assertThat(outbox.message(id).orElseThrow().body()).doesNotContain(token);

        var reset = mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "una frase nuova per la posta"))
                .andReturn()
                .getResponse();
        assertThat(reset.getRedirectedUrl())
                .as("the delivered link still works")
                .isEqualTo("/login?reset");
    }

    @Test
    void withSmtpTheOutboxSaysSentCopiesHoldNoLinks() throws Exception {
        var page = mvc.perform(
                        get("/admin/outbox").with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("sono tolti dalla copia conservata").doesNotContain("link attivi");
    }

    @Test
    void withoutSmtpTheOutboxSaysItShowsLiveLinks() {
        var noSmtp =
                new OutboxController(outbox, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class));
        var list = new ExtendedModelMap();
        TestAccounts.asAdmin(() -> noSmtp.list(null, list));

        String notice = messages.getMessage((String) list.get("notice"), null, Locale.ITALIAN);
        assertThat(notice).contains("mostra i link attivi");
        assertThat(messages.getMessage((String) list.get("notice"), null, Locale.ENGLISH))
                .contains("shows live links");
    }

    private void awaitSent(long id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            if ("SENT"
                    .equals(jdbc.sql("select status from mail_message where id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("mail " + id + " not sent");
    }
}
