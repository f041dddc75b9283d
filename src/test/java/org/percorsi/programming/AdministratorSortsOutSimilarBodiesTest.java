package org.percorsi.programming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An administrator sorts out bodies written in slightly different ways, over HTTP as in the back office:
 * the import preview flags the names that differ from others only in legal form, punctuation or spacing
 * and asks whether each is the same body; the confirmation applies the answers (one body with another
 * name, or two bodies), which the registry and the objective pages then show; a confirmation of a
 * preview that the registry has since outdated is refused and imports nothing; and the registry flags
 * the similar bodies it already holds, pointing to its merge form.
 */
class AdministratorSortsOutSimilarBodiesTest extends IntegrationTest {

    static final String HEADER = DupImportTest.HEADER;
    static final String ROW = "Area\tObiettivo\tOperativo\tGestionale\t";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final RequestPostProcessor admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");
    /** Makes every name of this test its own: the database is shared with the other tests. */
    final String s = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void thePreviewAsksAboutSimilarBodiesAndTheConfirmationAppliesTheAnswers() throws Exception {
        long cycle = newCycle("DUP assegnatari simili " + s);
        // an earlier version of the table put "Alfa … S.p.A." in the registry
        confirmAsPreviewed(cycle, upload(cycle, "v1", HEADER + ROW + "Azione uno\tAlfa " + s + " S.p.A.\n"));

        String pending = upload(
                cycle,
                "v2",
                HEADER
                        + ROW + "Azione due\tAlfa " + s + " spa, Ufficio Unico " + s + "\n"
                        + ROW + "Azione tre\tBeta Servizi " + s + " srl\n"
                        + ROW + "Azione quattro\tBetaServizi " + s + " S.r.l.\n");
        Document preview = page("/admin/programming/" + cycle + "/import/" + pending);
        assertThat(preview.select("h2").eachText()).contains("Assegnatari forse già presenti con un nome simile: 2");
        Map<String, Map<String, String>> questions = sameAsQuestions(preview);
        assertThat(questions)
                .as(
                        "one question per similar name; Ufficio Unico and Beta Servizi (the first spelling) are not asked about")
                .containsOnlyKeys("«Alfa " + s + " spa» è", "«BetaServizi " + s + " S.r.l.» è");
        assertThat(questions.get("«Alfa " + s + " spa» è"))
                .containsOnlyKeys("un nuovo assegnatario", "lo stesso di «Alfa " + s + " S.p.A.», già nel registro");
        assertThat(questions.get("«BetaServizi " + s + " S.r.l.» è"))
                .containsOnlyKeys(
                        "un nuovo assegnatario", "lo stesso di «Beta Servizi " + s + " srl», nuovo in questa tabella");
        assertThat(bodiesInRegistry()).as("the preview saves nothing").containsOnlyKeys("Alfa " + s + " S.p.A.");

        // Alfa spa is the Alfa S.p.A. already registered; the two Beta Servizi are two different bodies
        var confirmed = confirm(
                cycle,
                pending,
                preview,
                questions.get("«Alfa " + s + " spa» è").get("lo stesso di «Alfa " + s + " S.p.A.», già nel registro"),
                questions.get("«BetaServizi " + s + " S.r.l.» è").get("un nuovo assegnatario"));
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(confirmed.getRedirectedUrl()).isEqualTo("/programming/" + cycle);

        Map<String, Element> registry = bodiesInRegistry();
        assertThat(registry)
                .containsOnlyKeys(
                        "Alfa " + s + " S.p.A.",
                        "Ufficio Unico " + s,
                        "Beta Servizi " + s + " srl",
                        "BetaServizi " + s + " S.r.l.");
        Element alfa = registry.get("Alfa " + s + " S.p.A.");
        assertThat(alfa.selectFirst("h2").text()).endsWith("azioni: 2");
        assertThat(alfa.text()).contains("Altri nomi: Alfa " + s + " spa");
        assertThat(registry.get("Beta Servizi " + s + " srl").selectFirst("h2").text())
                .endsWith("azioni: 1");
        assertThat(registry.get("BetaServizi " + s + " S.r.l.")
                        .selectFirst("h2")
                        .text())
                .endsWith("azioni: 1");
        assertThat(registry.get("BetaServizi " + s + " S.r.l.").text())
                .as("no other name")
                .doesNotContain("Altri nomi");
        assertThat(similarHint(registry.get("Beta Servizi " + s + " srl")))
                .as("two bodies kept apart stay flagged in the registry")
                .isEqualTo("Forse è lo stesso assegnatario di: BetaServizi " + s + " S.r.l.");
        assertThat(similarHint(registry.get("Alfa " + s + " S.p.A."))).isNull();

        Map<String, String> bodiesOfActions = bodiesOnTheObjectivePages(cycle);
        assertThat(bodiesOfActions)
                .containsExactly(
                        Map.entry("Azione uno", "Alfa " + s + " S.p.A."),
                        Map.entry("Azione due", "Alfa " + s + " S.p.A., Ufficio Unico " + s),
                        Map.entry("Azione tre", "Beta Servizi " + s + " srl"),
                        Map.entry("Azione quattro", "BetaServizi " + s + " S.r.l."));
    }

