package org.percorsi.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.support.AdminRequests.admin;
import static org.percorsi.support.AdminRequests.send;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The registry of organisations as the participation office uses it, over HTTP: codes checked and written one
 * way, duplicates (by name variant or code) refused with a link to the one already there and nothing saved, the
 * uniqueness kept when editing, a merge that moves representatives and table memberships and leaves an address
 * that leads to the kept one, one main representative at a time, and no page of it for participants or visitors.
 */
class RegistryOfOrganisationsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    static final String BASE = "/admin/organisations";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String run = UniqueWords.next();

    @Test
    void eachCodeIsCheckedAndWrittenOneWay() throws Exception {
        String vat = vatNumber();
        String wrongVatNumber = vat.substring(0, 10) + (char) ('0' + (vat.charAt(10) - '0' + 1) % 10);
        var wrongVat = register(organisation("Bottega " + run).with("fiscalCode", wrongVatNumber));
        assertThat(wrongVat.getStatus()).isEqualTo(422);
        assertThat(wrongVat.getContentAsString())
                .contains("l’ultima cifra (di controllo) non torna")
                .contains(wrongVatNumber);
        var wrongLength = register(organisation("Bottega " + run).with("fiscalCode", "1234567"));
        assertThat(wrongLength.getContentAsString())
                .contains("Il codice fiscale deve avere 11 cifre oppure 16 caratteri");
        String personal = personalCode();
        String wrongPersonal = personal.substring(0, 15) + (char) ('A' + (personal.charAt(15) - 'A' + 1) % 26);
        var wrongLetter = register(organisation("Bottega " + run).with("fiscalCode", wrongPersonal));
        assertThat(wrongLetter.getContentAsString()).contains("l’ultima lettera (di controllo) non torna");
        var wrongRunts = register(organisation("Bottega " + run).with("runtsNumber", "12A45"));
        assertThat(wrongRunts.getContentAsString()).contains("Il numero RUNTS è fatto di sole cifre");
        var wrongIpa = register(organisation("Bottega " + run).with("ipaCode", "c-e289"));
        assertThat(wrongIpa.getContentAsString()).contains("Il codice IPA è fatto di lettere minuscole");
        var english = register(organisation("Bottega " + run)
                .with("fiscalCode", wrongVatNumber)
                .with("lang", "en"));
        assertThat(english.getContentAsString()).contains("its last (check) digit does not match");
        assertThat(organisationsNamed("Bottega " + run)).as("nothing saved").isZero();

        String runts = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000L, 999_999_999_999L));
        long company = idOf(register(organisation("Bottega " + run)
                .with("kind", "BUSINESS")
                .with("fiscalCode", "IT " + vat.substring(0, 4) + " " + vat.substring(4))
                .with("runtsNumber", " " + runts + " ")));
        assertThat(column(company, "fiscal_code")).isEqualTo(vat);
        assertThat(column(company, "runts_number")).isEqualTo(runts);
        long person = idOf(register(organisation("Comitato " + run).with("fiscalCode", personal.toLowerCase())));
        assertThat(column(person, "fiscal_code")).isEqualTo(personal);
        String ipa = "c_" + run.substring(2, 8);
        long body = idOf(register(
                organisation("Comune " + run).with("kind", "PUBLIC_BODY").with("ipaCode", ipa.toUpperCase())));
        assertThat(column(body, "ipa_code")).isEqualTo(ipa);
    }

    @Test
    void aDuplicateByNameVariantOrCodeIsRefusedWithALinkAndNothingSaved() throws Exception {
        String vat = vatNumber();
        long first = idOf(register(organisation("Pro Loco " + run + " A.P.S.").with("fiscalCode", vat)));

        for (String variant :
                List.of("pro-loco " + run.toUpperCase(), "Pro Loco " + run + " APS ETS", "PRO LOCO " + run)) {
            var refused = register(organisation(variant));
            assertThat(refused.getStatus()).as(variant).isEqualTo(422);
            assertThat(refused.getContentAsString())
                    .contains("Esiste già:")
                    .contains("href=\"/admin/organisations/" + first + "\"")
                    .contains("Esiste già un’organizzazione con questo nome");
        }
        var sameCode = register(organisation("Tutt'altro nome " + run).with("fiscalCode", vat));
        assertThat(sameCode.getStatus()).isEqualTo(422);
        assertThat(sameCode.getContentAsString())
                .contains("Esiste già un’organizzazione con questo codice fiscale")
                .contains("href=\"/admin/organisations/" + first + "\"");
        assertThat(jdbc.sql("select count(*) from stakeholder_organisation where name_key like :k")
                        .param("k", "%" + run + "%")
                        .query(Integer.class)
                        .single())
                .as("only the first one")
                .isEqualTo(1);
    }

    @Test
    void editingKeepsTheRegistryFreeOfDuplicatesAndRecomputesTheKey() throws Exception {
        long first = idOf(register(organisation("Circolo " + run)));
        long second = idOf(register(organisation("Amici " + run)));

        var clash =
                send(mvc, admin(post(BASE + "/" + second)).params(params(organisation("circolo " + run + " a.s.d."))));
        assertThat(clash.getStatus()).isEqualTo(422);
        assertThat(clash.getContentAsString()).contains("href=\"/admin/organisations/" + first + "\"");
        assertThat(column(second, "name")).isEqualTo("Amici " + run);

        var renamed = send(
                mvc,
                admin(post(BASE + "/" + second))
                        .params(params(organisation("Amici del Fiume " + run)
                                .with("contactEmail", "Info@Amici.example.org"))));
        assertThat(renamed.getStatus()).isEqualTo(302);
        assertThat(column(second, "name_key")).isEqualTo("amici del fiume " + run);
        assertThat(column(second, "contact_email")).isEqualTo("info@amici.example.org");
        var itself = send(mvc, admin(post(BASE + "/" + first)).params(params(organisation("CIRCOLO " + run + " APS"))));
        assertThat(itself.getStatus()).as("its own name, written differently").isEqualTo(302);
    }

    @Test
    void aMergeMovesRepresentativesThemesAndTableMembershipsAndTheDuplicateLeadsToTheKeptOne() throws Exception {
        long kept = idOf(register(organisation("Legambiente " + run)));
        long duplicate = idOf(register(organisation("Lega Ambiente " + run)));
        long theme = theme();
        jdbc.sql("insert into stakeholder_organisation_theme (organisation_id, theme_id) values (:o, :t)")
                .param("o", duplicate)
                .param("t", theme)
                .update();
        assertThat(send(
                                mvc,
                                admin(post(BASE + "/" + duplicate + "/representatives"))
                                        .params(params(representative("Anna Verdi", "MAIN", TODAY.minusYears(1)))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(send(
                                mvc,
                                admin(post(BASE + "/" + kept + "/representatives"))
                                        .params(params(representative("Bruno Neri", "MAIN", TODAY.minusMonths(1)))))
                        .getStatus())
                .isEqualTo(302);
        long both = process();
        long onlyDuplicate = process();
        member(both, kept, "REQUESTED", TODAY.minusDays(10), null);
        long accepted = member(both, duplicate, "ACCEPTED", TODAY.minusDays(40), TODAY.minusDays(30));
        long alone = member(onlyDuplicate, duplicate, "REQUESTED", TODAY.minusDays(3), null);

        var itself = send(mvc, admin(post(BASE + "/" + kept + "/merge")).param("otherId", String.valueOf(kept)));
        assertThat(itself.getStatus()).isEqualTo(422);
        assertThat(itself.getContentAsString()).contains("non si può unire a se stessa");

        var merged = send(
                mvc,
                admin(post(BASE + "/" + kept + "/merge"))
                        .param("otherId", String.valueOf(duplicate))
                        .param("keep", "THIS"));
        assertThat(merged.getStatus()).isEqualTo(302);
        assertThat(merged.getRedirectedUrl()).isEqualTo(BASE + "/" + kept);

        assertThat(jdbc.sql("select merged_into from stakeholder_organisation where id = :id")
                        .param("id", duplicate)
                        .query(Long.class)
                        .single())
                .isEqualTo(kept);
        assertThat(jdbc.sql(
                                "select full_name || ':' || role from stakeholder_representative where organisation_id = :o "
                                        + "order by full_name")
                        .param("o", kept)
                        .query(String.class)
                        .list())
                .as("moved; the duplicate's main one, overlapping, became a substitute")
                .containsExactly("Anna Verdi:SUBSTITUTE", "Bruno Neri:MAIN");
        assertThat(jdbc.sql("select theme_id from stakeholder_organisation_theme where organisation_id = :o")
                        .param("o", kept)
                        .query(Long.class)
                        .list())
                .containsExactly(theme);
        assertThat(jdbc.sql("select id from negotiation_table_member where process_id = :p")
                        .param("p", both)
                        .query(Long.class)
                        .list())
                .as("one row per table: the accepted one")
                .containsExactly(accepted);
        assertThat(jdbc.sql("select organisation_id from negotiation_table_member where id in (:ids)")
                        .param("ids", List.of(accepted, alone))
                        .query(Long.class)
                        .list())
                .containsOnly(kept);

        var old = send(mvc, admin(get(BASE + "/" + duplicate)));
        assertThat(old.getStatus()).isEqualTo(302);
        assertThat(old.getRedirectedUrl()).isEqualTo(BASE + "/" + kept);
        assertThat(send(mvc, admin(get(BASE).param("q", "ambiente " + run))).getContentAsString())
                .as("merged ones are hidden from the list")
                .contains("Legambiente " + run)
                .doesNotContain("Lega Ambiente " + run);

        long third = idOf(register(organisation("Ambientalisti " + run)));
        var intoMerged = send(
                mvc,
                admin(post(BASE + "/" + third + "/merge"))
                        .param("otherId", String.valueOf(duplicate))
                        .param("keep", "OTHER"));
        assertThat(intoMerged.getStatus()).isEqualTo(422);
        assertThat(intoMerged.getContentAsString()).contains("è già stata unita a un’altra");
        assertThat(column(third, "merged_into")).isNull();
    }

    @Test
    void anOrganisationHasOneMainRepresentativeAtATime() throws Exception {
        long organisation = idOf(register(organisation("Consulta " + run)));
        String path = BASE + "/" + organisation + "/representatives";
        assertThat(send(
                                mvc,
                                admin(post(path))
                                        .params(params(representative("Carla Bianchi", "MAIN", TODAY.minusYears(2)))))
                        .getStatus())
                .isEqualTo(302);

        var second = send(mvc, admin(post(path)).params(params(representative("Dario Rossi", "MAIN", TODAY))));
        assertThat(second.getStatus()).isEqualTo(422);
        assertThat(second.getContentAsString()).contains("ha già un rappresentante principale");
        var backwards = send(
                mvc,
                admin(post(path))
                        .params(params(representative("Dario Rossi", "SUBSTITUTE", TODAY)
                                .with("validTo", TODAY.minusDays(1).toString()))));
        assertThat(backwards.getContentAsString()).contains("La fine viene prima dell’inizio");
        assertThat(representatives(organisation)).isEqualTo(1);

        long carla = jdbc.sql("select id from stakeholder_representative where organisation_id = :o")
                .param("o", organisation)
                .query(Long.class)
                .single();
        assertThat(send(
                                mvc,
                                admin(post(path + "/" + carla + "/end"))
                                        .param("validTo", TODAY.minusDays(1).toString()))
                        .getStatus())
                .isEqualTo(302);
        assertThat(send(mvc, admin(post(path)).params(params(representative("Dario Rossi", "MAIN", TODAY))))
                        .getStatus())
                .as("after the first one's last day")
                .isEqualTo(302);
        var overlapping = send(
                mvc,
                admin(post(path + "/" + carla))
                        .params(params(representative("Carla Bianchi", "MAIN", TODAY.minusYears(2)))));
        assertThat(overlapping.getStatus())
                .as("reopening the first one would make two")
                .isEqualTo(422);
    }

    @Test
    void theDelegationLetterIsStoredAndShownToTheOfficeOnly() throws Exception {
        long organisation = idOf(register(organisation("Cooperativa " + run)));
        byte[] pdf = "%PDF-1.4\n% delega\n".getBytes(StandardCharsets.US_ASCII);
        var request = multipart(BASE + "/" + organisation + "/representatives")
                .file(new MockMultipartFile("delegation", "delega.pdf", "application/pdf", pdf));
        request.params(params(representative("Elena Gialli", "SUBSTITUTE", TODAY)));
        assertThat(send(mvc, admin(request)).getStatus()).isEqualTo(302);
        UUID letter = jdbc.sql("select delegation_file from stakeholder_representative where organisation_id = :o")
                .param("o", organisation)
                .query(UUID.class)
                .single();

        assertThat(send(mvc, admin(get("/files/" + letter))).getStatus()).isEqualTo(200);
        assertThat(send(mvc, get("/files/" + letter)).getStatus())
                .as("a visitor")
                .isEqualTo(404);
        String participant = TestAccounts.newParticipant(jdbc, "lettore-", "Lettore " + run);
        assertThat(send(mvc, get("/files/" + letter).with(user(participant).roles("PARTICIPANT")))
                        .getStatus())
                .as("a participant")
                .isEqualTo(404);
    }

    @Test
    void participantsAndVisitorsReachNoPageOfTheRegistryAndManagersDo() throws Exception {
        long organisation =
                idOf(register(organisation("Parrocchia " + run).with("contactEmail", "parroco@example.org")));
        assertThat(send(
                                mvc,
                                admin(post(BASE + "/" + organisation + "/representatives"))
                                        .params(params(representative("Franco Blu", "MAIN", TODAY)
                                                .with("email", "franco@example.org"))))
                        .getStatus())
                .isEqualTo(302);
        long representative = jdbc.sql("select id from stakeholder_representative where organisation_id = :o")
                .param("o", organisation)
                .query(Long.class)
                .single();
        String one = BASE + "/" + organisation;
        String theirs = one + "/representatives/" + representative;
        List<AbstractMockHttpServletRequestBuilder<?>> routes = List.of(
                get(BASE),
                get(BASE + "/new"),
                post(BASE).param("name", "Intrusa " + run).param("kind", "ASSOCIATION"),
                get(one),
                post(one).param("name", "Rinominata " + run).param("kind", "ASSOCIATION"),
                post(one + "/merge").param("otherId", "1"),
                post(one + "/representatives").param("fullName", "Intruso").param("role", "MAIN"),
                get(theirs),
                post(theirs).param("fullName", "Intruso").param("role", "SUBSTITUTE"),
                post(theirs + "/end").param("validTo", TODAY.toString()));
        String participant = TestAccounts.newParticipant(jdbc, "curioso-", "Curioso " + run);
        for (var route : routes) {
            var visitor = send(mvc, route);
            assertThat(visitor.getStatus()).isEqualTo(302);
            assertThat(visitor.getRedirectedUrl()).endsWith("/login");
            var asParticipant = send(mvc, route.with(user(participant).roles("PARTICIPANT")));
            assertThat(asParticipant.getStatus()).isEqualTo(403);
            assertThat(asParticipant.getContentAsString())
                    .doesNotContain("parroco@example.org")
                    .doesNotContain("franco@example.org");
        }
        assertThat(column(organisation, "name")).isEqualTo("Parrocchia " + run);
        assertThat(representatives(organisation)).isEqualTo(1);

        String manager = TestAccounts.newParticipant(jdbc, "ufficio-", "Ufficio " + run);
        jdbc.sql("insert into process_role (process_id, account_id, role) "
                        + "select :p, id, 'MANAGER' from account where email = :e")
                .param("p", process())
                .param("e", manager)
                .update();
        var page = send(mvc, get(one).with(user(manager).roles("PARTICIPANT")));
        assertThat(page.getStatus())
                .as("the manager of any process keeps the registry")
                .isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("parroco@example.org")
                .contains("riservato all’ufficio")
                .contains("franco@example.org");
        assertThat(send(mvc, get("/admin").with(user(manager).roles("PARTICIPANT")))
                        .getContentAsString())
                .contains("href=\"/admin/organisations\"");
    }

    /** The fields of a valid form, as a browser would post them, to change one by one. */
    static final class Fields extends LinkedHashMap<String, String> {
        Fields with(String name, String value) {
            put(name, value);
            return this;
        }
    }

    static Fields organisation(String name) {
        return new Fields().with("name", name).with("kind", "ASSOCIATION");
    }

    static Fields representative(String name, String role, LocalDate from) {
        return new Fields()
                .with("fullName", name)
                .with("role", role)
                .with("validFrom", from.toString())
                .with("email", name.toLowerCase().replace(' ', '.') + "@example.org")
                .with("phone", "+39 0542 000000");
    }

    private static MultiValueMap<String, String> params(Map<String, String> fields) {
        var map = new LinkedMultiValueMap<String, String>();
        fields.forEach(map::add);
        return map;
    }

    private MockHttpServletResponse register(Fields fields) throws Exception {
        return send(mvc, admin(post(BASE)).params(params(fields)));
    }

    private static long idOf(MockHttpServletResponse response) {
        assertThat(response.getStatus()).as("registered").isEqualTo(302);
        String url = response.getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private Object column(long organisation, String column) {
        return jdbc.sql("select " + column + " from stakeholder_organisation where id = :id")
                .param("id", organisation)
                .query()
                .singleRow()
                .get(column);
    }

    private int organisationsNamed(String name) {
        return jdbc.sql("select count(*) from stakeholder_organisation where name = :n")
                .param("n", name)
                .query(Integer.class)
                .single();
    }

    private int representatives(long organisation) {
        return jdbc.sql("select count(*) from stakeholder_representative where organisation_id = :o")
                .param("o", organisation)
                .query(Integer.class)
                .single();
    }

    private long process() {
        String slug = "registro-" + UUID.randomUUID();
        return jdbc.sql("insert into process (slug, title, short_description, visibility, status) "
                        + "values (:s, :t, :t, 'PUBLIC', 'PUBLISHED') returning id")
                .param("s", slug)
                .param("t", "Percorso " + slug)
                .query(Long.class)
                .single();
    }

    private long member(long process, long organisation, String state, LocalDate requested, LocalDate joined) {
        return jdbc.sql("""
                        insert into negotiation_table_member (process_id, organisation_id, state, channel, requested_on, joined_on)
                        values (:p, :o, :s, 'SITE', :r, :j) returning id""")
                .param("p", process)
                .param("o", organisation)
                .param("s", state)
                .param("r", requested)
                .param("j", joined)
                .query(Long.class)
                .single();
    }

    private long theme() {
        long axis = jdbc.sql("insert into axis (name) values (:n) returning id")
                .param("n", "Asse " + run)
                .query(Long.class)
                .single();
        return jdbc.sql("insert into theme (axis_id, name) values (:a, :n) returning id")
                .param("a", axis)
                .param("n", "Ambiente " + run)
                .query(Long.class)
                .single();
    }

    /** A valid partita IVA no other test uses: ten random digits and their check digit. */
    static String vatNumber() {
        var digits = new StringBuilder();
        ThreadLocalRandom.current().ints(10, 0, 10).forEach(digits::append);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? d : (d * 2 > 9 ? d * 2 - 9 : d * 2);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    /** A person-style codice fiscale no other test uses: six random letters, a birth part and the check letter. */
    static String personalCode() {
        var code = new StringBuilder();
        ThreadLocalRandom.current().ints(6, 0, 26).forEach(i -> code.append((char) ('A' + i)));
        code.append("85T10A562");
        int[] odd = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? odd[value] : value;
        }
        return code.append((char) ('A' + sum % 26)).toString();
    }
}
