package org.percorsi.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The observatory's record of a dossier, as CSV and JSON: dates, duration with the extensions, amounts and the own
 * share, the negotiation table, the guarantee committee, the share of women among the people counted (none under
 * five), and no person's name. One dossier for its managers, all of them for administrators.
 */
class ObservatoryTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    String manager;
    long processId;
    String base;

    @BeforeEach
    void aFundedProcessStartedExtendedAndClosed() {
        manager = TestAccounts.newParticipant(jdbc, "responsabile-", "Responsabile " + run);
        processId = process("osservatorio-" + run);
        long dossier = RegionalFixtures.dossier(jdbc, processId);
        jdbc.sql("""
                        update regional_dossier set start_action = 'Primo incontro', start_date = date '2020-01-15',
                            start_pec_date = date '2020-01-16', contribution_granted = 800,
                            guarantor_name = 'Tecnica Garante', final_report_sent_on = date '2021-01-10',
                            ente_act_on = date '2021-02-01'
                        where id = :d""").param("d", dossier).update();
        jdbc.sql("""
                        insert into regional_extension (dossier_id, number, days, reason, granted_on)
                        values (:d, 1, 30, 'Elezioni', date '2020-10-01')""").param("d", dossier).update();
        RegionalFixtures.cost(jdbc, processId);
        long meeting = EvidenceFixtures.meeting(jdbc, processId, "WORLD_CAFE", LocalDate.of(2020, 2, 1), "CLOSED");
        EvidenceFixtures.attendance(jdbc, meeting, "GENDER", "WOMEN", 25);
        EvidenceFixtures.attendance(jdbc, meeting, "GENDER", "MEN", 12);
        EvidenceFixtures.session(jdbc, processId, 1, LocalDate.of(2020, 1, 20));
        EvidenceFixtures.member(jdbc, processId, LocalDate.of(2020, 1, 10));
        EvidenceFixtures.member(jdbc, processId, LocalDate.of(2020, 3, 10));
        base = "/admin/processes/" + processId + "/dossier";
    }

    @Test
    void theRecordHoldsTheFiguresAndNoPersonsName() throws Exception {
        var csv = as(manager, get(base + "/observatory.csv"));
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("dossier_id,process,call,region,ente,status,formal_start,end_date")
                .contains("Percorso osservato osservatorio-" + run)
                .contains(
                        "ENTE_ACT_ADOPTED,2020-01-15,2020-12-14,1,30,11,1000.00,800.00,100.00,20.00,true,2,,1,37,67.6")
                .doesNotContain("Persona di prova")
                .doesNotContain("Tecnica Garante")
                .doesNotContain("Responsabile " + run);

        JsonNode record = record(as(manager, get(base + "/observatory.json")));
        assertThat(record.get("women_share_percent").asString()).isEqualTo("67.6");
        assertThat(record.get("negotiation_table_members").asInt()).isEqualTo(2);
        assertThat(record.get("duration_months").asInt()).isEqualTo(11);
        assertThat(record.get("guarantee_committee").isNull()).isTrue();
    }

    @Test
    void theGuaranteeCommitteeIsSaidOnTheDossierPage() throws Exception {
        assertThat(as(manager, post(base + "/committee").param("committee", "YES"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(record(as(manager, get(base + "/observatory.json")))
                        .get("guarantee_committee")
                        .asBoolean())
                .isTrue();
        assertThat(as(manager, get(base)).getContentAsString()).contains("<option value=\"YES\" selected");
        var invalid = as(manager, post(base + "/committee").param("committee", "FORSE"));
        assertThat(invalid.getStatus()).isEqualTo(302);
        assertThat(record(as(manager, get(base + "/observatory.json")))
                        .get("guarantee_committee")
                        .asBoolean())
                .isTrue();
        as(manager, post(base + "/committee").param("committee", ""));
        assertThat(record(as(manager, get(base + "/observatory.json")))
                        .get("guarantee_committee")
                        .isNull())
                .isTrue();
    }

    @Test
    void fewerThanFivePeopleCountedByGenderGiveNoShare() throws Exception {
        long small = process("piccolo-" + run);
        RegionalFixtures.dossier(jdbc, small);
        long meeting = EvidenceFixtures.meeting(jdbc, small, "FOCUS_GROUP", LocalDate.of(2020, 2, 1), "CLOSED");
        EvidenceFixtures.attendance(jdbc, meeting, "GENDER", "WOMEN", 3);
        EvidenceFixtures.attendance(jdbc, meeting, "GENDER", "MEN", 1);
        JsonNode record = record(as(manager, get("/admin/processes/" + small + "/dossier/observatory.json")));
        assertThat(record.get("people_counted_by_gender").asInt()).isEqualTo(4);
        assertThat(record.get("women_share_percent").isNull()).isTrue();
        assertThat(record.get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(record.get("duration_months").isNull()).isTrue();
    }

    @Test
    void administratorsDownloadEveryDossiersRecordAndManagersOnlyTheirs() throws Exception {
        var all = mvc.perform(get("/admin/regional/observatory.json")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse();
        assertThat(all.getStatus()).isEqualTo(200);
        JsonNode records = json.readTree(all.getContentAsString(StandardCharsets.UTF_8));
        assertThat(records.isArray()).isTrue();
        assertThat(all.getContentAsString(StandardCharsets.UTF_8))
                .contains("Percorso osservato osservatorio-" + run)
                .doesNotContain("Persona di prova");
        assertThat(as(manager, get("/admin/regional/observatory.csv")).getStatus())
                .isEqualTo(403);
        String stranger = TestAccounts.newParticipant(jdbc, "estraneo-", "Estraneo " + run);
        assertThat(as(stranger, get(base + "/observatory.csv")).getStatus()).isEqualTo(403);
    }

    private long process(String slug) {
        long id = RegionalFixtures.managedProcess(context, slug, "Percorso osservato " + slug, manager);
        return id;
    }

    private JsonNode record(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode array = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(array.size()).isEqualTo(1);
        return array.get(0);
    }

    private MockHttpServletResponse as(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(email).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
    }
}
