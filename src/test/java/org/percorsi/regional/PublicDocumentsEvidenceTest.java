package org.percorsi.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evidence of the criterion "all documentation public on the process's pages" counts what a visitor reads
 * there, though a manager looks: a document at its latest public version out of draft; not a reserved version, not a
 * draft, not a document of a reserved phase, nothing of a reserved process.
 */
class PublicDocumentsEvidenceTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void onlyDocumentsPublicOnTheProcesssPagesCount() throws Exception {
        String managerEmail = TestAccounts.newParticipant(jdbc, "gestore-", "Gestore " + run);
        long process = managedProcess(managerEmail, "PUBLIC");
        long open = EvidenceFixtures.document(jdbc, process, null, "Pubblico chiuso " + run);
        EvidenceFixtures.version(jdbc, open, 1, "PUBLIC", "CLOSED");
        long reserved = EvidenceFixtures.document(jdbc, process, null, "Solo riservato " + run);
        EvidenceFixtures.version(jdbc, reserved, 1, "RESERVED", "CONSULTATION");
        long draft = EvidenceFixtures.document(jdbc, process, null, "Solo bozza " + run);
        EvidenceFixtures.version(jdbc, draft, 1, "PUBLIC", "DRAFT");
        long ahead = EvidenceFixtures.document(jdbc, process, null, "Pubblico con riservata " + run);
        EvidenceFixtures.version(jdbc, ahead, 1, "PUBLIC", "CLOSED");
        EvidenceFixtures.version(jdbc, ahead, 2, "RESERVED", "CONSULTATION");
        long reservedPhase = EvidenceFixtures.phase(
                jdbc, process, "Fase riservata", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), true);
        long ofReservedPhase = EvidenceFixtures.document(jdbc, process, reservedPhase, "Della fase riservata " + run);
        EvidenceFixtures.version(jdbc, ofReservedPhase, 1, "PUBLIC", "CLOSED");

        String evidence = publicDocsEvidence(managerEmail, process);
        assertThat(evidence)
                .contains("Documenti pubblici sulle pagine del percorso: 2")
                .contains("Pubblico chiuso " + run + " (Altro documento, versione 1 pubblica)")
                .contains("Pubblico con riservata " + run + " (Altro documento, versione 1 pubblica)")
                .doesNotContain("Solo riservato")
                .doesNotContain("Solo bozza")
                .doesNotContain("Della fase riservata");
    }

    @Test
    void nothingOfAReservedProcessIsPublic() throws Exception {
        String managerEmail = TestAccounts.newParticipant(jdbc, "gestore-", "Gestore " + run);
        long process = managedProcess(managerEmail, "RESERVED");
        long document = EvidenceFixtures.document(jdbc, process, null, "Pubblico ma riservato " + run);
        EvidenceFixtures.version(jdbc, document, 1, "PUBLIC", "CLOSED");
        assertThat(publicDocsEvidence(managerEmail, process))
                .contains("Documenti pubblici sulle pagine del percorso: 0")
                .doesNotContain("Pubblico ma riservato");
    }

    private long managedProcess(String managerEmail, String visibility) {
        long process = RegionalFixtures.managedProcess(
                context,
                "documenti-" + visibility.toLowerCase() + "-" + run,
                "Percorso documentato " + run,
                visibility,
                managerEmail);
        RegionalFixtures.dossier(jdbc, process);
        return process;
    }

    /** The evidence beside the criterion on public documentation, as the manager reads it on the checklist. */
    private String publicDocsEvidence(String managerEmail, long process) throws Exception {
        var page = mvc.perform(get("/admin/processes/" + process + "/dossier/checklist")
                        .with(user(managerEmail).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return Jsoup.parse(page.getContentAsString())
                .selectFirst("#criterion-PUBLIC_DOCS ul")
                .text();
    }
}
