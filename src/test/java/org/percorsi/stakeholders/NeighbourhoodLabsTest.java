package org.percorsi.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.percorsi.support.AdminRequests.admin;
import static org.percorsi.support.AdminRequests.send;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The neighbourhood labs: facilitators link each project idea to the needs it answers (only needs of the same
 * process, from an idea), both pages show the link, and each neighbourhood's page shows its needs (those of the
 * areas inside it too), the ideas they became, the funnel in numbers, its workshops and the city-wide one.
 */
class NeighbourhoodLabsTest extends IntegrationTest {

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
    SubmitProposal submit;

    final String run = UniqueWords.next();
    long processId;
    String slug;
    long station;
    long courtyard;
    long river;
    String citizen;

    @BeforeEach
    void aProcessRunInTheNeighbourhoodsOfADistrict() {
        long district = scope("Distretto " + run, "DISTRICT", null);
        station = scope("Stazione " + run, "NEIGHBOURHOOD", district);
        courtyard = scope("Cortile " + run, "AREA", station);
        river = scope("Fiume " + run, "NEIGHBOURHOOD", district);
        var form = ProcessForms.publicProcess("Laboratori " + run);
        processId = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(new ProcessForm(
                    form.title(),
                    form.slug(),
                    form.shortDescription(),
                    form.description(),
                    form.howToTakePart(),
                    form.commissionedBy(),
                    form.partners(),
                    form.responsibleOffice(),
                    form.fundingNote(),
                    form.visibility(),
                    List.of(),
                    List.of(district),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(id, ProcessForms.openPhase());
            publish.handle(id);
            return id;
        });
        slug = jdbc.sql("select slug from process where id = :p")
                .param("p", processId)
                .query(String.class)
                .single();
        citizen = TestAccounts.newParticipant(jdbc, "lab-", "Abitante " + run);
    }

