package org.percorsi.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.stakeholders.domain.OrganisationsMerged;
import org.percorsi.stakeholders.queries.TableQueries;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A process's negotiation table over HTTP, as an organisation's representative, a visitor and the process's
 * manager use it: asking to join (a new organisation, then the same one under a variant of its name), one pending
 * request per person, the review (a refusal needs its reason; acceptance opens the reserved area, withdrawal closes
 * it), later joiners after the first session, referents and the neighbourhoods that lack one, and the public page
 * and exports, which show no contact, no unconsented name and no request.
 */
class NegotiationTablePagesTest extends IntegrationTest {

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
    TableQueries queries;

    @Autowired
    TablePersonalData personalData;

    @Autowired
    ApplicationEventPublisher events;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    long laterPhaseId;
    String slug;
    String admin;
    String table;

    @BeforeEach
    void aPublishedProcessWithAReservedPhase() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Tavolo " + run));
            addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", TODAY.minusDays(5), TODAY.plusDays(4), "", "", false));
            addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.SHARING,
                            "Fase riservata " + run,
                            "",
                            TODAY.plusDays(5),
                            TODAY.plusDays(60),
                            "",
                            "",
                            true));
            publish.handle(processId);
        });
        slug = jdbc.sql("select slug from process_summary where id = :p")
                .param("p", processId)
                .query(String.class)
                .single();
        laterPhaseId = jdbc.sql("select id from phase_summary where process_id = :p and reserved")
                .param("p", processId)
                .query(Long.class)
                .single();
        admin = "/admin/processes/" + processId + "/table";
        table = "/processes/" + slug + "/table";
    }

    @Test
    void anOrganisationAsksToJoinAndAVariantOfItsNameJoinsTheSameOne() throws Exception {
        String maria = account("maria");
        assertThat(as(get(table + "/join")).getRedirectedUrl())
                .as("a visitor is sent to sign in")
                .endsWith("/login");
        assertThat(as(get(table + "/join").with(user(maria).roles("PARTICIPANT")))
                        .getContentAsString())
                .contains("name=\"organisationName\"")
                .contains("Associazione di categoria");

        var sent = as(join(maria, "Pro Loco Borgo " + run + " A.P.S.", "Maria Rossi " + run));
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo(table);
        var request =
                jdbc.sql("""
                        select m.state, m.channel, m.requested_on, m.requested_by = a.id as by_her, o.name,
                               r.full_name, r.account_id = a.id as linked, r.name_public
                        from negotiation_table_member m join stakeholder_organisation o on o.id = m.organisation_id
                        join stakeholder_representative r on r.organisation_id = o.id
                        join account a on a.email = :e
                        where m.process_id = :p""").param("p", processId).param("e", maria).query().singleRow();
        assertThat(request)
                .containsEntry("state", "REQUESTED")
                .containsEntry("channel", "SITE")
                .containsEntry("by_her", true)
                .containsEntry("full_name", "Maria Rossi " + run)
                .containsEntry("linked", true)
                .containsEntry("name_public", false);
        assertThat(request.get("requested_on").toString()).isEqualTo(TODAY.toString());

        int organisations = organisationsNamed("%" + run + "%");
        var second = as(join(maria, "Circolo Altro " + run, "Maria Rossi " + run));
        assertThat(second.getStatus()).isEqualTo(422);
        assertThat(second.getContentAsString())
                .contains("Hai già una richiesta in attesa di esame per questo percorso.");
        assertThat(organisationsNamed("%" + run + "%")).as("nothing saved").isEqualTo(organisations);

        long member = memberOf("Pro Loco Borgo " + run + " A.P.S.");
        assertThat(as(asAdmin(post(admin + "/refuse")
                                .param("memberId", String.valueOf(member))
                                .param("reason", "Non opera nel territorio del percorso")))
                        .getStatus())
                .isEqualTo(302);
        String luca = account("luca");
        var variant = as(join(luca, "pro-loco borgo " + run, "Luca Bianchi " + run));
        assertThat(variant.getStatus()).as(variant.getContentAsString()).isEqualTo(302);
        assertThat(organisationsNamed("%oco%orgo " + run + "%"))
                .as("the variant of the name is the organisation already registered")
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select m.state from negotiation_table_member m join account a on a.id = m.requested_by
                        where m.id = :m and a.email = :e""")
                        .param("m", member)
                        .param("e", luca)
                        .query(String.class)
                        .single())
                .as("the refused row reopened for the new request")
                .isEqualTo("REQUESTED");
    }

    @Test
    void aRefusalNeedsAReasonAcceptanceOpensTheReservedAreaAndWithdrawalClosesIt() throws Exception {
        String maria = account("maria");
        as(join(maria, "Comitato Ponte " + run, "Maria Verdi " + run));
        long member = memberOf("Comitato Ponte " + run);

        var noReason = as(asAdmin(post(admin + "/refuse")
                .param("memberId", String.valueOf(member))
                .param("reason", " ")));
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("Campo obbligatorio.");
        assertThat(state(member)).isEqualTo("REQUESTED");

        String reservedPhase = "Fase riservata " + run;
        assertThat(processPage(maria)).doesNotContain("Fase riservata " + run);
        var accepted = as(asAdmin(post(admin + "/accept")
                .param("memberId", String.valueOf(member))
                .param("joinedOn", TODAY.toString())));
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(302);
        assertThat(state(member)).isEqualTo("ACCEPTED");
        assertThat(hasTableRole(maria)).isTrue();
        assertThat(processPage(maria)).as("the reserved area opens").contains(reservedPhase);

        var future = as(asAdmin(post(admin + "/withdraw")
                .param("memberId", String.valueOf(member))
                .param("withdrawnOn", TODAY.plusDays(3).toString())));
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(future.getContentAsString()).contains("La data non può essere futura.");
        var withdrawn = as(asAdmin(post(admin + "/withdraw")
                .param("memberId", String.valueOf(member))
                .param("withdrawnOn", TODAY.toString())));
        assertThat(withdrawn.getStatus()).isEqualTo(302);
        assertThat(state(member)).isEqualTo("WITHDRAWN");
        assertThat(hasTableRole(maria)).isFalse();
        assertThat(processPage(maria)).as("the reserved area closes").doesNotContain(reservedPhase);
    }

    @Test
    void theOrganisationWithdrawsItselfAndTheManagerClosesTheAreaToItsOtherRepresentatives() throws Exception {
        String maria = account("maria");
        as(join(maria, "Orti Condivisi " + run, "Maria Neri " + run));
        long member = memberOf("Orti Condivisi " + run);
        String luca = account("luca");
        representativeWithAccount(organisationOf(member), "Luca Bianchi " + run, luca);
        as(asAdmin(post(admin + "/accept").param("memberId", String.valueOf(member))));
        assertThat(hasTableRole(maria)).isTrue();
        assertThat(hasTableRole(luca))
                .as("every representative with an account")
                .isTrue();

        String stranger = account("estraneo");
        assertThat(as(post(table + "/leave")
                                .param("memberId", String.valueOf(member))
                                .with(user(stranger).roles("PARTICIPANT")))
                        .getStatus())
                .as("someone else's membership")
                .isEqualTo(404);
        assertThat(as(get(table).with(user(maria).roles("PARTICIPANT"))).getContentAsString())
                .contains("Ritira l’adesione");
        var left = as(post(table + "/leave")
                .param("memberId", String.valueOf(member))
                .with(user(maria).roles("PARTICIPANT")));
        assertThat(left.getStatus()).isEqualTo(302);
        assertThat(state(member)).isEqualTo("WITHDRAWN");
        assertThat(hasTableRole(maria))
                .as("who withdrew leaves the reserved area at once")
                .isFalse();
        assertThat(processPage(maria)).doesNotContain("Fase riservata " + run);
        assertThat(hasTableRole(luca))
                .as("another person's role is the managers' to take back")
                .isTrue();

        assertThat(as(asAdmin(get(admin))).getContentAsString()).contains("vedono ancora l’area riservata");
        assertThat(as(asAdmin(post(admin + "/access").param("memberId", String.valueOf(member))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(hasTableRole(luca)).isFalse();
        assertThat(as(asAdmin(get(admin))).getContentAsString()).doesNotContain("vedono ancora l’area riservata");
    }

    @Test
    void representativesNamedAfterTheAcceptanceGetTheReservedArea() throws Exception {
        String maria = account("maria");
        as(join(maria, "Comitato Via Roma " + run, "Maria Neri " + run));
        long member = memberOf("Comitato Via Roma " + run);
        long organisation = organisationOf(member);
        as(asAdmin(post(admin + "/accept").param("memberId", String.valueOf(member))));

        // named in the registry by someone who does not manage this process: its managers are shown the gap
        String luca = account("luca");
        representativeWithAccount(organisation, "Luca Bianchi " + run, luca);
        assertThat(hasTableRole(luca)).isFalse();
        assertThat(as(asAdmin(get(admin))).getContentAsString()).contains("non vede ancora l’area riservata");
        assertThat(as(asAdmin(post(admin + "/access").param("memberId", String.valueOf(member))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(hasTableRole(luca)).isTrue();
        assertThat(as(asAdmin(get(admin))).getContentAsString()).doesNotContain("non vede ancora l’area riservata");

        // named by someone who manages it: the area opens at once
        String anna = account("anna");
        assertThat(as(asAdmin(post("/admin/organisations/" + organisation + "/representatives")
                                .param("fullName", "Anna Verdi " + run)
                                .param("email", anna)
                                .param("role", "SUBSTITUTE")
                                .param("validFrom", TODAY.toString())))
                        .getStatus())
                .isEqualTo(302);
        assertThat(hasTableRole(anna)).isTrue();

        var requested = as(asAdmin(post(admin + "/access").param("memberId", String.valueOf(requestedMember()))));
        assertThat(requested.getContentAsString())
                .as("a request not yet reviewed opens nothing")
                .contains("Solo per un’organizzazione aderente o ritirata");
    }

    @Test
    void membersWhoJoinAfterTheFirstSessionAreLaterJoiners() throws Exception {
        long early = organisation("Scuola Media Fermi " + run, "SCHOOL");
        long late = organisation("Sindacato Pensionati " + run, "UNION");
        jdbc.sql(
                        "insert into negotiation_table_session (process_id, number, title, held_on) values (:p, 1, 'Prima seduta', :d)")
                .param("p", processId)
                .param("d", TODAY.minusDays(10))
                .update();
        assertThat(as(asAdmin(post(admin + "/members")
                                .param("organisationId", String.valueOf(early))
                                .param("channel", "MEETING")
                                .param("joinedOn", TODAY.minusDays(20).toString())))
                        .getStatus())
                .isEqualTo(302);
        assertThat(as(asAdmin(post(admin + "/members")
                                .param("organisationId", String.valueOf(late))
                                .param("channel", "CERTIFIED_MAIL")
                                .param("joinedOn", TODAY.minusDays(2).toString())))
                        .getStatus())
                .isEqualTo(302);
        var again = as(asAdmin(post(admin + "/members")
                .param("organisationId", String.valueOf(late))
                .param("channel", "MEETING")
                .param("joinedOn", TODAY.toString())));
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(again.getContentAsString()).contains("Questa organizzazione aderisce già al tavolo.");

        var members = queries.publicMembers(processId, 1).items();
        assertThat(members)
                .filteredOn(m -> m.organisation().startsWith("Scuola Media Fermi"))
                .singleElement()
                .matches(m -> !m.laterJoiner());
        assertThat(members)
                .filteredOn(m -> m.organisation().startsWith("Sindacato Pensionati"))
                .singleElement()
                .matches(TableQueries.PublicMember::laterJoiner);
        assertThat(as(get(table)).getContentAsString())
                .contains("<span class=\"badge bg-info\">Adesione successiva</span>");
    }

    @Test
    void aDraftsNeighbourhoodsAreListedForItsReferents() throws Exception {
        long draft =
                TestAccounts.asAdministrator(() -> createProcess.handle(ProcessForms.publicProcess("Bozza " + run)));
        jdbc.sql("insert into process_scope (process_id, scope_id) values (:p, :s)")
                .param("p", draft)
                .param("s", scope("Quartiere in Bozza " + run))
                .update();
        assertThat(as(asAdmin(get("/admin/processes/" + draft + "/table"))).getContentAsString())
                .as("referents are named before the process is published")
                .contains("Quartiere in Bozza " + run);
    }

    @Test
    void theManagersSeeWhichNeighbourhoodsLackAReferentBeforeThePhaseThatNeedsThem() throws Exception {
        long north = scope("Quartiere Nord " + run);
        long south = scope("Quartiere Sud " + run);
        for (long scope : List.of(north, south)) {
            jdbc.sql("insert into process_scope (process_id, scope_id) values (:p, :s)")
                    .param("p", processId)
                    .param("s", scope)
                    .update();
        }
        long member = organisation("Associazione Quartieri " + run, "ASSOCIATION");
        as(asAdmin(post(admin + "/members")
                .param("organisationId", String.valueOf(member))
                .param("channel", "INVITATION")
                .param("joinedOn", TODAY.toString())));
        long representative = representative(member, "Giulia Referente " + run, true, null);
        long outsider =
                representative(organisation("Fuori Tavolo " + run, "BUSINESS"), "Piero Esterno " + run, true, null);

        assertThat(as(asAdmin(post(admin + "/referent-rule").param("phaseId", String.valueOf(laterPhaseId))))
                        .getStatus())
                .isEqualTo(302);
        String page = as(asAdmin(get(admin))).getContentAsString();
        assertThat(page)
                .contains("Quartiere Nord " + run)
                .contains("Quartiere Sud " + run)
                .contains("2 quartieri non hanno ancora un referente");

        var notMember = as(asAdmin(post(admin + "/referents")
                .param("scopeId", String.valueOf(north))
                .param("representativeId", String.valueOf(outsider))));
        assertThat(notMember.getStatus()).isEqualTo(422);
        assertThat(notMember.getContentAsString())
                .contains("Il referente deve essere un rappresentante in carica di un’organizzazione aderente.");
        var both = as(asAdmin(post(admin + "/referents")
                .param("scopeId", String.valueOf(north))
                .param("themeId", "1")
                .param("representativeId", String.valueOf(representative))));
        assertThat(both.getStatus()).isEqualTo(422);

        assertThat(as(asAdmin(post(admin + "/referents")
                                .param("scopeId", String.valueOf(north))
                                .param("representativeId", String.valueOf(representative))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(as(asAdmin(get(admin))).getContentAsString()).contains("1 quartieri non hanno ancora un referente");
        assertThat(queries.neighbourhoods(processId, List.of(north, south)))
                .extracting(TableQueries.Neighbourhood::name, TableQueries.Neighbourhood::missing)
                .containsExactly(tuple("Quartiere Nord " + run, false), tuple("Quartiere Sud " + run, true));
        assertThat(as(get(table)).getContentAsString())
                .as("the public page names the neighbourhood its referent is for")
                .contains("Quartiere Nord " + run)
                .contains("Giulia Referente " + run);

        long membership = memberOf("Associazione Quartieri " + run);
        assertThat(as(asAdmin(post(admin + "/withdraw").param("memberId", String.valueOf(membership))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(queries.neighbourhoods(processId, List.of(north, south)))
                .as("a member that leaves is no longer referent")
                .allMatch(TableQueries.Neighbourhood::missing);
    }

    @Test
    void thePublicPageAndExportsShowNoContactNoUnconsentedNameAndNoRequest() throws Exception {
        long member = organisation("Consulta Giovani " + run, "ASSOCIATION");
        jdbc.sql(
                        "update stakeholder_organisation set contact_name = :n, contact_email = :e, contact_phone = '+39 0542 111222' where id = :o")
                .param("n", "Segreteria Privata " + run)
                .param("e", "segreteria-" + run + "@example.org")
                .param("o", member)
                .update();
        representative(member, "Anna Pubblica " + run, true, "anna-" + run + "@example.org");
        long bruno = representative(member, "Bruno Riservato " + run, false, "bruno-" + run + "@example.org");
        as(asAdmin(post(admin + "/members")
                .param("organisationId", String.valueOf(member))
                .param("channel", "MEETING")
                .param("joinedOn", TODAY.toString())));
        assertThat(as(asAdmin(post(admin + "/referents")
                                .param("scopeId", String.valueOf(scope("Quartiere Riservatezza " + run)))
                                .param("representativeId", String.valueOf(bruno))))
                        .getStatus())
                .as("a referent who did not consent to their name")
                .isEqualTo(302);
        as(join(account("attesa"), "Richiesta In Attesa " + run, "Carla Attesa " + run));
        as(join(account("respinta"), "Richiesta Respinta " + run, "Dario Respinto " + run));
        as(asAdmin(post(admin + "/refuse")
                .param("memberId", String.valueOf(memberOf("Richiesta Respinta " + run)))
                .param("reason", "Fuori tema")));

        var page = as(get(table));
        var csv = as(get(table + ".csv"));
        var json = as(get(table + ".json"));
        assertThat(csv.getContentType()).startsWith("text/csv");
        String csvText = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csvText).contains("organisation,kind,since,later_joiner,representatives,referent_of");
        for (String body :
                List.of(page.getContentAsString(), csvText, json.getContentAsString(StandardCharsets.UTF_8))) {
            assertThat(body)
                    .contains("Consulta Giovani " + run)
                    .contains("Anna Pubblica " + run)
                    .contains("Quartiere Riservatezza " + run)
                    .doesNotContain("Bruno Riservato")
                    .doesNotContain("Segreteria Privata")
                    .doesNotContain("segreteria-" + run)
                    .doesNotContain("0542 111222")
                    .doesNotContain("333 0000000")
                    .doesNotContain("anna-" + run)
                    .doesNotContain("bruno-" + run)
                    .doesNotContain("Richiesta In Attesa")
                    .doesNotContain("Carla Attesa")
                    .doesNotContain("Richiesta Respinta")
                    .doesNotContain("Fuori tema");
        }
    }

    @Test
    void requestsAreInTheDownloadAndStayWithoutTheirAuthorWhenTheAccountGoes() throws Exception {
        String maria = account("maria");
        as(join(maria, "Gruppo Lettura " + run, "Maria Libri " + run));
        long id = jdbc.sql("select id from account where email = :e")
                .param("e", maria)
                .query(Long.class)
                .single();
        assertThat(personalData.exportFor(id, maria).toString())
                .contains("Gruppo Lettura " + run)
                .contains("Vogliamo portare la voce");
        personalData.erase(new AccountDeleted(id, maria));
        long member = memberOf("Gruppo Lettura " + run);
        assertThat(jdbc.sql("select requested_by from negotiation_table_member where id = :m")
                        .param("m", member)
                        .query()
                        .singleRow()
                        .get("requested_by"))
                .isNull();
    }

    @Test
    void aMergedOrganisationsMembershipFollowsTheOneKept() {
        long duplicate = organisation("Doppione " + run, "ASSOCIATION");
        long kept = organisation("Tenuta " + run, "ASSOCIATION");
        jdbc.sql("""
                        insert into negotiation_table_member (process_id, organisation_id, state, channel, requested_on, joined_on)
                        values (:p, :d, 'ACCEPTED', 'MEETING', :t, :t)""")
                .param("p", processId)
                .param("d", duplicate)
                .param("t", TODAY)
                .update();
        jdbc.sql("""
                        insert into negotiation_table_member (process_id, organisation_id, state, channel, requested_on, review_note)
                        values (:p, :k, 'REFUSED', 'SITE', :t, 'Vecchia richiesta')""").param("p", processId).param("k", kept).param("t", TODAY).update();
        events.publishEvent(new OrganisationsMerged(duplicate, kept));
        assertThat(jdbc.sql("select organisation_id, state from negotiation_table_member where process_id = :p")
                        .param("p", processId)
                        .query()
                        .listOfRows())
                .containsExactly(Map.of("organisation_id", kept, "state", "ACCEPTED"));
    }

    private MockHttpServletRequestBuilder join(String email, String organisation, String person) {
        return post(table + "/join")
                .with(user(email).roles("PARTICIPANT"))
                .param("organisationName", organisation)
                .param("kind", "ASSOCIATION")
                .param("motivation", "Vogliamo portare la voce del quartiere al tavolo.")
                .param("representativeName", person)
                .param("representativeRole", "MAIN");
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"));
    }

    private MockHttpServletResponse as(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private String processPage(String email) throws Exception {
        return as(get("/processes/" + slug).with(user(email).roles("PARTICIPANT")))
                .getContentAsString();
    }

    private boolean hasTableRole(String email) {
        return jdbc.sql("""
                        select exists (select 1 from process_member m join account a on a.id = m.account_id
                                       where m.process_id = :p and a.email = :e and m.role = 'NEGOTIATION_TABLE')""")
                .param("p", processId)
                .param("e", email)
                .query(Boolean.class)
                .single();
    }

    private long memberOf(String organisation) {
        return jdbc.sql("""
                        select m.id from negotiation_table_member m join stakeholder_organisation o on o.id = m.organisation_id
                        where m.process_id = :p and o.name = :n""")
                .param("p", processId)
                .param("n", organisation)
                .query(Long.class)
                .single();
    }

    private String state(long member) {
        return jdbc.sql("select state from negotiation_table_member where id = :m")
                .param("m", member)
                .query(String.class)
                .single();
    }

    private int organisationsNamed(String like) {
        return jdbc.sql("select count(*) from stakeholder_organisation where name ilike :n")
                .param("n", like)
                .query(Integer.class)
                .single();
    }

    private long organisation(String name, String kind) {
        return jdbc.sql(
                        "insert into stakeholder_organisation (name, name_key, kind) values (:n, :k, :kind) returning id")
                .param("n", name)
                .param("k", name.toLowerCase())
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    private long representative(long organisation, String name, boolean namePublic, String email) {
        return jdbc.sql("""
                        insert into stakeholder_representative (organisation_id, full_name, email, phone, role, valid_from, name_public)
                        values (:o, :n, :e, '+39 333 0000000', 'MAIN', :from, :public) returning id""")
                .param("o", organisation)
                .param("n", name)
                .param("e", email)
                .param("from", TODAY.minusDays(30))
                .param("public", namePublic)
                .query(Long.class)
                .single();
    }

    private long organisationOf(long member) {
        return jdbc.sql("select organisation_id from negotiation_table_member where id = :m")
                .param("m", member)
                .query(Long.class)
                .single();
    }

    private void representativeWithAccount(long organisation, String name, String email) {
        jdbc.sql("""
                        insert into stakeholder_representative (organisation_id, full_name, email, account_id, role, valid_from)
                        values (:o, :n, :e, (select id from account where email = :e), 'SUBSTITUTE', :from)""")
                .param("o", organisation)
                .param("n", name)
                .param("e", email)
                .param("from", TODAY.minusDays(1))
                .update();
    }

    private long requestedMember() throws Exception {
        String someone = account("richiedente");
        as(join(someone, "Associazione in Attesa " + run, "Carla Rossi " + run));
        return memberOf("Associazione in Attesa " + run);
    }

    private long scope(String name) {
        return jdbc.sql("insert into scope (name, kind) values (:n, 'NEIGHBOURHOOD') returning id")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private String account(String kind) {
        return TestAccounts.newParticipant(
                jdbc, kind + "-", kind + " " + UUID.randomUUID().toString().substring(0, 8));
    }
}
