package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * The visitors' page cache keeps pages and nothing else: a dataset's column page (HTML) is kept like any page,
 * while its CSV or JSON, however large, goes to the client as it is written and is rendered anew for each
 * request (validated by its ETag, not kept); a page too large to keep goes through as well.
 */
class DownloadsAreNotKeptTest {

    private final AnonymousPageCache cache =
            new AnonymousPageCache(new KeptPages(Duration.ofMinutes(1), 64), new FixedLocaleResolver(Locale.ITALIAN));
    private final AtomicInteger renders = new AtomicInteger();

    @Test
    void aDatasetsColumnPageIsKept() throws Exception {
        FilterChain page = (request, response) -> {
            renders.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<h1>Proposte</h1>");
        };
        assertThat(body(get("/opendata/proposals", page))).isEqualTo("<h1>Proposte</h1>");
        assertThat(body(get("/opendata/proposals", page))).isEqualTo("<h1>Proposte</h1>");
        assertThat(renders).as("the second visitor got the kept page").hasValue(1);
    }

    @Test
    void aCsvDownloadGoesStraightToTheClientAndIsNotKept() throws Exception {
        FilterChain csv = (request, response) -> {
            renders.incrementAndGet();
            response.setContentType("text/csv;charset=UTF-8");
            response.getOutputStream().write("id,title\n".getBytes(StandardCharsets.UTF_8));
            assertThat(body(sentSoFar(response)))
                    .as("with the client while the rest is still being read")
                    .isEqualTo("id,title\n");
            response.getOutputStream().write("1,Orti\n".getBytes(StandardCharsets.UTF_8));
        };
        assertThat(body(get("/opendata/proposals.csv", csv))).isEqualTo("id,title\n1,Orti\n");
        assertThat(body(get("/opendata/proposals.csv", csv))).isEqualTo("id,title\n1,Orti\n");
        assertThat(renders).as("each download read anew").hasValue(2);
    }

    @Test
    void aJsonDownloadWrittenAsTextIsNotKeptEither() throws Exception {
        FilterChain json = (request, response) -> {
            renders.incrementAndGet();
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("[{\"id\":1}]");
            assertThat(body(sentSoFar(response))).isEqualTo("[{\"id\":1}]");
        };
        assertThat(body(get("/opendata/proposals.json", json))).isEqualTo("[{\"id\":1}]");
        assertThat(body(get("/opendata/proposals.json", json))).isEqualTo("[{\"id\":1}]");
        assertThat(renders).hasValue(2);
    }

    @Test
    void aPageTooLargeToKeepGoesThroughWhole() throws Exception {
        String large = "<p>" + "x".repeat(SharedPages.MAX_PAGE_BYTES) + "</p>";
        FilterChain page = (request, response) -> {
            renders.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(large);
        };
        assertThat(body(get("/processes", page))).isEqualTo(large);
        assertThat(body(get("/processes", page))).isEqualTo(large);
        assertThat(renders).hasValue(2);
    }

    private MockHttpServletResponse get(String path, FilterChain chain) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain);
        return response;
    }

    /** What reached the client so far, under the cache's wrapper. */
    private static MockHttpServletResponse sentSoFar(ServletResponse captured) {
        return (MockHttpServletResponse) ((ServletResponseWrapper) captured).getResponse();
    }

    private static String body(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
