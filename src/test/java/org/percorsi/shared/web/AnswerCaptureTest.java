package org.percorsi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * An answer captured and sent again, as the page caches and the API keep them: sent again with the headers its
 * rendering set, once each, and not with those the filters outside set for the request it was rendered for (a
 * request id is the request's own); an answer of a type not kept, or one that sets a cookie, is not keepable.
 */
class AnswerCaptureTest {

    @Test
    void aKeptAnswerIsSentAgainWithTheHeadersItsRenderingSetOnly() throws Exception {
        var first = new MockHttpServletResponse();
        first.setHeader(RequestIds.HEADER, "first-request");
        var captured = new AnswerCapture(first, type -> type.startsWith("application/json"), 1024, true, () -> {});
        captured.setContentType("application/json");
        captured.setHeader("ETag", "\"abc\"");
        captured.addHeader("X-Content-Type-Options", "nosniff");
        captured.getOutputStream().write("{\"id\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(captured.keepable()).isTrue();
        var kept = KeptAnswer.of(captured);
        captured.copyBodyToResponse();
        assertThat(first.getContentAsString()).isEqualTo("{\"id\":1}");

        var again = new MockHttpServletResponse();
        again.setHeader(RequestIds.HEADER, "second-request");
        kept.writeTo(again);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getContentAsString()).isEqualTo("{\"id\":1}");
        assertThat(again.getContentType()).startsWith("application/json");
        assertThat(again.getContentLength()).isEqualTo(8);
        assertThat(again.getHeaders("ETag")).containsExactly("\"abc\"");
        assertThat(again.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(again.getHeaders(RequestIds.HEADER)).containsExactly("second-request");
    }

    @Test
    void anAnswerOfAnotherTypeOrSettingACookieIsNotKeepable() throws Exception {
        var csv = new AnswerCapture(
                new MockHttpServletResponse(), type -> type.startsWith("text/html"), 1024, true, () -> {});
        csv.setContentType("text/csv");
        csv.getOutputStream().write("id\n".getBytes(StandardCharsets.UTF_8));
        assertThat(csv.passedThrough()).isTrue();
        assertThat(csv.keepable()).isFalse();

        var withCookie = new AnswerCapture(
                new MockHttpServletResponse(), type -> type.startsWith("text/html"), 1024, true, () -> {});
        withCookie.setContentType("text/html");
        withCookie.addHeader("Set-Cookie", "SESSION=x");
        withCookie.getWriter().write("<p>");
        assertThat(withCookie.keepable()).isFalse();
    }
}
