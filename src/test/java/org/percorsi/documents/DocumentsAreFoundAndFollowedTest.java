package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.percorsi.documents.DocumentSteps.admin;
import static org.percorsi.documents.DocumentSteps.participant;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.ProcessForms;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A document is found by search and followed: its public version is found by anyone; a newer version reserved to
 * the process's area is found by a member and not by an outsider, who still finds the public one; a follower hears
 * of each new version they may read, an outsider who follows hears only of public ones; following shows in the
 * person's data.
 */
class DocumentsAreFoundAndFollowedTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentsPersonalData personalData;

    @Autowired
    ApplicationContext context;

    DocumentSteps steps;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    String admin;
    String member;
    String outsider;

    @BeforeEach
    void aPublishedProcessWithAMemberOfItsArea() {
        steps = new DocumentSteps(context);
        steps.startProcess("Documenti cercati " + run, ProcessForms.openPhase());
        admin = steps.admin();
        member = TestAccounts.newParticipant(jdbc, "membro-", "Membro " + run);
        outsider = TestAccounts.newParticipant(jdbc, "esterno-", "Esterno " + run);
        steps.role(member, "MEMBER");
    }

    @Test
    void searchFindsThePublicVersionForAllAndANewerReservedOneOnlyForTheArea() throws Exception {
        long document = steps.create("Rapporto sul verde " + run);
        steps.write(document, 1, "# Alberi\n\nI filari di platani " + run + " lungo il viale.");
        steps.openConsultation(document, 1, "PUBLIC");
        awaitHits("platani " + run, null, 1);
        assertThat(search("platani " + run, null, "DOCUMENT"))
                .contains("Rapporto sul verde " + run)
                .contains("/documents/" + document + "/versions/1");

        steps.as(admin(post(admin + "/" + document + "/versions")));
        steps.write(
                document,
                2,
                "# Alberi\n\nI filari di platani " + run + " lungo il viale.\n\nUn orto condiviso " + run
                        + " dietro la scuola.");
        assertThat(search("orto " + run, TestAccounts.ADMIN_EMAIL, null))
                .as("a draft is found by nobody")
                .contains("Risultati: 0<");
        steps.openConsultation(document, 2, "RESERVED");

        String found = awaitHits("orto " + run, member, 1);
        assertThat(found).contains("/documents/" + document + "/versions/2").contains("Documento (area riservata)");
        assertThat(search("orto " + run, outsider, null))
                .as("the reserved version is not found outside the area")
                .contains("Risultati: 0<");
        assertThat(search("orto " + run, null, "DOCUMENT")).contains("Risultati: 0<");
        assertThat(search("platani " + run, outsider, "DOCUMENT"))
                .as("the public version still is")
                .contains("Risultati: 1<")
                .contains("/documents/" + document + "/versions/1")
                .doesNotContain("/versions/2");
    }

    @Test
    void followersHearOfTheNewVersionsTheyMayRead() throws Exception {
        long document = steps.create("Documento seguito " + run);
        steps.write(document, 1, "# Mobilità\n\nPiste ciclabili " + run + ".");
        steps.openConsultation(document, 1, "PUBLIC");
        assertThat(steps.as(participant(post("/documents/" + document + "/follow"), member))
                        .getStatus())
                .isEqualTo(302);
        assertThat(steps.as(participant(post("/documents/" + document + "/follow"), outsider))
                        .getStatus())
                .isEqualTo(302);
        assertThat(page("/documents/" + document, outsider)).contains("Non avvisarmi più delle nuove versioni");

        steps.as(admin(post(admin + "/" + document + "/versions")));
        steps.write(document, 2, "# Mobilità\n\nPiste ciclabili " + run + " e parcheggi per le bici.");
        steps.openConsultation(document, 2, "RESERVED");
        awaitNotification(member, "Il documento «Documento seguito " + run + "» ha una nuova versione (versione 2)");
        assertThat(notifications(outsider))
                .as("the outsider may not read the reserved version")
                .isEmpty();

        steps.as(admin(post(admin + "/" + document + "/versions")));
        steps.write(document, 3, "# Mobilità\n\nPiste ciclabili " + run + ", parcheggi per le bici e zone 30.");
        steps.openConsultation(document, 3, "PUBLIC");
        awaitNotification(outsider, "Il documento «Documento seguito " + run + "» ha una nuova versione (versione 3)");
        assertThat(notifications(outsider)).hasSize(1);
        assertThat(notifications(outsider).getFirst()).endsWith("/documents/" + document + "/versions/3");

        var data = personalData.exportFor(steps.accountId(outsider), outsider).toString();
        assertThat(data).contains("Documento seguito " + run);

        assertThat(steps.as(participant(post("/documents/" + document + "/unfollow"), outsider))
                        .getStatus())
                .isEqualTo(302);
        assertThat(page("/documents/" + document, outsider)).contains("Avvisami delle nuove versioni");
        assertThat(jdbc.sql("select count(*) from document_follower where document_id = :d")
                        .param("d", document)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aVisitorIsAskedToSignInAndAnOutsiderCannotFollowAReservedDocument() throws Exception {
        long document = steps.create("Solo per il tavolo " + run);
        steps.write(document, 1, "# Riservato\n\nTesto " + run + ".");
        steps.openConsultation(document, 1, "RESERVED");
        var anonymous = steps.as(post("/documents/" + document + "/follow"));
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).contains("/login");
        assertThat(steps.as(participant(post("/documents/" + document + "/follow"), outsider))
                        .getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from document_follower where document_id = :d")
                        .param("d", document)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private String search(String q, String viewer, String kind) throws Exception {
        var request = get("/search").param("q", q);
        if (kind != null) {
            request.param("kind", kind);
        }
        if (viewer != null) {
            request.with(user(viewer).roles(viewer.equals(TestAccounts.ADMIN_EMAIL) ? "ADMIN" : "PARTICIPANT"));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    /** The index follows after the change commits, in the background. */
    private String awaitHits(String q, String viewer, int expected) {
        String[] page = {""};
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            page[0] = search(q, viewer, null);
            return page[0].contains("Risultati: " + expected + "<");
        });
        return page[0];
    }

    private void awaitNotification(String email, String message) {
        await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .until(() -> jdbc.sql("select count(*) from notification n join account a on a.id = n.account_id "
                                        + "where a.email = :e and n.message = :m")
                                .param("e", email)
                                .param("m", message)
                                .query(Integer.class)
                                .single()
                        == 1);
    }

    private List<String> notifications(String email) {
        return jdbc.sql("select n.message || ' ' || n.url from notification n join account a on a.id = n.account_id "
                        + "where a.email = :e and n.kind = 'DOCUMENT_NEW_VERSION' order by n.id")
                .param("e", email)
                .query(String.class)
                .list();
    }

    private String page(String path, String viewer) throws Exception {
        return steps.as(participant(get(path), viewer)).getContentAsString();
    }
}
