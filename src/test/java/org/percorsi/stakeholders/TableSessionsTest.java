package org.percorsi.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.stakeholders.domain.OrganisationsMerged;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions of a negotiation table as its manager records them and as people read them: numbered in order;
 * attendance only for the organisations that were members on the session's day, named by who represented them
 * then, a substitute only with a substitute representative; decisions numbered; minutes a hidden draft until a
 * later session approves them (refusals save nothing); public pages that name organisations, never an unconsented
 * representative or a contact; and a merge of two organisations that keeps the better attendance.
 */
class TableSessionsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StakeholdersApi api;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    String slug;
    String admin;
    String site;

    @BeforeEach
    void aPublishedPublicProcess() {
        slug = "tavolo-" + run;
        processId = jdbc.sql("insert into process (slug, title, short_description, visibility, status) "
                        + "values (:s, :t, 'Breve', 'PUBLIC', 'PUBLISHED') returning id")
                .param("s", slug)
                .param("t", "Tavolo " + run)
                .query(Long.class)
                .single();
        admin = "/admin/processes/" + processId + "/table/sessions";
        site = "/processes/" + slug + "/table/sessions";
    }

    @Test
    void sessionsTakeTheNextNumberAndFollowOneAnother() throws Exception {
        assertThat(schedule("Prima seduta", TODAY.minusDays(10))).isEqualTo(1);
        assertThat(schedule("Seconda seduta", TODAY.minusDays(5))).isEqualTo(2);
        assertThat(schedule("Terza seduta, futura", TODAY.plusDays(30))).isEqualTo(3);

        var earlier = as(admin(post(admin)
                .param("title", "Fuori ordine")
                .param("heldOn", TODAY.minusDays(60).toString())));
        assertThat(earlier.getStatus()).isEqualTo(422);
        assertThat(earlier.getContentAsString()).contains("La data viene prima di quella della seduta n. 3");
        var untitled = as(admin(post(admin)
                .param("title", " ")
                .param("heldOn", TODAY.plusDays(40).toString())));
        assertThat(untitled.getStatus()).isEqualTo(422);
        assertThat(untitled.getContentAsString()).contains("Campo obbligatorio.");
        var moved = as(admin(post(admin + "/2")
                .param("title", "Seconda seduta")
                .param("heldOn", TODAY.minusDays(20).toString())));
        assertThat(moved.getStatus()).isEqualTo(422);
        assertThat(moved.getContentAsString()).contains("La data viene prima di quella della seduta n. 1");
        assertThat(sessions()).isEqualTo(3);
        assertThat(heldOn(2)).isEqualTo(TODAY.minusDays(5));
        var renamed = as(admin(post(admin + "/2")
                .param("title", "Seconda seduta, rinominata")
                .param("heldOn", TODAY.minusDays(6).toString())
                .param("agenda", "Saluti\n\nCalendario dei lavori")));
        assertThat(renamed.getStatus()).as(renamed.getContentAsString()).isEqualTo(302);
        assertThat(heldOn(2)).isEqualTo(TODAY.minusDays(6));
        assertThat(mvc.perform(get(site + "/2")).andReturn().getResponse().getContentAsString())
                .contains("Seconda seduta, rinominata", "<li>Saluti</li>", "<li>Calendario dei lavori</li>");
        assertThat(as(admin(get(admin))).getContentAsString()).contains("href=\"" + site + "\"");

        // held as a meeting of the process: its date, and only once; another process's meeting is refused
        long meeting = meeting(processId, TODAY.plusDays(35));
        var atMeeting =
                as(admin(post(admin).param("title", "Alla riunione").param("meetingId", String.valueOf(meeting))));
        assertThat(atMeeting.getStatus()).as(atMeeting.getContentAsString()).isEqualTo(302);
        assertThat(heldOn(4)).isEqualTo(TODAY.plusDays(35));
        var again = as(admin(post(admin).param("title", "Di nuovo").param("meetingId", String.valueOf(meeting))));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("Questo incontro è già la seduta n. 4.");
        long elsewhere = meeting(
                jdbc.sql(
                                "insert into process (slug, title, short_description) values (:s, 'Altro', 'Breve') returning id")
                        .param("s", "altro-" + run)
                        .query(Long.class)
                        .single(),
                TODAY.plusDays(50));
        var foreign = as(admin(post(admin).param("title", "Altrui").param("meetingId", String.valueOf(elsewhere))));
        assertThat(foreign.getStatus()).isEqualTo(422);
        assertThat(foreign.getContentAsString()).contains("non è un incontro di questo percorso");
        assertThat(sessions()).isEqualTo(4);
        assertThat(as(admin(get(admin + "/4"))).getContentAsString()).contains("Riunione " + run);

        String outsider = TestAccounts.newParticipant(jdbc, "estraneo-", "Estraneo " + run);
        assertThat(as(post(admin)
                                .param("title", "Intrusa")
                                .param("heldOn", TODAY.plusDays(60).toString())
                                .with(user(outsider).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(sessions()).isEqualTo(4);
    }

    @Test
    void attendanceIsRecordedOnlyForMembersOnTheDayAndASubstituteNeedsASubstituteRepresentative() throws Exception {
        long aps = organisation("Pro Loco " + run, null);
        long union = organisation("Sindacato " + run, null);
        long late = organisation("Ritardataria " + run, null);
        long gone = organisation("Uscita " + run, null);
        member(aps, TODAY.minusDays(30));
        member(union, TODAY.minusDays(30));
        member(late, TODAY.minusDays(1));
        withdrawn(gone, TODAY.minusDays(40), TODAY.minusDays(20));
        long apsMain = representative(aps, "Rappresentante Pro Loco", "MAIN", TODAY.minusDays(100), null, false);
        long unionMain = representative(union, "Titolare Sindacato", "MAIN", TODAY.minusDays(100), null, false);
        long unionSubstitute =
                representative(union, "Sostituta Sindacato", "SUBSTITUTE", TODAY.minusDays(100), null, false);
        long formerSubstitute =
                representative(union, "Ex Sostituto", "SUBSTITUTE", TODAY.minusDays(100), TODAY.minusDays(50), false);
        schedule("Seduta di prova", TODAY.minusDays(10));

        String grid = as(admin(get(admin + "/1"))).getContentAsString();
        assertThat(grid)
                .contains("Pro Loco " + run, "Sindacato " + run, "Sostituta Sindacato")
                .doesNotContain("Ritardataria " + run, "Uscita " + run, "Ex Sostituto");

        assertRefused(
                attendance("org-" + aps, "PRESENT:" + apsMain, "org-" + union, "SUBSTITUTE"),
                "indica quale sostituto era presente");
        assertRefused(
                attendance("org-" + aps, "PRESENT:" + apsMain, "org-" + union, "SUBSTITUTE:" + unionMain),
                "non è un suo rappresentante sostituto");
        assertRefused(
                attendance("org-" + aps, "PRESENT:" + apsMain, "org-" + union, "SUBSTITUTE:" + formerSubstitute),
                "non la rappresentava il");
        assertRefused(
                attendance("org-" + aps, "PRESENT:" + unionMain, "org-" + union, "ABSENT"), "non la rappresentava il");
        assertRefused(
                attendance("org-" + aps, "PRESENT", "org-" + union, "ABSENT", "org-" + late, "PRESENT"),
                "non faceva parte del Tavolo");
        assertRefused(attendance("org-" + aps, "PRESENT"), "Indica la presenza di «Sindacato " + run + "»");
        assertThat(attendanceRows()).isZero();

        var saved = as(
                admin(attendance("org-" + aps, "PRESENT:" + apsMain, "org-" + union, "SUBSTITUTE:" + unionSubstitute)));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        assertThat(jdbc.sql("select status || ':' || representative_id from negotiation_table_attendance a "
                                + "join negotiation_table_session s on s.id = a.session_id where s.process_id = :p "
                                + "order by a.organisation_id")
                        .param("p", processId)
                        .query(String.class)
                        .list())
                .containsExactly("PRESENT:" + apsMain, "SUBSTITUTE:" + unionSubstitute);

        var intoTheFuture = as(admin(post(admin + "/1")
                .param("title", "Seduta di prova")
                .param("heldOn", TODAY.plusDays(1).toString())));
        assertThat(intoTheFuture.getStatus()).isEqualTo(422);
        assertThat(intoTheFuture.getContentAsString()).contains("La seduta n. 1 ha già presenze, decisioni o verbale");
        assertThat(heldOn(1)).isEqualTo(TODAY.minusDays(10));

        // a session still to come records nothing yet
        schedule("Seduta futura", TODAY.plusDays(3));
        var ahead = as(admin(post(admin + "/2/attendance").param("org-" + aps, "PRESENT")));
        assertThat(ahead.getStatus()).isEqualTo(422);
        assertThat(ahead.getContentAsString()).contains("La seduta n. 2 si terrà il");
        assertThat(attendanceRows()).isEqualTo(2);
    }

    @Test
    void decisionsAreNumberedInOrderAndReadThroughTheApi() throws Exception {
        schedule("Seduta decisiva", TODAY.minusDays(3));
        for (String text : List.of("Approvare il calendario", "Respingere la proposta", "Rinviare il punto 3")) {
            var recorded = as(admin(
                    post(admin + "/1/decisions").param("text", text + " " + run).param("outcome", "APPROVED")));
            assertThat(recorded.getStatus()).as(recorded.getContentAsString()).isEqualTo(302);
        }
        var noText = as(admin(post(admin + "/1/decisions").param("text", " ").param("outcome", "APPROVED")));
        assertThat(noText.getStatus()).isEqualTo(422);
        assertThat(noText.getContentAsString()).contains("Campo obbligatorio.");
        var halfVotes = as(admin(post(admin + "/1/decisions")
                .param("text", "Con voti a metà")
                .param("outcome", "REJECTED")
                .param("votesFor", "3")));
        assertThat(halfVotes.getStatus()).isEqualTo(422);
        assertThat(halfVotes.getContentAsString()).contains("Indica favorevoli, contrari e astenuti insieme");
        var english = as(admin(post(admin + "/1/decisions")
                .param("text", "x")
                .param("outcome", "APPROVED")
                .param("lang", "en")));
        assertThat(english.getContentAsString()).contains("At least 2 characters.");
        var voted = as(admin(post(admin + "/1/decisions")
                .param("text", "Votata " + run)
                .param("outcome", "POSTPONED")
                .param("votesFor", "4")
                .param("votesAgainst", "1")
                .param("abstentions", "0")));
        assertThat(voted.getStatus()).isEqualTo(302);

        var decisions = api.decisions(processId);
        assertThat(decisions).extracting(DecisionSummary::number).containsExactly(1, 2, 3, 4);
        assertThat(decisions.get(1).text()).isEqualTo("Respingere la proposta " + run);
        assertThat(decisions.get(3).outcome()).isEqualTo(DecisionOutcome.POSTPONED);
        assertThat(decisions).allSatisfy(d -> {
            assertThat(d.sessionNumber()).isEqualTo(1);
            assertThat(d.heldOn()).isEqualTo(TODAY.minusDays(3));
            assertThat(d.processId()).isEqualTo(processId);
        });
        assertThat(api.decision(decisions.get(2).id())).contains(decisions.get(2));

        String page = mvc.perform(get(site + "/1")).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("Decisione n. 4", "Rinviata", "favorevoli 4, contrari 1, astenuti 0", "Votata " + run);
        String list = mvc.perform(get(site)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Seduta decisiva", site + "/1");
    }

    @Test
    void draftMinutesStayHiddenUntilALaterSessionApprovesThem() throws Exception {
        schedule("Prima", TODAY.minusDays(20));
        schedule("Seconda", TODAY.minusDays(10));
        schedule("Terza, futura", TODAY.plusDays(10));
        assertRefused(
                post(admin + "/2/approve").param("earlier", "1"), "La seduta n. 1 non ha un verbale da approvare.");
        var written = as(admin(post(admin + "/1/minutes")
                .param("minutes", "<p>Verbale riservato " + run + "</p><script>alert(1)</script>")));
        assertThat(written.getStatus()).as(written.getContentAsString()).isEqualTo(302);
        assertThat(minutes(1)).contains("Verbale riservato").doesNotContain("script");
        assertThat(as(get(site + "/1")
                                .with(user(TestAccounts.newParticipant(jdbc, "lettore-", "Lettore " + run))
                                        .roles("PARTICIPANT")))
                        .getContentAsString())
                .doesNotContain("Verbale riservato " + run)
                .contains("Il verbale sarà pubblicato dopo l’approvazione in una seduta successiva.");

        assertRefused(
                post(admin + "/1/approve").param("earlier", "1"),
                "si approva in una seduta successiva, non nella seduta n. 1");
        assertRefused(
                post(admin + "/1/approve").param("earlier", "2"),
                "si approva in una seduta successiva, non nella seduta n. 1");
        assertRefused(post(admin + "/3/approve").param("earlier", "1"), "La seduta n. 3 si terrà il");
        assertRefused(post(admin + "/2/approve").param("earlier", "9"), "si approva in una seduta successiva");
        assertThat(state(1)).isEqualTo("DRAFT");

        assertThat(as(admin(post(admin + "/2/approve").param("earlier", "1"))).getStatus())
                .isEqualTo(302);
        assertThat(state(1)).isEqualTo("APPROVED");
        assertRefused(post(admin + "/2/approve").param("earlier", "1"), "è già stato approvato nella seduta n. 2");
        assertRefused(post(admin + "/1/minutes").param("minutes", "Cambiato dopo"), "è già approvato");
        assertThat(minutes(1)).contains("Verbale riservato").doesNotContain("Cambiato dopo");

        String page = mvc.perform(get(site + "/1")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Verbale riservato " + run, "Verbale approvato nella seduta n. 2", site + "/2");

        assertThatThrownBy(() -> jdbc.sql("update negotiation_table_session set minutes_state = 'APPROVED', "
                                + "minutes_approved_in = id where process_id = :p and number = 2")
                        .param("p", processId)
                        .update())
                .as("the database too refuses minutes approved by their own session")
                .hasMessageContaining("later session");
    }

    @Test
    void publicPagesNameOrganisationsButNeverAnUnconsentedRepresentativeOrAContact() throws Exception {
        long hidden = organisation("Comitato Riservato " + run, "contatto-" + run + "@example.org");
        long open = organisation("Associazione Aperta " + run, "altro-" + run + "@example.org");
        member(hidden, TODAY.minusDays(30));
        member(open, TODAY.minusDays(30));
        long shy = representative(hidden, "Mario Nascosto " + run, "MAIN", TODAY.minusDays(60), null, false);
        long proud = representative(open, "Anna Pubblica " + run, "SUBSTITUTE", TODAY.minusDays(60), null, true);
        schedule("Seduta pubblica", TODAY.minusDays(2));
        assertThat(as(admin(attendance("org-" + hidden, "PRESENT:" + shy, "org-" + open, "SUBSTITUTE:" + proud)))
                        .getStatus())
                .isEqualTo(302);

        var page = mvc.perform(get(site + "/1")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Comitato Riservato " + run, "Associazione Aperta " + run, "Anna Pubblica " + run)
                .contains("Presente", "Rappresentata da un sostituto")
                .doesNotContain("Mario Nascosto", "contatto-" + run, "altro-" + run, "Referente Privato", "persona-")
                .doesNotContain("333 1234567", "051 7654321");
        String list = mvc.perform(get(site)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Seduta pubblica").doesNotContain("Mario Nascosto", "contatto-" + run);
        assertThat(as(admin(get(admin + "/1"))).getContentAsString()).contains("Mario Nascosto " + run);

        // a reserved process: its sessions only for its area
        jdbc.sql("update process set visibility = 'RESERVED' where id = :p")
                .param("p", processId)
                .update();
        String outsider = TestAccounts.newParticipant(jdbc, "fuori-", "Fuori " + run);
        String member = TestAccounts.newParticipant(jdbc, "dentro-", "Dentro " + run);
        jdbc.sql(
                        "insert into process_role (process_id, account_id, role) select :p, id, 'MEMBER' from account where email = :e")
                .param("p", processId)
                .param("e", member)
                .update();
        for (String path : List.of(site, site + "/1")) {
            assertThat(as(get(path).with(user(outsider).roles("PARTICIPANT"))).getStatus())
                    .as(path)
                    .isEqualTo(404);
            assertThat(as(get(path).with(user(member).roles("PARTICIPANT"))).getStatus())
                    .as(path)
                    .isEqualTo(200);
        }
        assertThat(as(get(site + "/7").with(user(member).roles("PARTICIPANT"))).getStatus())
                .isEqualTo(404);
    }

    @Test
    void aMergeMovesAttendanceToTheKeptOrganisationKeepingTheBetterStatus() throws Exception {
        long kept = organisation("Tenuta " + run, null);
        long duplicate = organisation("Doppione " + run, null);
        long first = sessionRow(1, TODAY.minusDays(30));
        long second = sessionRow(2, TODAY.minusDays(20));
        long third = sessionRow(3, TODAY.minusDays(10));
        long fourth = sessionRow(4, TODAY.minusDays(5));
        attended(first, kept, "ABSENT");
        attended(first, duplicate, "PRESENT");
        attended(second, duplicate, "ABSENT");
        attended(third, kept, "PRESENT");
        attended(third, duplicate, "SUBSTITUTE");
        attended(fourth, kept, "SUBSTITUTE");

        transactions.executeWithoutResult(tx -> events.publishEvent(new OrganisationsMerged(duplicate, kept)));

        assertThat(jdbc.sql("select s.number || ':' || a.status from negotiation_table_attendance a "
                                + "join negotiation_table_session s on s.id = a.session_id "
                                + "where a.organisation_id = :o order by s.number")
                        .param("o", kept)
                        .query(String.class)
                        .list())
                .containsExactly("1:PRESENT", "2:ABSENT", "3:PRESENT", "4:SUBSTITUTE");
        assertThat(jdbc.sql("select count(*) from negotiation_table_attendance where organisation_id = :o")
                        .param("o", duplicate)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    // --- helpers

    private int schedule(String title, LocalDate on) throws Exception {
        var created = as(admin(post(admin).param("title", title).param("heldOn", on.toString())));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        String url = created.getRedirectedUrl();
        return Integer.parseInt(url.substring(url.lastIndexOf('/') + 1));
    }

    private AbstractMockHttpServletRequestBuilder<?> attendance(String... fields) {
        var request = post(admin + "/1/attendance");
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    private void assertRefused(AbstractMockHttpServletRequestBuilder<?> request, String message) throws Exception {
        var refused = as(admin(request));
        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains(message);
    }

    private long organisation(String name, String contactEmail) {
        return jdbc.sql("""
                        insert into stakeholder_organisation (name, name_key, kind, contact_name, contact_email, contact_phone)
                        values (:n, :k, 'ASSOCIATION', :cn, :ce, :cp) returning id""")
                .param("n", name)
                .param("k", name.toLowerCase())
                .param("cn", contactEmail == null ? null : "Referente Privato " + run)
                .param("ce", contactEmail)
                .param("cp", contactEmail == null ? null : "+39 333 1234567")
                .query(Long.class)
                .single();
    }

    private void member(long organisation, LocalDate joinedOn) {
        jdbc.sql("""
                        insert into negotiation_table_member (process_id, organisation_id, state, channel, requested_on, joined_on)
                        values (:p, :o, 'ACCEPTED', 'SITE', :j, :j)""")
                .param("p", processId)
                .param("o", organisation)
                .param("j", joinedOn)
                .update();
    }

    private void withdrawn(long organisation, LocalDate joinedOn, LocalDate withdrawnOn) {
        jdbc.sql("""
                        insert into negotiation_table_member (process_id, organisation_id, state, channel, requested_on,
                            joined_on, withdrawn_on)
                        values (:p, :o, 'WITHDRAWN', 'SITE', :j, :j, :w)""")
                .param("p", processId)
                .param("o", organisation)
                .param("j", joinedOn)
                .param("w", withdrawnOn)
                .update();
    }

    private long representative(
            long organisation, String name, String role, LocalDate from, LocalDate to, boolean namePublic) {
        return jdbc.sql("""
                        insert into stakeholder_representative (organisation_id, full_name, email, phone, role, valid_from,
                            valid_to, name_public)
                        values (:o, :n, :e, '+39 051 7654321', :r, :f, :t, :pub) returning id""")
                .param("o", organisation)
                .param("n", name)
                .param("e", "persona-" + UUID.randomUUID() + "@example.org")
                .param("r", role)
                .param("f", from)
                .param("t", to)
                .param("pub", namePublic)
                .query(Long.class)
                .single();
    }

    private long meeting(long process, LocalDate on) {
        return jdbc.sql("""
                        insert into meeting (process_id, format, title, starts_at, ends_at, address)
                        values (:p, 'NEGOTIATION_TABLE', :t, (cast(:d as date) + time '17:00') at time zone 'Europe/Rome',
                                (cast(:d as date) + time '19:00') at time zone 'Europe/Rome', 'Sala del Consiglio')
                        returning id""")
                .param("p", process)
                .param("t", "Riunione " + run)
                .param("d", on)
                .query(Long.class)
                .single();
    }

    private long sessionRow(int number, LocalDate on) {
        return jdbc.sql("""
                        insert into negotiation_table_session (process_id, number, title, held_on)
                        values (:p, :n, :t, :d) returning id""")
                .param("p", processId)
                .param("n", number)
                .param("t", "Seduta " + number)
                .param("d", on)
                .query(Long.class)
                .single();
    }

    private void attended(long session, long organisation, String status) {
        jdbc.sql("insert into negotiation_table_attendance (session_id, organisation_id, status) values (:s, :o, :st)")
                .param("s", session)
                .param("o", organisation)
                .param("st", status)
                .update();
    }

    private int sessions() {
        return jdbc.sql("select count(*) from negotiation_table_session where process_id = :p")
                .param("p", processId)
                .query(Integer.class)
                .single();
    }

    private int attendanceRows() {
        return jdbc.sql("select count(*) from negotiation_table_attendance a join negotiation_table_session s "
                        + "on s.id = a.session_id where s.process_id = :p")
                .param("p", processId)
                .query(Integer.class)
                .single();
    }

    private LocalDate heldOn(int number) {
        return jdbc.sql("select held_on from negotiation_table_session where process_id = :p and number = :n")
                .param("p", processId)
                .param("n", number)
                .query(LocalDate.class)
                .single();
    }

    private String minutes(int number) {
        return jdbc.sql("select minutes_html from negotiation_table_session where process_id = :p and number = :n")
                .param("p", processId)
                .param("n", number)
                .query(String.class)
                .single();
    }

    private String state(int number) {
        return jdbc.sql("select minutes_state from negotiation_table_session where process_id = :p and number = :n")
                .param("p", processId)
                .param("n", number)
                .query(String.class)
                .single();
    }

    private AbstractMockHttpServletRequestBuilder<?> admin(AbstractMockHttpServletRequestBuilder<?> request) {
        return request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"));
    }

    private MockHttpServletResponse as(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }
}
