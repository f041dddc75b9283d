package org.percorsi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.accounts.AccountFlows.GOOD_PASSWORD;
import static org.percorsi.accounts.AccountFlows.from;
import static org.percorsi.accounts.AccountFlows.register;
import static org.percorsi.accounts.AccountFlows.uniqueEmail;
import static org.percorsi.accounts.AccountFlows.uniqueNickname;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** GDPR: a person downloads and deletes their data; administrators block, verify and anonymise accounts. */
class ParticipantControlsTheirDataTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void downloadsEverythingAboutThemAsJsonInAZip() throws Exception {
        String email = registered();
        long accountId = id(email);
        signIn(email, GOOD_PASSWORD);
        long processId = jdbc.sql("select id from process where slug = 'laboratori-di-quartiere'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into process_role (process_id, account_id, role) values (:p, :a, 'FACILITATOR')")
                .param("p", processId)
                .param("a", accountId)
                .update();

        var response = mvc.perform(get("/account/data").with(user(email).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        Map<String, String> files = unzip(response.getContentAsByteArray());
        assertThat(files).containsKeys("account.json", "processes.json", "activity-log.json");
        assertThat(files.get("account.json")).contains(email).contains("\"termsVersion\" : \"2026-11\"");
        assertThat(files.get("processes.json"))
                .contains("Laboratori di quartiere")
                .contains("FACILITATOR");
        assertThat(files.get("activity-log.json")).contains("SIGN_IN");
    }

    @Test
    void deletesTheAccountKeepingNothingPersonal() throws Exception {
        String email = registered();
        long accountId = id(email);
        Cookie session = signIn(email, GOOD_PASSWORD).getCookie("SESSION");
        long processId = jdbc.sql("select id from process where slug = 'laboratori-di-quartiere'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into process_role (process_id, account_id, role) values (:p, :a, 'MEMBER')")
                .param("p", processId)
                .param("a", accountId)
                .update();

        var wrong = mvc.perform(
                        post("/account/delete").cookie(session).with(csrf()).param("password", "sbagliata davvero"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("La password attuale non è corretta.");

        var deleted = mvc.perform(
                        post("/account/delete").cookie(session).with(csrf()).param("password", GOOD_PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/");
        var row = jdbc.sql("select email, nickname, deleted_at is not null as gone from account where id = :id")
                .param("id", accountId)
                .query()
                .singleRow();
        assertThat(row.get("email")).isEqualTo("deleted-" + accountId + "@invalid");
        assertThat(row.get("nickname")).isEqualTo("deleted-" + accountId);
        assertThat(row.get("gone")).isEqualTo(true);
        assertThat(jdbc.sql("select count(*) from process_role where account_id = :id")
                        .param("id", accountId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(signIn(email, GOOD_PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void anAdministratorBlocksVerifiesAndAnonymises() throws Exception {
        String email = registered();
        long accountId = id(email);
        signIn(email, GOOD_PASSWORD);
        var admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");

        mvc.perform(post("/admin/accounts/" + accountId + "/block").with(csrf()).with(admin));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .as("a blocked account's sessions end")
                .isZero();
        assertThat(signIn(email, GOOD_PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");

        mvc.perform(
                post("/admin/accounts/" + accountId + "/unblock").with(csrf()).with(admin));
        assertThat(signIn(email, GOOD_PASSWORD).getRedirectedUrl()).isEqualTo("/account");

        mvc.perform(
                post("/admin/accounts/" + accountId + "/verify").with(csrf()).with(admin));
        assertThat(jdbc.sql("select verification from account where id = :id")
                        .param("id", accountId)
                        .query(String.class)
                        .single())
                .isEqualTo("VERIFIED_RESIDENT");

        String list = mvc.perform(get("/admin/accounts").param("q", email).with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(email).contains("Residente verificato");

        mvc.perform(
                post("/admin/accounts/" + accountId + "/anonymise").with(csrf()).with(admin));
        assertThat(jdbc.sql("select nickname from account where id = :id")
                        .param("id", accountId)
                        .query(String.class)
                        .single())
                .isEqualTo("deleted-" + accountId);

        long adminId = id(TestAccounts.ADMIN_EMAIL);
        var refused = mvc.perform(post("/admin/accounts/" + adminId + "/block")
                        .with(csrf())
                        .with(admin))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Un amministratore non può essere bloccato");
    }

    private String registered() throws Exception {
        String email = uniqueEmail();
        register(mvc, email, uniqueNickname(), GOOD_PASSWORD, true);
        Mailbox.await(MAILBOX, email, 1);
        return email;
    }

    private MockHttpServletResponse signIn(String email, String password) throws Exception {
        return mvc.perform(from(post("/login"), AccountFlows.randomAddress())
                        .with(csrf())
                        .param("email", email)
                        .param("password", password))
                .andReturn()
                .getResponse();
    }

    private long id(String email) {
        return jdbc.sql("select id from account where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
