package org.percorsi.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.support.AdminRequests.admin;
import static org.percorsi.support.AdminRequests.send;
import static org.percorsi.support.PublishedProcesses.published;
import static org.percorsi.support.PublishedProcesses.slugOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.Visibility;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.stakeholders.domain.OrganisationStore;
import org.percorsi.stakeholders.domain.OrganisationStore.NewOrganisation;
import org.percorsi.stakeholders.domain.OrganisationsMerged;
import org.percorsi.stakeholders.domain.RepresentativeStore;
import org.percorsi.stakeholders.domain.RepresentativeStore.Representative;
import org.percorsi.stakeholders.domain.RepresentativeStore.Role;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A process's stakeholder map: managers put organisations of the registry and experts on it per theme and
 * neighbourhood and invite their representatives into the reserved area; visitors see it, and its CSV and JSON,
 * without notes, addresses or the names of experts who did not consent.
 */
class StakeholderMapTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(TimeConfiguration.ROME);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationStore organisations;

    @Autowired
    RepresentativeStore representatives;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JsonMapper json;

    final String run = UniqueWords.next();
    long processId;
    String admin;
    String slug;
    long parks;
    long school;
    long theme;
    long scope;

    @BeforeEach
    void aProcessAndTwoOrganisationsOfTheRegistry() {
        processId = published(context, "Attori " + run, Visibility.PUBLIC);
        admin = "/admin/processes/" + processId + "/stakeholders";
        slug = slugOf(jdbc, processId);
        parks = organisations.insert(organisation("Amici dei Parchi " + run + " APS", OrganisationKind.ASSOCIATION));
        school = organisations.insert(organisation("Istituto Comprensivo " + run, OrganisationKind.SCHOOL));
        representative(parks, "Paola Verdi", "paola." + run + "@example.org", TODAY.minusYears(1), null);
        // no longer representing: not invited
        representative(parks, "Ugo Neri", "ugo." + run + "@example.org", TODAY.minusYears(2), TODAY.minusDays(1));
        representative(school, "Dirigente " + run, null, TODAY.minusYears(1), null);
        theme = jdbc.sql("select min(id) from theme").query(Long.class).single();
        scope = jdbc.sql("select min(id) from scope").query(Long.class).single();
    }

    @Test
    void aManagerPutsOrganisationsAndExpertsOnTheMapAndInvitesTheirRepresentatives() throws Exception {
        var added = send(
                mvc,
                admin(post(admin)
                        .param("organisation", "amici dei parchi " + run)
                        .param("themeId", String.valueOf(theme))
                        .param("scopeId", String.valueOf(scope))
                        .param("engagement", "INVITED")
                        .param("note", "Referente storica del quartiere")));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(302);
        long parksEntry = Long.parseLong(added.getRedirectedUrl().replaceAll(".*#entry-", ""));
        assertThat(send(
                                mvc,
                                admin(post(admin)
                                        .param("organisation", "Istituto Comprensivo " + run)
                                        .param("internal", "true")
                                        .param("engagement", "SELF_PROPOSED")))
                        .getStatus())
                .isEqualTo(302);
        var expert = send(
                mvc,
                admin(post(admin)
                        .param("expertName", "Marta Bianchi " + run)
                        .param("expertField", "Urbanistica")
                        .param("expertEmail", "marta." + run + "@example.org")
                        .param("engagement", "INVITED")));
        long expertEntry = Long.parseLong(expert.getRedirectedUrl().replaceAll(".*#entry-", ""));

        var again = send(
                mvc,
                admin(post(admin)
                        .param("organisation", "AMICI DEI PARCHI " + run)
                        .param("themeId", String.valueOf(theme))
                        .param("scopeId", String.valueOf(scope))
                        .param("engagement", "INVITED")));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("È già sulla mappa per questo tema e questo territorio.");
        var unknown = send(
                mvc, admin(post(admin).param("organisation", "Circolo " + run).param("engagement", "INVITED")));
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentAsString())
                .contains("Questa organizzazione non è nel registro")
                .contains("value=\"Circolo " + run + "\"");
        var both = send(
                mvc,
                admin(post(admin)
                        .param("organisation", "Istituto Comprensivo " + run)
                        .param("expertName", "Qualcuno")
                        .param("engagement", "INVITED")));
        assertThat(both.getContentAsString()).contains("non entrambi");
        assertThat(entries()).isEqualTo(3);

        String page = send(mvc, admin(get(admin))).getContentAsString();
        assertThat(page)
                .contains("Amici dei Parchi " + run + " APS", "Referente storica del quartiere", "Marta Bianchi " + run)
                .contains("Indirizzi per l’invito: 1", "Indirizzi per l’invito: 0");

        var noneChosen = send(mvc, admin(post(admin + "/invite")));
        assertThat(noneChosen.getContentAsString()).contains("Scegli almeno una riga della mappa da invitare.");
        var invited = send(
                mvc,
                admin(post(admin + "/invite")
                        .param("entry", String.valueOf(parksEntry))
                        .param("entry", String.valueOf(expertEntry))));
        assertThat(invited.getStatus()).as(invited.getContentAsString()).isEqualTo(302);
        assertThat(jdbc.sql("select email from area_invitation where process_id = :p order by email")
                        .param("p", processId)
                        .query(String.class)
                        .list())
                .containsExactly("marta." + run + "@example.org", "paola." + run + "@example.org");
        assertThat(jdbc.sql(
                                "select count(*) from stakeholder_map_entry where process_id = :p and invited_at is not null")
                        .param("p", processId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        assertThat(send(mvc, admin(post(admin + "/" + expertEntry + "/remove"))).getStatus())
                .isEqualTo(302);
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void visitorsSeeTheMapWithoutNotesAddressesOrTheNamesOfExpertsWhoDidNotConsent() throws Exception {
        add(Map.of("organisation", "Amici dei Parchi " + run, "engagement", "INVITED", "note", "Nota interna " + run));
        add(Map.of(
                "expertName",
                "Esperta Riservata " + run,
                "expertField",
                "Mediazione culturale",
                "expertEmail",
                "riservata." + run + "@example.org",
                "engagement",
                "INVITED"));
        add(Map.of(
                "expertName", "Esperto Pubblico " + run,
                "expertField", "Mobilità",
                "namePublic", "true",
                "engagement", "SELF_PROPOSED"));

        String page = mvc.perform(get("/processes/" + slug + "/stakeholders"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String csv = mvc.perform(get("/processes/" + slug + "/stakeholders.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String jsonText = mvc.perform(get("/processes/" + slug + "/stakeholders.json"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (String published : List.of(page, csv, jsonText)) {
            assertThat(published)
                    .contains("Amici dei Parchi " + run, "Esperto Pubblico " + run, "Mediazione culturale")
                    .doesNotContain("Esperta Riservata", "Nota interna", "@example.org", "paola.");
        }
        assertThat(csv).startsWith("\ufeffname,kind,expert_field,theme,neighbourhood,internal,engagement\r\n");
        List<Map<String, Object>> rows = json.readValue(jsonText, List.class);
        assertThat(rows).hasSize(3);
        assertThat(rows)
                .anySatisfy(row -> assertThat(row)
                        .containsEntry("name", "Esperto o esperta")
                        .containsEntry("kind", "EXPERT")
                        .containsEntry("internal", false));

        long reserved = published(context, "Riservato " + run, Visibility.RESERVED);
        assertThat(mvc.perform(get("/processes/" + slugOf(jdbc, reserved) + "/stakeholders.csv"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void onlyTheProcesssManagersKeepTheMap() throws Exception {
        String participant = TestAccounts.newParticipant(jdbc, "mappa-", "Curioso " + run);
        assertThat(send(mvc, get(admin).with(user(participant).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(
                                mvc,
                                post(admin)
                                        .param("organisation", "Amici dei Parchi " + run)
                                        .param("engagement", "INVITED")
                                        .with(user(participant).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(entries()).isZero();
    }

    @Test
    void aMergedOrganisationsPlacesGoToTheOneKept() throws Exception {
        long duplicate = organisations.insert(organisation("Parchi Amici " + run, OrganisationKind.ASSOCIATION));
        add(Map.of("organisation", "Amici dei Parchi " + run, "engagement", "INVITED"));
        add(Map.of("organisation", "Parchi Amici " + run, "engagement", "INVITED"));
        add(Map.of("organisation", "Parchi Amici " + run, "engagement", "INVITED", "themeId", String.valueOf(theme)));

        transaction.executeWithoutResult(status -> {
            jdbc.sql("update stakeholder_organisation set merged_into = :k where id = :d")
                    .param("k", parks)
                    .param("d", duplicate)
                    .update();
            events.publishEvent(new OrganisationsMerged(duplicate, parks));
        });

        assertThat(jdbc.sql("select organisation_id, theme_id from stakeholder_map_entry where process_id = :p "
                                + "order by theme_id nulls first")
                        .param("p", processId)
                        .query((rs, n) -> rs.getLong(1) + "/" + rs.getObject(2))
                        .list())
                .as("the place both had is kept once; the duplicate's other place moves")
                .containsExactly(parks + "/null", parks + "/" + theme);
    }

    private void add(Map<String, String> fields) throws Exception {
        var request = post(admin);
        fields.forEach(request::param);
        var added = send(mvc, admin(request));
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(302);
    }

    private int entries() {
        return jdbc.sql("select count(*) from stakeholder_map_entry where process_id = :p")
                .param("p", processId)
                .query(Integer.class)
                .single();
    }

    private static NewOrganisation organisation(String name, OrganisationKind kind) {
        return new NewOrganisation(name, kind, null, null, null, null, null, "Contatto privato", null, null, null);
    }

    private void representative(long organisation, String name, String email, LocalDate from, LocalDate to) {
        representatives.insert(
                organisation, new Representative(name, email, null, null, Role.MAIN, from, to, null, false));
    }
}