    @Test
    void aPreviewOutdatedByAnotherImportIsRefusedAndImportsNothing() throws Exception {
        long cycle = newCycle("DUP anteprima scaduta " + s);
        String pending = upload(cycle, "v1", HEADER + ROW + "Azione uno\tZeta " + s + " srl\n");
        Document outdated = page("/admin/programming/" + cycle + "/import/" + pending);
        assertThat(sameAsQuestions(outdated)).isEmpty();

        // meanwhile another cycle's import puts a similar name in the registry
        long other = newCycle("Altro DUP " + s);
        confirmAsPreviewed(other, upload(other, "altro", HEADER + ROW + "Azione altrove\tZeta " + s + " S.r.l.\n"));

        var refused = confirm(cycle, pending, outdated);
        assertThat(refused.getStatus()).isEqualTo(422);
        Document again = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.select(".alert-danger").text())
                .contains("Nel frattempo il registro degli assegnatari o il ciclo "
                        + "sono cambiati: ecco l’anteprima aggiornata. Controllatela e confermate di nuovo.");
        assertThat(sameAsQuestions(again))
                .as("the updated preview asks the question the outdated one could not")
                .containsOnlyKeys("«Zeta " + s + " srl» è");
        assertThat(again.selectFirst("input[name=plan]").val())
                .isNotEqualTo(outdated.selectFirst("input[name=plan]").val());

        Document cyclePage = page("/programming/" + cycle);
        assertThat(cyclePage.text())
                .contains("Il ciclo non ha ancora obiettivi")
                .doesNotContain("Versioni importate");
        assertThat(bodiesInRegistry()).as("no body created").containsOnlyKeys("Zeta " + s + " S.r.l.");

