package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.documents.DocumentSteps.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PageChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The negotiation table's decisions in documents, over HTTP: a paragraph cites a decision of the process's table,
 * shown under the paragraph with a link to the decision on its session's page, and, the other way, under the
 * decision on the session's public page once the version is out of draft; the table's review of a version refers
 * to the decision that recorded it; another process's decision is refused, for both, and nothing is saved.
 */
class TableDecisionsInDocumentsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    static final String TEXT = """
            # Verde di quartiere %s

            Il Tavolo chiede più alberi lungo il viale.

            Le aiuole restano affidate ai residenti.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    DocumentSteps steps;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    String slug;
    long trees;

    @BeforeEach
    void aProcessWhoseTableTookDecisions() {
        steps = new DocumentSteps(context);
        processId = steps.startProcess("Tavolo e documenti " + run, DocumentSteps.openPhase("Apertura"));
        slug = steps.slug();
        long session = session(processId, 1);
        decision(session, 1, "Approvato il calendario dei lavori " + run);
        trees = decision(session, 2, "Piantare alberi lungo il viale " + run);
    }

    @Test
    void aParagraphCitesADecisionShownOnTheVersionAndOnTheSessionsPage() throws Exception {
        long document = steps.create("Rapporto del tavolo " + run, "THEME_DOCUMENT");
        steps.write(document, 1, TEXT.formatted(run));
        UUID paragraph = steps.key(document, 1, "alberi");
        String provenance = steps.admin() + "/" + document + "/provenance";
        assertThat(steps.as(admin(get(provenance))).getContentAsString())
                .contains("Decisioni del Tavolo di Negoziazione")
                .contains("Seduta n. 1, decisione n. 2: Piantare alberi lungo il viale " + run);

        var cited = cite(provenance, paragraph, "TABLE_DECISION:" + trees);
        assertThat(cited.getStatus()).as(cited.getContentAsString()).isEqualTo(302);
        String sessionPage = "/processes/" + slug + "/table/sessions/1";
        assertThat(read(sessionPage))
                .as("a draft's citations are not shown on the session's page")
                .doesNotContain("Rapporto del tavolo " + run);

        steps.openConsultation(document, 1, "PUBLIC");
        String version = read("/documents/" + document + "/versions/1");
        assertThat(version)
                .contains("Nasce da:", "la decisione del Tavolo di Negoziazione")
                .contains("Seduta n. 1, decisione n. 2: Piantare alberi lungo il viale " + run)
                .contains("href=\"" + sessionPage + "#decision-2\"");
        String session = read(sessionPage);
        assertThat(session)
                .contains("id=\"decision-2\"", "Citata nei documenti:", "Rapporto del tavolo " + run)
                .contains("href=\"/documents/" + document + "/versions/1/at/b-" + paragraph + "\"");
        assertThat(session.indexOf("Rapporto del tavolo " + run))
                .as("listed under the decision it cites, not the first one")
                .isGreaterThan(session.indexOf("Piantare alberi lungo il viale " + run));
        PageChecks.assertValidHtml(version, "a version citing a decision of the table");
        PageChecks.assertValidHtml(session, "a session whose decision is cited");
        PageChecks.assertValidHtml(steps.as(admin(get(provenance))).getContentAsString(), "the editors' decisions");

        // the citation follows the paragraph into the next version
        var next = steps.as(admin(post(steps.admin() + "/" + document + "/versions")));
        assertThat(next.getStatus()).isIn(302, 303);
        assertThat(jdbc.sql("""
                        select count(*) from document_citation c join document_version v on v.id = c.version_id
                        where v.document_id = :d and c.table_decision_id = :t""")
                        .param("d", document)
                        .param("t", trees)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anotherProcesssDecisionIsRefusedAndNothingIsSaved() throws Exception {
        long other = steps.publishedProcess("Altro tavolo " + run, DocumentSteps.openPhase("Apertura"));
        long elsewhere = decision(session(other, 1), 1, "Decisione di un altro tavolo " + run);
        long document = steps.create("Documento " + run, "THEME_DOCUMENT");
        steps.write(document, 1, TEXT.formatted(run));
        String provenance = steps.admin() + "/" + document + "/provenance";
        assertThat(steps.as(admin(get(provenance))).getContentAsString())
                .doesNotContain("Decisione di un altro tavolo " + run);

        var refused = cite(provenance, steps.key(document, 1, "alberi"), "TABLE_DECISION:" + elsewhere);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("La decisione scelta non è del Tavolo di Negoziazione di questo percorso.");
        var unknown = cite(provenance, steps.key(document, 1, "alberi"), "TABLE_DECISION:0");
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(count("document_citation", document)).isZero();

        steps.openConsultation(document, 1, "PUBLIC");
        var review = steps.as(admin(post(provenance + "/reviews/table")
                .param("version", "1")
                .param("on", TODAY.toString())
                .param("outcome", "APPROVED")
                .param("decision", String.valueOf(elsewhere))));
        assertThat(review.getStatus()).isEqualTo(422);
        assertThat(review.getContentAsString())
                .contains("La decisione scelta non è del Tavolo di Negoziazione di questo percorso.");
        assertThat(count("document_review", document)).isZero();
    }

    @Test
    void theTablesReviewOfAVersionRefersToTheDecisionThatRecordedIt() throws Exception {
        long document = steps.create("Documento esaminato " + run, "THEME_DOCUMENT");
        steps.write(document, 1, TEXT.formatted(run));
        steps.openConsultation(document, 1, "PUBLIC");
        String provenance = steps.admin() + "/" + document + "/provenance";
        assertThat(steps.as(admin(get(provenance))).getContentAsString())
                .contains("name=\"decision\"", "Nessuna decisione");

        var reviewed = steps.as(admin(post(provenance + "/reviews/table")
                .param("version", "1")
                .param("on", TODAY.toString())
                .param("outcome", "WITH_REMARKS")
                .param("notes", "Osservazioni sul viale")
                .param("decision", String.valueOf(trees))));
        assertThat(reviewed.getStatus()).as(reviewed.getContentAsString()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select r.table_decision_id from document_review r join document_version v on v.id = r.version_id
                        where v.document_id = :d""").param("d", document).query(Long.class).single())
                .isEqualTo(trees);

        String version = read("/documents/" + document + "/versions/1");
        assertThat(version)
                .contains("Esaminata dal Tavolo di Negoziazione: seduta n. 1, decisione n. 2")
                .contains("href=\"/processes/" + slug + "/table/sessions/1#decision-2\"");
        String team = steps.as(admin(get(provenance))).getContentAsString();
        assertThat(team).contains("Esaminata dal Tavolo di Negoziazione: seduta n. 1, decisione n. 2");
        PageChecks.assertValidHtml(version, "a version reviewed by a decision of the table");
        PageChecks.assertValidHtml(team, "the editors' review steps with a decision");

        // a review without a decision is still recorded as before
        var plain = steps.as(admin(post(provenance + "/reviews/table")
                .param("version", "1")
                .param("on", TODAY.toString())
                .param("outcome", "APPROVED")
                .param("decision", "")));
        assertThat(plain.getStatus()).as(plain.getContentAsString()).isEqualTo(302);
        assertThat(count("document_review", document)).isEqualTo(2);
    }

    private MockHttpServletResponse cite(String provenance, UUID paragraph, String source) throws Exception {
        return steps.as(admin(post(provenance + "/citations")
                .param("version", "1")
                .param("blockKey", paragraph.toString())
                .param("source", source)));
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    private long session(long process, int number) {
        return jdbc.sql("""
                        insert into negotiation_table_session (process_id, number, title, held_on)
                        values (:p, :n, :t, :on) returning id""")
                .param("p", process)
                .param("n", number)
                .param("t", "Seduta " + number + " " + run)
                .param("on", TODAY.minusDays(3))
                .query(Long.class)
                .single();
    }

    private long decision(long session, int number, String text) {
        return jdbc.sql("""
                        insert into negotiation_table_decision (session_id, number, text, outcome)
                        values (:s, :n, :t, 'APPROVED') returning id""")
                .param("s", session)
                .param("n", number)
                .param("t", text)
                .query(Long.class)
                .single();
    }

    private int count(String table, long document) {
        return jdbc.sql("select count(*) from " + table
                        + " x join document_version v on v.id = x.version_id where v.document_id = :d")
                .param("d", document)
                .query(Integer.class)
                .single();
    }
}
