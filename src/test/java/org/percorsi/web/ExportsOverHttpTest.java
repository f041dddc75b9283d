package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in manager downloads every export, CSV and JSON, over real HTTP with the real session store: the
 * session is saved while the file streams out, and that must not break the download.
 */
class ExportsOverHttpTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedInManagerDownloadsEveryExport() {
        String slug = "http-export-" + UUID.randomUUID().toString().substring(0, 8);
        long process = jdbc.sql(
                        "insert into process (slug, title, short_description, status) values (:s, 'Export HTTP', 'x', 'PUBLISHED') returning id")
                .param("s", slug)
                .query(Long.class)
                .single();
        long phase = jdbc.sql(
                        "insert into phase (process_id, position, type, title) values (:p, 0, 'OPENING', 'Apertura') returning id")
                .param("p", process)
                .query(Long.class)
                .single();
        jdbc.sql("insert into proposal (process_id, phase_id, kind, title, body_html) "
                        + "select :p, :ph, 'IDEA', 'Idea via HTTP ' || n, '<p>x</p>' from generate_series(1, 300) n")
                .param("p", process)
                .param("ph", phase)
                .update();
        long cycle = jdbc.sql("insert into programming_cycle (title) values (:t) returning id")
                .param("t", "DUP " + slug)
                .query(Long.class)
                .single();
        long objective = jdbc.sql(
                        "insert into objective_node (cycle_id, level, title_html, title_text, match_key, position) "
                                + "values (:c, 'STRATEGIC_AREA', 'Verde urbano', 'Verde urbano', 'verde urbano', 0) returning id")
                .param("c", cycle)
                .query(Long.class)
                .single();
        var manager = new HttpVisitor(port).signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);

        var csv = download(manager, "/admin/processes/" + process + "/proposals.csv");
        assertThat(csv).startsWith("\ufeffid,kind,state,title").contains("Idea via HTTP 300");
        assertThat(csv.split("\r\n")).hasSize(301);
        assertThat(download(manager, "/admin/processes/" + process + "/proposals.json"))
                .startsWith("[")
                .endsWith("]")
                .contains("\"title\":\"Idea via HTTP 300\"");
        assertThat(download(manager, "/processes/" + slug + "/accountability.csv"))
                .contains("Idea via HTTP 1");
        assertThat(download(manager, "/processes/" + slug + "/accountability.json"))
                .contains("Idea via HTTP 1");
        assertThat(download(manager, "/programming/objectives/" + objective + ".csv"))
                .contains("objective,level");
        assertThat(download(manager, "/programming/objectives/" + objective + ".json"))
                .contains("Verde urbano");

        assertThat(manager.get("/account").statusCode())
                .as("still signed in after the downloads")
                .isEqualTo(200);
    }

    private static String download(HttpVisitor visitor, String path) {
        var response = visitor.getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
