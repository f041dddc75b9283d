package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Managers export a process's proposals with their answers as CSV and JSON; every row, safely escaped. */
class ManagerExportsProposalsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void exportsEveryProposalWithItsAnswer() throws Exception {
        String slug = "export-" + UUID.randomUUID().toString().substring(0, 8);
        long process = jdbc.sql(
                        "insert into process (slug, title, short_description, status) values (:s, 'Export', 'x', 'PUBLISHED') returning id")
                .param("s", slug)
                .query(Long.class)
                .single();
        long phase = jdbc.sql(
                        "insert into phase (process_id, position, type, title) values (:p, 0, 'OPENING', 'Apertura') returning id")
                .param("p", process)
                .query(Long.class)
                .single();
        long answered = jdbc.sql("insert into proposal (process_id, phase_id, kind, title, body_html, on_behalf_of) "
                        + "values (:p, :ph, 'NEED', :t, '<p>x</p>', '=HYPERLINK(\"x\")') returning id")
                .param("p", process)
                .param("ph", phase)
                .param("t", "Panchine, ombra e \"fontanelle\"")
                .query(Long.class)
                .single();
        jdbc.sql("with answer as (insert into proposal_answer (proposal_id, decision, motivation) "
                        + "values (:id, 'ACCEPTED', '<p>Sì, <b>entro</b> l''estate</p>') returning id) "
                        + "update proposal set state = 'ACCEPTED', answer_id = (select id from answer) where id = :id")
                .param("id", answered)
                .update();
        jdbc.sql("insert into proposal (process_id, phase_id, kind, title, body_html) "
                        + "select :p, :ph, 'IDEA', 'Idea numero ' || n, '<p>x</p>' from generate_series(1, 2000) n")
                .param("p", process)
                .param("ph", phase)
                .update();
        var admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");

        var csv = mvc.perform(
                        get("/admin/processes/" + process + "/proposals.csv").with(admin))
                .andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        var lines = text.split("\r\n");
        assertThat(lines[0])
                .isEqualTo(
                        "\ufeffid,kind,state,title,author,on_behalf_of,theme,scope,supports,comments,created_at,answer,answered_at,merged_into");
        assertThat(lines).hasSize(2002);
        assertThat(lines[1])
                .contains(",NEED,ACCEPTED,\"Panchine, ombra e \"\"fontanelle\"\"\",")
                .contains("\"'=HYPERLINK(\"\"x\"\")\"")
                .contains("\"Sì, entro l'estate\"");

        var body = mvc.perform(
                        get("/admin/processes/" + process + "/proposals.json").with(admin))
                .andReturn()
                .getResponse();
        var rows = json.readTree(body.getContentAsByteArray());
        assertThat(rows.size()).isEqualTo(2001);
        assertThat(rows.get(0).get("title").asString()).isEqualTo("Panchine, ombra e \"fontanelle\"");
        assertThat(rows.get(0).get("answer").asString()).isEqualTo("Sì, entro l'estate");
        assertThat(rows.get(2000).get("kind").asString()).isEqualTo("IDEA");

        var participant = mvc.perform(get("/admin/processes/" + process + "/proposals.csv")
                        .with(user("nessuno@example.org").roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
        assertThat(participant.getStatus()).isEqualTo(403);
    }
}
