package org.percorsi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Administrative actions and sign-ins are recorded with who, what, when and from where, and can be filtered. */
class AdministratorReadsAuditLogTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void recordsActionsAndSignInsAndFiltersThem() throws Exception {
        String address = "10.77." + (int) (Math.random() * 250) + ".9";
        String axis = "Asse registrato " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/themes/axes")
                .with(csrf())
                .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("name", axis)
                .param("description", ""));
        mvc.perform(post("/admin/themes/axes")
                .with(csrf())
                .with(user("intruso@example.org").roles("PARTICIPANT"))
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("name", axis + " bis"));
        mvc.perform(post("/login")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("email", TestAccounts.ADMIN_EMAIL)
                .param("password", "not the password"));
        mvc.perform(post("/login")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("email", TestAccounts.ADMIN_EMAIL)
                .param("password", TestAccounts.ADMIN_PASSWORD));

        String page = mvc.perform(get("/admin/audit")
                        .param("action", "/admin/themes/axes")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("POST /admin/themes/axes")
                .contains(TestAccounts.ADMIN_EMAIL)
                .contains(address)
                .contains("DONE")
                .contains("intruso@example.org")
                .contains("DENIED");
        assertThat(page)
                .as("the outcome filter offers sign-in failures that still happen, no lock-outs (now throttling)")
                .contains("<option value=\"BadCredentials\"")
                .doesNotContain("value=\"Locked\"");

        String signIns = mvc.perform(get("/admin/audit")
                        .param("action", "SIGN_IN")
                        .param("outcome", "BadCredentials")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(signIns)
                .contains("SIGN_IN")
                .contains("BadCredentials")
                .contains(address)
                .doesNotContain("POST /admin/themes/axes");
    }
}
