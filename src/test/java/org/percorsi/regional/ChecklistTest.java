package org.percorsi.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.regional.queries.ChecklistQueries;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The quality criteria checklist: each criterion of the dossier's call shows the evidence the other modules hold
 * (attendance across meetings, formats, the negotiation table's later joiners, the documents), the manager's
 * judgement is saved once per criterion and replaced when saved again, and bad input is refused with nothing saved.
 */
class ChecklistTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ChecklistQueries checklist;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    String manager;
    long processId;
    long dossierId;
    String page;

    @BeforeEach
    void aFundedProcessWithMeetingsAndATable() {
        manager = TestAccounts.newParticipant(jdbc, "responsabile-", "Responsabile " + run);
        processId = RegionalFixtures.managedProcess(context, "criteri-" + run, "Percorso con criteri " + run, manager);
        dossierId = RegionalFixtures.dossier(jdbc, processId);
        long workshop = EvidenceFixtures.meeting(jdbc, processId, "WORLD_CAFE", LocalDate.of(2020, 2, 1), "CLOSED");
        EvidenceFixtures.attendance(jdbc, workshop, "GENDER", "WOMEN", 17);
        EvidenceFixtures.attendance(jdbc, workshop, "GENDER", "MEN", 12);
        EvidenceFixtures.attendance(jdbc, workshop, "AGE_BAND", "FROM_65", 9);
        long assembly =
                EvidenceFixtures.meeting(jdbc, processId, "PUBLIC_ASSEMBLY", LocalDate.of(2020, 3, 1), "CLOSED");
        EvidenceFixtures.attendance(jdbc, assembly, "GENDER", "WOMEN", 8);
        long cancelled =
                EvidenceFixtures.meeting(jdbc, processId, "FOCUS_GROUP", LocalDate.of(2020, 3, 5), "CANCELLED");
        EvidenceFixtures.attendance(jdbc, cancelled, "GENDER", "WOMEN", 100);
        EvidenceFixtures.session(jdbc, processId, 1, LocalDate.of(2020, 1, 20));
        EvidenceFixtures.member(jdbc, processId, LocalDate.of(2020, 1, 10));
        EvidenceFixtures.member(jdbc, processId, LocalDate.of(2020, 1, 20));
        EvidenceFixtures.member(jdbc, processId, LocalDate.of(2020, 4, 2));
        page = "/admin/processes/" + processId + "/dossier/checklist";
    }

    @Test
    void eachCriterionShowsTheEvidenceOfTheOtherModules() throws Exception {
        var shown = as(manager, get(page));
        assertThat(shown.getStatus()).isEqualTo(200);
        String html = shown.getContentAsString();
        assertThat(html)
                .contains("Sollecitazione delle realtà sociali")
                .contains("Documentazione pubblica")
                // the cancelled meeting counts for nothing
                .contains("Incontri del percorso: 2, di cui 2 con le presenze registrate")
                .contains("Presenze per genere: donne 25, uomini 12")
                .contains("Presenze per fascia d’età: 65 anni e più 9")
                .contains("Documenti pubblici sulle pagine del percorso: 0")
                .contains("non ancora valutato");
        assertThat(html).doesNotContain("donne 125");
    }

    @Test
    void aCriterionOfTheCallSharedWithEverythingShowsTheTableAndItsLaterJoiners() throws Exception {
        jdbc.sql("""
                        insert into regional_call_criterion (call_id, position, code, label_it, label_en)
                        select call_id, 5, 'LOCAL_RULE', 'Criterio locale', 'Local criterion'
                        from regional_dossier where id = :d""").param("d", dossierId).update();
        String html = as(manager, get(page)).getContentAsString();
        assertThat(html)
                .contains("Criterio locale")
                .contains("Tavolo di negoziazione: 3 organizzazioni aderenti, 1 sedute")
                .contains("dopo la prima seduta: 1")
                .contains("Metodi degli incontri: World café 1");
    }

    @Test
    void theManagersJudgementIsSavedPerCriterionAndReplaced() throws Exception {
        var saved = as(manager, assess("SOCIAL_REACH", "MET", "Laboratori con mediatrici culturali"));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
        assertThat(as(manager, assess("SOCIAL_REACH", "PARTLY", "Giovani poco presenti"))
                        .getStatus())
                .isEqualTo(302);
        var entries = checklist.of(dossierId);
        assertThat(entries).hasSize(1);
        assertThat(entries.get("SOCIAL_REACH"))
                .isEqualTo(new ChecklistQueries.Entry(CriterionState.PARTLY, "Giovani poco presenti"));
        assertThat(as(manager, get(page)).getContentAsString())
                .contains("Giovani poco presenti")
                .containsPattern("Valutazione attuale:</strong>\\s*Soddisfatto in parte");
    }

    @Test
    void badJudgementsAreRefusedOnTheFormAndNothingIsSaved() throws Exception {
        var noNote = as(manager, assess("PUBLIC_DOCS", "NOT_MET", " "));
        assertThat(noNote.getStatus()).isEqualTo(422);
        assertThat(noNote.getContentAsString()).contains("Spiega nella nota perché");
        var noState = as(manager, assess("PUBLIC_DOCS", "", "Una nota"));
        assertThat(noState.getStatus()).isEqualTo(422);
        assertThat(noState.getContentAsString())
                .contains("Scegli una valutazione.")
                .contains("Una nota");
        var badState = as(manager, assess("PUBLIC_DOCS", "FORSE", null));
        assertThat(badState.getStatus()).isEqualTo(422);
        var otherCall = as(manager, assess("EARLY_TABLE", "MET", null));
        assertThat(otherCall.getStatus()).isEqualTo(422);
        assertThat(otherCall.getContentAsString()).contains("non è tra quelli del bando");
        assertThat(checklist.of(dossierId)).isEmpty();
    }

    @Test
    void onlyTheProcesssManagersSeeOrJudgeTheChecklist() throws Exception {
        String stranger = TestAccounts.newParticipant(jdbc, "estraneo-", "Estraneo " + run);
        assertThat(as(stranger, get(page)).getStatus()).isEqualTo(403);
        assertThat(as(stranger, assess("SOCIAL_REACH", "MET", null)).getStatus())
                .isEqualTo(403);
        assertThat(checklist.of(dossierId)).isEmpty();
        assertThat(jdbc.sql("select count(*) from regional_checklist_entry where dossier_id = :d")
                        .param("d", dossierId)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private MockHttpServletRequestBuilder assess(String criterion, String state, String note) {
        var request = post(page).param("criterion", criterion).param("state", state);
        return note == null ? request : request.param("note", note);
    }

    private MockHttpServletResponse as(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(email).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
    }
}
