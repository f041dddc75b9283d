package org.percorsi.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Back-office requests through MockMvc: signed in as the platform's administrator, sent as a browser's form. */
public final class AdminRequests {

    private AdminRequests() {}

    /** The request, made by the platform's administrator. */
    public static <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
        return request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"));
    }

    /** Sends the request with its CSRF token, as a browser sends a form, and returns the answer. */
    public static MockHttpServletResponse send(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }
}
