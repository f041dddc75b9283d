package org.percorsi.programming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.percorsi.programming.dup.MatchKey;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PageChecks;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An administrator sorts out bodies written in slightly different ways, over HTTP as in the back office:
 * the registry flags the similar bodies it already holds (names that differ only in legal form,
 * punctuation or spacing, as the import preview finds them), pointing to its merge form.
 */
class AdministratorSortsOutSimilarBodiesTest extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final RequestPostProcessor admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");
    /** Makes every name of this test its own: the database is shared with the other tests. */
    final String s = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void theRegistryFlagsTheSimilarBodiesItHoldsAndPointsToTheMergeForm() throws Exception {
        // as imports from before the preview asked about similar names left them
        long beta = body("Beta " + s + " srl");
        long betaDotted = body("Beta " + s + " S.r.l.");
        long gamma = body("Gamma Servizi " + s);
        jdbc.sql("insert into programming_body_alias (body_id, alias, match_key) values (:b, :a, :k)")
                .param("b", gamma).param("a", "GS " + s + " spa").param("k", MatchKey.of("GS " + s + " spa")).update();
        body("G.S. " + s);
        body("Beta Due " + s);

        Map<String, Element> registry = bodiesInRegistry();
        assertThat(similarHint(registry.get("Beta " + s + " srl"))).isEqualTo("Forse è lo stesso assegnatario di: Beta " + s + " S.r.l.");
        assertThat(similarHint(registry.get("Beta " + s + " S.r.l."))).isEqualTo("Forse è lo stesso assegnatario di: Beta " + s + " srl");
        assertThat(similarHint(registry.get("G.S. " + s))).as("by another name of Gamma Servizi")
                .isEqualTo("Forse è lo stesso assegnatario di: Gamma Servizi " + s);
        assertThat(similarHint(registry.get("Gamma Servizi " + s))).isEqualTo("Forse è lo stesso assegnatario di: G.S. " + s);
        assertThat(similarHint(registry.get("Beta Due " + s))).isNull();

        Element hint = registry.get("Beta " + s + " srl").selectFirst("[id$=-similar]");
        assertThat(hint.select("a").eachAttr("href")).containsExactly("#body-" + betaDotted, "#merge-title");
        assertThat(hint.select("a").last().text()).isEqualTo("Se è così, unite i due con il modulo «Unire due assegnatari»");
        String html = html("/admin/programming/bodies");
        PageChecks.assertValidHtml(html, "the registry with similar bodies");
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("body-" + betaDotted)).as("the link leads to the other body").isNotNull();
        Element mergeTitle = page.getElementById("merge-title");
        assertThat(mergeTitle.text()).isEqualTo("Unire due assegnatari");
        assertThat(mergeTitle.parent().select("form[action=/admin/programming/bodies/merge]")).hasSize(1);

        var merged = mvc.perform(post("/admin/programming/bodies/merge").with(csrf()).with(admin)
                .param("merged", String.valueOf(betaDotted)).param("survivor", String.valueOf(beta))).andReturn().getResponse();
        assertThat(merged.getStatus()).isEqualTo(302);
        registry = bodiesInRegistry();
        assertThat(registry).containsOnlyKeys("Beta " + s + " srl", "Gamma Servizi " + s, "G.S. " + s, "Beta Due " + s);
        assertThat(registry.get("Beta " + s + " srl").text()).contains("Altri nomi: Beta " + s + " S.r.l.");
        assertThat(similarHint(registry.get("Beta " + s + " srl"))).as("merged, no longer flagged").isNull();
        assertThat(similarHint(registry.get("G.S. " + s))).isNotNull();
    }

    // --- as the administrator's browser would

    /** This test's bodies in the registry page, by name. */
    private Map<String, Element> bodiesInRegistry() throws Exception {
        Map<String, Element> bodies = new LinkedHashMap<>();
        for (Element section : page("/admin/programming/bodies").select("section[id^=body-]")) {
            String name = section.selectFirst("h2").text().split(" · ")[0];
            if (name.contains(s)) {
                assertThat(bodies.put(name, section)).as("one section per body").isNull();
            }
        }
        return bodies;
    }

    /** The hint that a body is probably the same as others, without the link to the merge form; null when none. */
    private static String similarHint(Element section) {
        Element hint = section.selectFirst("[id$=-similar]");
        if (hint == null) {
            return null;
        }
        String text = hint.text();
        return text.substring(0, text.indexOf(" · "));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(html(path));
    }

    /** The page as the server sends it to the administrator. */
    private String html(String path) throws Exception {
        var response = mvc.perform(get(path).with(admin)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long body(String name) {
        return jdbc.sql("insert into programming_body (name, kind, match_key) values (:n, 'COMPANY', :k) returning id")
                .param("n", name).param("k", MatchKey.of(name)).query(Long.class).single();
    }
}
