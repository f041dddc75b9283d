package org.percorsi.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/**
 * The calls as administrators keep them: the shipped profiles (the 2019 call of seed 003 with its deadline and
 * duration, the 2022 call, Tuscany's law, the LR 15/2018 quality criteria), edits that every dossier of the call
 * follows at once, refusals that save nothing (a line a dossier has chosen, a mention required without its text,
 * a malformed row), and the demo's two funded processes.
 */
class CallRulesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RegionalApi regional;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    long call;
    long processId;

    @BeforeEach
    void aCallWithADossier() {
        call = RegionalFixtures.call(jdbc, LocalDate.of(2020, 1, 15), 10, 1, 60);
        processId =
                RegionalFixtures.process(context, "bando-" + run, "Percorso del bando " + run, "PUBLIC", "PUBLISHED");
        jdbc.sql("""
                        insert into regional_dossier (process_id, call_id, line_code, ente, adhesion_act_number,
                            adhesion_act_date, responsible_name, contribution_requested, start_action, start_date,
                            start_pec_date)
                        values (:p, :c, 'L1', 'Comune di prova', '1/2019', date '2019-10-01', 'Persona', 1000,
                                'Primo incontro', date '2020-01-15', date '2020-01-15')""").param("p", processId).param("c", call).update();
    }

    @Test
    void theShippedProfilesHoldTheRulesOfTheSources() {
        var calls = regional.calls();
        var er2019 = calls.stream()
                .filter(c -> c.code().equals("er-lr15-2019"))
                .findFirst()
                .orElseThrow();
        assertThat(er2019.startDeadline()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(er2019.maxDurationMonths()).isEqualTo(10);
        assertThat(er2019.law()).isEqualTo("LR 15/2018");
        assertThat(er2019.requiresTableFromStart()).isTrue();
        assertThat(er2019.requiresSuspensionAct()).isTrue();
        assertThat(er2019.requiresWebPage()).isTrue();
        assertThat(er2019.criteria())
                .extracting(CallRules.Criterion::code)
                .containsExactly("SOCIAL_REACH", "LATER_ACTORS", "EARLY_TABLE", "DISAGREEMENT", "PUBLIC_DOCS");
        assertThat(er2019.criteria().getFirst().labelIt()).contains("genere", "abilità", "età", "lingua", "cultura");
        assertThat(calls).extracting(CallRules::code).contains("er-lr15-2022", "toscana-lr46-2013");
    }

    @Test
    void anAdministratorEditsTheRulesAndTheDossiersFollow() throws Exception {
        assertThat(regional.dossier(processId).orElseThrow().endDate()).isEqualTo(LocalDate.of(2020, 11, 14));
        var saved = asAdmin(form("maxDurationMonths", "12", "lines", "L1 | Enti locali | Local authorities | 25.000"));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        var dossier = regional.dossier(processId).orElseThrow();
        assertThat(dossier.endDate()).isEqualTo(LocalDate.of(2021, 1, 14));
        assertThat(dossier.call().line("L1").orElseThrow().cap()).isEqualByComparingTo(new BigDecimal("25000"));
        assertThat(asAdmin(get("/admin/regional/dossiers")).getContentAsString())
                .contains("Percorso del bando " + run);
    }

    @Test
    void refusedEditsSayWhyAndSaveNothing() throws Exception {
        var lineInUse = asAdmin(form("maxDurationMonths", "12", "lines", "L2 | Altra linea | Other line | 5000"));
        assertThat(lineInUse.getStatus()).isEqualTo(422);
        assertThat(lineInUse.getContentAsString()).contains("La linea «L1» è scelta da un dossier");
        var noMention = asAdmin(form("funderMention", ""));
        assertThat(noMention.getStatus()).isEqualTo(422);
        assertThat(noMention.getContentAsString()).contains("Scrivi il testo della menzione richiesta dal bando.");
        var badRow = asAdmin(form("criteria", "SOLO_CODICE | manca la traduzione"));
        assertThat(badRow.getStatus()).isEqualTo(422);
        assertThat(badRow.getContentAsString()).contains("La riga 1 deve avere 3 parti separate da |.");
        var badMonths = asAdmin(form("maxDurationMonths", "0"));
        assertThat(badMonths.getStatus()).isEqualTo(422);
        assertThat(badMonths.getContentAsString()).contains("Scrivi un numero intero da 1 a 60.");
        var call = regional.calls().stream()
                .filter(c -> c.id() == this.call)
                .findFirst()
                .orElseThrow();
        assertThat(call.maxDurationMonths()).isEqualTo(10);
        assertThat(call.criteria()).hasSize(2);

        String manager = TestAccounts.newParticipant(jdbc, "gestore-", "Gestore " + run);
        var notAdmin = mvc.perform(post("/admin/regional/calls/" + this.call)
                        .param("name", "Bando dirottato")
                        .with(csrf())
                        .with(user(manager).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
        assertThat(notAdmin.getStatus()).isEqualTo(403);
    }

    @Test
    void theDemoFundsImolaFromThe2019CallAndTheLabsFromThe2022One() {
        var dossiers = regional.dossiers();
        var imola = dossiers.stream()
                .filter(d -> d.processSlug().equals("piano-strategico-unione"))
                .findFirst()
                .orElseThrow();
        assertThat(imola.call().code()).isEqualTo("er-lr15-2019");
        assertThat(imola.start().date()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(imola.endDate()).isEqualTo(LocalDate.of(2020, 11, 14));
        assertThat(imola.coFundingMet()).isTrue();
        var labs = dossiers.stream()
                .filter(d -> d.processSlug().equals("laboratori-di-quartiere"))
                .findFirst()
                .orElseThrow();
        assertThat(labs.call().code()).isEqualTo("er-lr15-2022");
        assertThat(labs.costs()).isNotEmpty();
        assertThat(labs.regionalPartsMatchGrant()).isTrue();
    }

    /** The call's form as the page fills it, with {@code changes} (name, value…) typed differently. */
    private MockHttpServletRequestBuilder form(String... changes) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", "Bando di prova " + run);
        fields.put("region", "Emilia-Romagna");
        fields.put("law", "LR 15/2018");
        fields.put("startDeadline", "2020-01-15");
        fields.put("maxDurationMonths", "10");
        fields.put("extensionMaxCount", "1");
        fields.put("extensionMaxDays", "60");
        fields.put("finalReportDays", "30");
        fields.put("enteActDays", "60");
        fields.put("minOwnSharePercent", "20");
        fields.put("requiresTableFromStart", "true");
        fields.put("requiresValidation", "true");
        fields.put("requiresFunderMention", "true");
        fields.put("funderMention", "Con il sostegno della Regione");
        fields.put("reminderDays", "14");
        fields.put("lines", "L1 | Enti locali | Local authorities | 20000");
        fields.put(
                "criteria", "SOCIAL_REACH | Sollecitazione | Reaching\nPUBLIC_DOCS | Documentazione | Documentation");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        var request = post("/admin/regional/calls/" + call);
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(
                        request.with(csrf()).with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse();
    }
}
