package org.percorsi.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.harvest.usecases.AddHarvestGroup;
import org.percorsi.harvest.usecases.HarvestGroupForm;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A manager carries a cluster of the harvest to the DUP on the meeting's programming page: the link shows
 * with the cluster's text; linking without choosing an objective is refused on the page (422); the link is removed.
 */
class HarvestToProgrammingPageTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    AddHarvestGroup addGroup;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long cluster;
    long area;
    String page;

    @BeforeEach
    void aMetaplanClusterAndADupArea() {
        long[] ids = new long[2];
        TestAccounts.asAdmin(() -> {
            ids[0] = createProcess.handle(ProcessForms.publicProcess("Verde " + run));
            addPhase.handle(ids[0], ProcessForms.openPhase());
            publish.handle(ids[0]);
            var start = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                    .minusDays(1)
                    .withSecond(0)
                    .withNano(0);
            ids[1] = schedule.create(
                    ids[0],
                    MeetingForms.meeting("Metaplan " + run, MeetingFormat.METAPLAN, start)
                            .alreadyHeld()
                            .form());
            cluster = addGroup.handle(
                    ids[1], new HarvestGroupForm(HarvestGroupKind.CLUSTER, "Orti di quartiere " + run, null, null));
        });
        long cycle = jdbc.sql("insert into programming_cycle (title) values (:t) returning id")
                .param("t", "DUP " + run)
                .query(Long.class)
                .single();
        area = jdbc.sql("""
                insert into objective_node (cycle_id, level, title_html, title_text, match_key, position)
                values (:c, 'STRATEGIC_AREA', 'Orti urbani', 'Orti urbani', :k, 0) returning id""")
                .param("c", cycle)
                .param("k", "orti " + run)
                .query(Long.class)
                .single();
        page = "/admin/processes/" + ids[0] + "/meetings/" + ids[1] + "/programming";
    }

    @Test
    void aClusterIsLinkedToTheDupAndTheLinkRemoved() throws Exception {
        var refused = admin(post(page + "/link").param("entry", "G" + cluster));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Scegliete un obiettivo o un’azione del DUP.");

        var linked = admin(post(page + "/link")
                .param("entry", "G" + cluster)
                .param("nodeId", String.valueOf(area))
                .param("note", "Dal metaplan " + run));
        assertThat(linked.getRedirectedUrl()).isEqualTo(page);
        assertThat(admin(get(page)).getContentAsString())
                .contains("«Orti di quartiere " + run + "»", "Orti urbani", "Dal metaplan " + run);

        long link = jdbc.sql("select id from harvest_objective_link where group_id = :g")
                .param("g", cluster)
                .query(Long.class)
                .single();
        assertThat(admin(post(page + "/unlink").param("linkId", String.valueOf(link)))
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(admin(get(page)).getContentAsString())
                .contains("Nessun elemento dell’incontro è ancora collegato al DUP.");
    }

    private MockHttpServletResponse admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }
}
