package org.percorsi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator blocks, unblocks, verifies and anonymises an account from the accounts list and, back
 * on the list, reads what was done (the message after each action used to break the page with a 500).
 */
class AdministratorModeratesAccountsOverHttpTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachActionIsConfirmedOnTheList() {
        String email = "moderata-" + UUID.randomUUID() + "@example.org";
        long id = jdbc.sql(
                        "insert into account (email, nickname, password_hash) values (:e, :n, '{noop}x') returning id")
                .param("e", email)
                .param("n", "Moderata " + UUID.randomUUID().toString().substring(0, 8))
                .query(Long.class)
                .single();
        var admin = new HttpVisitor(port).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        String csrf = HttpVisitor.csrfOf(admin.get("/admin/accounts").body());
        record Step(String action, String message) {}
        for (var step : new Step[] {
            new Step("block", "Account bloccato"),
            new Step("unblock", "Account sbloccato"),
            new Step("verify", "Account verificato come residente"),
            new Step("anonymise", "Account reso anonimo")
        }) {
            var done = admin.post("/admin/accounts/" + id + "/" + step.action(), csrf, "");
            assertThat(done.statusCode()).as(step.action()).isEqualTo(302);
            var list = admin.get(
                    done.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + port, ""));
            assertThat(list.statusCode()).as("the list after " + step.action()).isEqualTo(200);
            assertThat(list.body()).contains(step.message());
        }
    }
}
