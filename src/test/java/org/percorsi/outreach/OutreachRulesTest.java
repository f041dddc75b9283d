package org.percorsi.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.support.AdminRequests.admin;
import static org.percorsi.support.AdminRequests.send;
import static org.percorsi.support.PublishedProcesses.published;
import static org.percorsi.support.PublishedProcesses.slugOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.Visibility;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rules of a process's outreach: materials must be what their name says, contacts are counts that cannot carry a
 * name, and nothing of a reserved process, nor an internal action, reaches visitors.
 */
class OutreachRulesTest extends IntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final String run = UniqueWords.next();
    long processId;
    String slug;

    @BeforeEach
    void aPublishedProcess() {
        processId = published(context, "Comunicazione " + run, Visibility.PUBLIC);
        slug = slugOf(jdbc, processId);
    }

    @Test
    void aMaterialIsRefusedWhenItsContentIsNotWhatItsNameSays() throws Exception {
        long action = addAction("Volantino " + run, true, null);
        String url = "/admin/processes/" + processId + "/communication/actions/" + action + "/materials";
        long filesBefore = count("select count(*) from stored_file");

        var disguised = attach(url, "volantino.pdf", "application/pdf", PNG, "Volantino dell'incontro");
        assertThat(disguised.getStatus()).isEqualTo(422);
        assertThat(disguised.getContentAsString())
                .contains("Il contenuto del file non è quello che dice il suo nome")
                .contains("value=\"Volantino dell&#39;incontro\"");
        var text = attach(url, "volantino.pdf", "application/pdf", "ciao".getBytes(), "Volantino");
        assertThat(text.getStatus()).isEqualTo(422);
        var noExtension = attach(url, "volantino", "application/pdf", PDF, "Volantino");
        assertThat(noExtension.getStatus()).isEqualTo(422);
        assertThat(count("select count(*) from stored_file"))
                .as("nothing half-saved")
                .isEqualTo(filesBefore);
        assertThat(materials(action)).isZero();

        var leaflet = attach(url, "volantino.pdf", "application/pdf", PDF, "Volantino in italiano");
        assertThat(leaflet.getStatus()).as(leaflet.getContentAsString()).isEqualTo(302);
        var poster = attach(url, "manifesto.PNG", "image/png", PNG, "Manifesto");
        assertThat(poster.getStatus()).isEqualTo(302);
        assertThat(materials(action)).isEqualTo(2);

        String page = mvc.perform(get("/processes/" + slug + "/communication"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Volantino in italiano").contains("alt=\"Manifesto\"");
    }

    @Test
    void contactsAreCountsThatCannotCarryAName() throws Exception {
        long point = addPoint("Punto " + run);
        String url = "/admin/processes/" + processId + "/info-points/" + point + "/contacts";

        var named = send(
                mvc,
                admin(post(url)
                        .param("period", "DAY")
                        .param("startsOn", "2027-03-02")
                        .param("topic", "Mario Rossi")
                        .param("contacts", "3")));
        assertThat(named.getStatus()).isEqualTo(422);
        var notMonday = send(
                mvc,
                admin(post(url)
                        .param("period", "WEEK")
                        .param("startsOn", "2027-03-02")
                        .param("contacts", "3")));
        assertThat(notMonday.getStatus()).isEqualTo(422);
        assertThat(notMonday.getContentAsString()).contains("Una settimana si registra dal suo lunedì.");
        var zero = send(
                mvc,
                admin(post(url)
                        .param("period", "DAY")
                        .param("startsOn", "2027-03-02")
                        .param("contacts", "0")));
        assertThat(zero.getStatus()).isEqualTo(422);
        assertThat(counts(point)).isZero();

        var counted = send(
                mvc,
                admin(post(url)
                        .param("period", "WEEK")
                        .param("startsOn", "2027-03-01")
                        .param("topic", "DOCUMENTS")
                        .param("language", "ar")
                        .param("contacts", "12")
                        .param("name", "Mario Rossi")
                        .param("surname", "Rossi")));
        assertThat(counted.getStatus()).as(counted.getContentAsString()).isEqualTo(302);
        assertThat(jdbc.sql("select row_to_json(c)::text from outreach_contact_count c where point_id = :p")
                        .param("p", point)
                        .query(String.class)
                        .single())
                .contains("\"contacts\":12")
                .doesNotContain("Mario")
                .doesNotContain("Rossi");
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.columns
                        where table_name = 'outreach_contact_count' and data_type = 'text'
                          and column_name not in ('period', 'topic', 'language')""").query(Long.class).single())
                .as("no free text column that could hold a name")
                .isZero();
        var again = send(
                mvc,
                admin(post(url)
                        .param("period", "WEEK")
                        .param("startsOn", "2027-03-01")
                        .param("topic", "DOCUMENTS")
                        .param("language", "ar")
                        .param("contacts", "5")));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("Questo periodo ha già un conteggio");
        assertThat(counts(point)).isEqualTo(1);
    }

    @Test
    void badOpeningHoursAreSaidOnTheFormAndNothingIsSaved() throws Exception {
        var overlapping = send(
                mvc,
                admin(post("/admin/processes/" + processId + "/info-points")
                        .param("name", "Punto " + run)
                        .param("address", "Via Pistoiese 10")
                        .param("organisation", "Associazione " + run)
                        .param("slotDay", "1", "1")
                        .param("slotOpens", "09:00", "11:00")
                        .param("slotCloses", "12:00", "13:00")));
        assertThat(overlapping.getStatus()).isEqualTo(422);
        assertThat(overlapping.getContentAsString()).contains("Fascia 2: si sovrappone a un’altra fascia");
        var halfCoordinates = send(
                mvc,
                admin(post("/admin/processes/" + processId + "/info-points")
                        .param("name", "Punto " + run)
                        .param("address", "Via Pistoiese 10")
                        .param("organisation", "Associazione " + run)
                        .param("latitude", "43.88")));
        assertThat(halfCoordinates.getStatus()).isEqualTo(422);
        assertThat(count("select count(*) from outreach_info_point where process_id = " + processId))
                .isZero();
    }

    @Test
    void reservedContentNeverReachesVisitors() throws Exception {
        long internal = addAction("Briefing per gli uffici " + run, false, "INTERNAL");
        addAction("Comunicato di avvio " + run, true, null);
        var internalMaterial = attach(
                "/admin/processes/" + processId + "/communication/actions/" + internal + "/materials",
                "briefing.pdf",
                "application/pdf",
                PDF,
                "Briefing interno");
        assertThat(internalMaterial.getStatus()).isEqualTo(302);
        String file = jdbc.sql("select m.file_id::text from outreach_material m where m.action_id = :a")
                .param("a", internal)
                .query(String.class)
                .single();
        String page = mvc.perform(get("/processes/" + slug + "/communication"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Comunicato di avvio " + run).doesNotContain("Briefing");
        assertThat(mvc.perform(get("/files/" + file)).andReturn().getResponse().getStatus())
                .isIn(403, 404);
        var publicInternal = send(
                mvc,
                admin(post("/admin/processes/" + processId + "/communication/actions")
                        .param("channel", "INTERNAL")
                        .param("title", "Circolare " + run)
                        .param("plannedOn", "2027-03-01")
                        .param("visibleToPublic", "true")));
        assertThat(publicInternal.getStatus()).isEqualTo(422);

        long reserved = published(context, "Riservato " + run, Visibility.RESERVED);
        processId = reserved;
        addAction("Segreto del piano " + run, true, null);
        addPoint("Punto segreto " + run);
        String reservedSlug = slugOf(jdbc, reserved);
        for (String path : new String[] {
            "/processes/" + reservedSlug,
            "/processes/" + reservedSlug + "/communication",
            "/processes/" + reservedSlug + "/info-points"
        }) {
            var answer = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(answer.getStatus()).as(path).isEqualTo(404);
            assertThat(answer.getContentAsString())
                    .doesNotContain("Segreto del piano")
                    .doesNotContain("Punto segreto");
        }
    }

    @Test
    void aVisitorSeesPublicActionsAndInfoPointsOnTheProcessPage() throws Exception {
        addAction("Conferenza stampa " + run, true, null);
        long point = addPoint("Punto di via Pistoiese " + run);
        String page =
                mvc.perform(get("/processes/" + slug)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("Comunicazione e punti informativi")
                .contains("Conferenza stampa " + run)
                .contains("Punto di via Pistoiese " + run)
                .contains("lunedì 09:00–12:00");
        String points = mvc.perform(get("/processes/" + slug + "/info-points"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(points)
                .contains("id=\"point-" + point + "\"")
                .contains("Arabo")
                .contains("Cinese");
    }

    private long addAction(String title, boolean visible, String channel) throws Exception {
        var request = post("/admin/processes/" + processId + "/communication/actions")
                .param("channel", channel == null ? "PRESS_OFFICE" : channel)
                .param("title", title)
                .param(
                        "plannedOn",
                        Instant.now().plusSeconds(86400 * 3).toString().substring(0, 10))
                .param("languages", "it", "ar");
        if (visible) {
            request.param("visibleToPublic", "true");
        }
        var added = send(mvc, admin(request));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(302);
        return Long.parseLong(added.getRedirectedUrl().replaceAll(".*#action-", ""));
    }

    private long addPoint(String name) throws Exception {
        var added = send(
                mvc,
                admin(post("/admin/processes/" + processId + "/info-points")
                        .param("name", name)
                        .param("address", "Via Pistoiese 10, Prato")
                        .param("organisation", "Associazione " + run)
                        .param("languages", "it", "ar", "zh")
                        .param("slotDay", "1", "")
                        .param("slotOpens", "09:00", "")
                        .param("slotCloses", "12:00", "")));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(302);
        return Long.parseLong(added.getRedirectedUrl().replaceAll(".*/", ""));
    }

    /** The administrator attaches a file to an action's materials. */
    private MockHttpServletResponse attach(String url, String filename, String type, byte[] content, String description)
            throws Exception {
        return send(
                mvc,
                admin(multipart(url)
                        .file(new MockMultipartFile("file", filename, type, content))
                        .param("description", description)));
    }

    private long materials(long action) {
        return count("select count(*) from outreach_material where action_id = " + action);
    }

    private long counts(long point) {
        return count("select count(*) from outreach_contact_count where point_id = " + point);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