    @Test
    void facilitatorsLinkIdeasToTheNeedsTheyAnswerAndEachNeighbourhoodShowsItsFunnel() throws Exception {
        long lights = propose(ProposalKind.NEED, "Più luce sotto i portici " + run, station);
        long benches = propose(ProposalKind.NEED, "Panchine nel cortile " + run, courtyard);
        long boats = propose(ProposalKind.NEED, "Barche sul fiume " + run, river);
        long lamps = propose(ProposalKind.IDEA, "Lampioni a basso consumo " + run, station);
        supportedBy(lights, 2);
        meeting("Laboratorio alla stazione " + run, station);
        meeting("Laboratorio finale cittadino " + run, null);

        assertThat(send(
                                mvc,
                                post("/proposals/" + lamps + "/needs")
                                        .param("needId", String.valueOf(lights))
                                        .with(user(citizen).roles("PARTICIPANT")))
                        .getStatus())
                .as("only facilitators link")
                .isEqualTo(403);
        var linked = send(mvc, admin(post("/proposals/" + lamps + "/needs").param("needId", String.valueOf(lights))));
        assertThat(linked.getStatus()).as(linked.getContentAsString()).isEqualTo(302);
        var twice = send(mvc, admin(post("/proposals/" + lamps + "/needs").param("needId", String.valueOf(lights))));
        assertThat(twice.getStatus()).isEqualTo(422);
        assertThat(twice.getContentAsString()).contains("È già collegata a questo bisogno.");
        var fromANeed =
                send(mvc, admin(post("/proposals/" + benches + "/needs").param("needId", String.valueOf(lights))));
        assertThat(fromANeed.getStatus()).isEqualTo(422);
        assertThat(fromANeed.getContentAsString()).contains("Si può collegare solo un bisogno dello stesso percorso");
        assertThat(jdbc.sql("select count(*) from proposal_need_link where need_id = :n")
                        .param("n", lights)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        assertThat(page("/proposals/" + lamps)).contains("Risponde ai bisogni", "Più luce sotto i portici " + run);
        assertThat(page("/proposals/" + lights))
                .contains("Diventato idea progettuale", "Lampioni a basso consumo " + run);

        assertThat(page("/processes/" + slug + "/neighbourhoods"))
                .contains("Stazione " + run, "Fiume " + run)
                .doesNotContain("Cortile " + run)
                .contains("Laboratorio finale cittadino " + run);
        String neighbourhood = page("/processes/" + slug + "/neighbourhoods/" + station);
        assertThat(neighbourhood)
                .contains("Laboratorio di quartiere: <bdi>Stazione " + run + "</bdi>")
                .contains("Panchine nel cortile " + run)
                .doesNotContain("Barche sul fiume")
                .contains("Laboratorio alla stazione " + run, "Laboratorio finale cittadino " + run);
        assertThat(neighbourhood.indexOf("Più luce sotto i portici"))
                .as("the most supported need first")
                .isLessThan(neighbourhood.indexOf("Panchine nel cortile"));
        assertThat(funnel(neighbourhood)).containsExactly("2", "1", "1", "0");
        assertThat(funnel(page("/processes/" + slug + "/neighbourhoods/" + river)))
                .containsExactly("1", "0", "0", "0");
        assertThat(mvc.perform(get("/processes/" + slug + "/neighbourhoods/" + courtyard))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("an area is not a neighbourhood of its own")
                .isEqualTo(404);

        assertThat(send(
                                mvc,
                                admin(post("/proposals/" + lamps + "/needs/remove")
                                        .param("needId", String.valueOf(lights))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(funnel(page("/processes/" + slug + "/neighbourhoods/" + station)))
                .containsExactly("2", "0", "1", "0");
        assertThat(boats).isPositive();
    }

    @Test
    void theDatabaseRefusesALinkBetweenTwoProcesses() {
        long need = propose(ProposalKind.NEED, "Un bisogno " + run, station);
        long other = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess("Altro " + run));
            addPhase.handle(id, ProcessForms.openPhase());
            publish.handle(id);
            return id;
        });
        long idea = TestAccounts.asParticipant(
                citizen, () -> submit.handle(other, form(ProposalKind.IDEA, "Idea altrove " + run, null)));

        assertThatThrownBy(() -> jdbc.sql("insert into proposal_need_link (idea_id, need_id) values (:i, :n)")
                        .param("i", idea)
                        .param("n", need)
                        .update())
                .hasMessageContaining("an idea of a process answers needs of the same process");
    }

    /** The four numbers of the funnel: needs, needs that became ideas, ideas, ideas taken up. */
    private static List<String> funnel(String page) {
        return Pattern.compile("<dd class=\"h3 mb-0\">(\\d+)</dd>")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private long propose(ProposalKind kind, String title, long scopeId) {
        return TestAccounts.asParticipant(citizen, () -> submit.handle(processId, form(kind, title, scopeId)));
    }

    private static ProposalForm form(ProposalKind kind, String title, Long scopeId) {
        return new ProposalForm(
                kind, title, "Testo della proposta.", null, scopeId, null, null, List.of(), null, null, null);
    }

    private void supportedBy(long proposal, int people) {
        for (int i = 0; i < people; i++) {
            String supporter = TestAccounts.newParticipant(jdbc, "sost-", "Sostenitore " + i + " " + run);
            jdbc.sql("insert into proposal_support (proposal_id, account_id) "
                            + "select :p, id from account where email = :e")
                    .param("p", proposal)
                    .param("e", supporter)
                    .update();
        }
    }

    private void meeting(String title, Long scopeId) {
        jdbc.sql("""
                        insert into meeting (process_id, format, title, starts_at, ends_at, address, scope_id)
                        values (:p, 'THEMATIC_WORKSHOP', :t, now() - interval '2 days', now() - interval '2 days' + interval '2 hours',
                                'Piazza Grande', :s)""")
                .param("p", processId)
                .param("t", title)
                .param("s", scopeId)
                .update();
    }

    private long scope(String name, String kind, Long parent) {
        return jdbc.sql("insert into scope (parent_id, name, kind) values (:parent, :n, :k) returning id")
                .param("parent", parent)
                .param("n", name)
                .param("k", kind)
                .query(Long.class)
                .single();
    }

    private String page(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
