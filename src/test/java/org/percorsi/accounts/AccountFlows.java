package org.percorsi.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Random;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Steps of the account flows as a browser performs them, for the tests. */
final class AccountFlows {

    static final String GOOD_PASSWORD = "il tram passa alle sette e un quarto";

    private AccountFlows() {}

    static String uniqueEmail() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static String uniqueNickname() {
        return "Utente " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A request from its own client address, so rate limits of one test do not touch another. */
    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    static String randomAddress() {
        var r = new Random();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    static MvcResult register(MockMvc mvc, String email, String nickname, String password, boolean acceptTerms)
            throws Exception {
        return mvc.perform(from(post("/register"), randomAddress())
                        .with(csrf())
                        .param("email", email)
                        .param("nickname", nickname)
                        .param("password", password)
                        .param("acceptTerms", String.valueOf(acceptTerms)))
                .andReturn();
    }
}