        // confirming the updated preview works
        var confirmed = confirm(
                cycle,
                pending,
                again,
                sameAsQuestions(again)
                        .get("«Zeta " + s + " srl» è")
                        .get("lo stesso di «Zeta " + s + " S.r.l.», già nel registro"));
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(bodiesInRegistry()).containsOnlyKeys("Zeta " + s + " S.r.l.");
        assertThat(bodiesOnTheObjectivePages(cycle)).containsExactly(Map.entry("Azione uno", "Zeta " + s + " S.r.l."));
    }

    @Test
    void theRegistryFlagsTheSimilarBodiesItHoldsAndPointsToTheMergeForm() throws Exception {
        // as imports from before the preview asked about similar names left them
        long beta = body("Beta " + s + " srl");
        long betaDotted = body("Beta " + s + " S.r.l.");
        long gamma = body("Gamma Servizi " + s);
        jdbc.sql("insert into programming_body_alias (body_id, alias, match_key) values (:b, :a, :k)")
                .param("b", gamma)
                .param("a", "GS " + s + " spa")
                .param("k", MatchKey.of("GS " + s + " spa"))
                .update();
        body("G.S. " + s);
        body("Beta Due " + s);

        Map<String, Element> registry = bodiesInRegistry();
        assertThat(similarHint(registry.get("Beta " + s + " srl")))
                .isEqualTo("Forse è lo stesso assegnatario di: Beta " + s + " S.r.l.");
        assertThat(similarHint(registry.get("Beta " + s + " S.r.l.")))
                .isEqualTo("Forse è lo stesso assegnatario di: Beta " + s + " srl");
        assertThat(similarHint(registry.get("G.S. " + s)))
                .as("by another name of Gamma Servizi")
                .isEqualTo("Forse è lo stesso assegnatario di: Gamma Servizi " + s);
        assertThat(similarHint(registry.get("Gamma Servizi " + s)))
                .isEqualTo("Forse è lo stesso assegnatario di: G.S. " + s);
        assertThat(similarHint(registry.get("Beta Due " + s))).isNull();

        Element hint = registry.get("Beta " + s + " srl").selectFirst("[id$=-similar]");
        assertThat(hint.select("a").eachAttr("href")).containsExactly("#body-" + betaDotted, "#merge-title");
        assertThat(hint.select("a").last().text())
                .isEqualTo("Se è così, unite i due con il modulo «Unire due assegnatari»");
        String html = html("/admin/programming/bodies");
        PageChecks.assertValidHtml(html, "the registry with similar bodies");
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("body-" + betaDotted))
                .as("the link leads to the other body")
                .isNotNull();
        Element mergeTitle = page.getElementById("merge-title");
        assertThat(mergeTitle.text()).isEqualTo("Unire due assegnatari");
        assertThat(mergeTitle.parent().select("form[action=/admin/programming/bodies/merge]"))
                .hasSize(1);

        var merged = mvc.perform(post("/admin/programming/bodies/merge")
                        .with(csrf())
                        .with(admin)
                        .param("merged", String.valueOf(betaDotted))
                        .param("survivor", String.valueOf(beta)))
                .andReturn()
                .getResponse();
        assertThat(merged.getStatus()).isEqualTo(302);
        registry = bodiesInRegistry();
        assertThat(registry).containsOnlyKeys("Beta " + s + " srl", "Gamma Servizi " + s, "G.S. " + s, "Beta Due " + s);
        assertThat(registry.get("Beta " + s + " srl").text()).contains("Altri nomi: Beta " + s + " S.r.l.");
        assertThat(similarHint(registry.get("Beta " + s + " srl")))
                .as("merged, no longer flagged")
                .isNull();
        assertThat(similarHint(registry.get("G.S. " + s))).isNotNull();
    }

    // --- as the administrator's browser would

    private long newCycle(String title) throws Exception {
        var created = mvc.perform(
                        post("/admin/programming").with(csrf()).with(admin).param("title", title))
                .andReturn()
                .getResponse();
        assertThat(created.getRedirectedUrl()).matches("/admin/programming/\\d+/import");
        return Long.parseLong(created.getRedirectedUrl().split("/")[3]);
    }

    /** Uploads a table from the import form; returns the id of the pending import its preview confirms. */
    private String upload(long cycle, String label, String table) throws Exception {
        var answer = mvc.perform(multipart("/admin/programming/" + cycle + "/import")
                        .file(new MockMultipartFile(
                                "file",
                                label + ".tsv",
                                "text/tab-separated-values",
                                table.getBytes(StandardCharsets.UTF_8)))
                        .param("label", label)
                        .with(csrf())
                        .with(admin))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).as("the preview").isEqualTo(200);
        String action = Jsoup.parse(answer.getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("form[action^=/admin/programming/" + cycle + "/import/]")
                .attr("action");
        return action.substring(action.lastIndexOf('/') + 1);
    }

    private void confirmAsPreviewed(long cycle, String pending) throws Exception {
        var confirmed = confirm(cycle, pending, page("/admin/programming/" + cycle + "/import/" + pending));
        assertThat(confirmed.getStatus()).isEqualTo(302);
    }

    /** Submits the preview's form with the plan it shows and the options chosen in its selects. */
    private MockHttpServletResponse confirm(long cycle, String pending, Document preview, String... same)
            throws Exception {
        var request = post("/admin/programming/" + cycle + "/import/" + pending)
                .with(csrf())
                .with(admin)
                .param("plan", preview.selectFirst("input[name=plan]").val());
        if (same.length > 0) {
            request.param("same", same);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Each "same as" question of a preview, by its label: the options' texts to their values. */
    private static Map<String, Map<String, String>> sameAsQuestions(Document preview) {
        Map<String, Map<String, String>> questions = new LinkedHashMap<>();
        for (Element select : preview.select("select[name=same]")) {
            Map<String, String> options = new LinkedHashMap<>();
            select.select("option").forEach(o -> options.put(o.text(), o.val()));
            questions.put(preview.selectFirst("label[for=" + select.id() + "]").text(), options);
        }
        return questions;
    }

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

    /** The bodies each action of the cycle shows, reached from the cycle's page as a visitor would. */
    private Map<String, String> bodiesOnTheObjectivePages(long cycle) throws Exception {
        Document operative = follow(page("/programming/" + cycle), "Operativo");
        Document management = follow(operative, "Gestionale");
        Map<String, String> bodies = new LinkedHashMap<>();
        List<Element> actions = new ArrayList<>(management.select("#children-heading + ul a"));
        for (Element action : actions) {
            Document page = page(action.attr("href"));
            Element line = page.select("p").stream()
                    .filter(p -> p.text().startsWith("Assegnatari:"))
                    .findFirst()
                    .orElseThrow();
            bodies.put(
                    action.text(),
                    line.text().substring("Assegnatari:".length()).strip());
        }
        return bodies;
    }

    private Document follow(Document page, String linkText) throws Exception {
        var links = page.select("a[href^=/programming/objectives/]").stream()
                .filter(a -> a.text().equals(linkText))
                .toList();
        assertThat(links).as("a link to " + linkText).hasSize(1);
        return page(links.get(0).attr("href"));
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
                .param("n", name)
                .param("k", MatchKey.of(name))
                .query(Long.class)
                .single();
    }
}
