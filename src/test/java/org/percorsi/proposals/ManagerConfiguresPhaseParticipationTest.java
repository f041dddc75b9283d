package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A manager sets what a phase collects and who may take part; an empty choice of kinds is refused. */
class ManagerConfiguresPhaseParticipationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProposalStore store;

    @Test
    void savesTheSettingsOfAPhase() throws Exception {
        long processId = jdbc.sql("select id from process where slug = 'interventi-prioritari-integrazione'")
                .query(Long.class)
                .single();
        long phaseId = jdbc.sql("select id from phase where process_id = :p order by position limit 1")
                .param("p", processId)
                .query(Long.class)
                .single();
        String path = "/admin/processes/" + processId + "/phases/" + phaseId + "/participation";
        var admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");
        assertThat(mvc.perform(get(path).with(admin)).andReturn().getResponse().getContentAsString())
                .contains("Contributi raccolti")
                .as("its own title, not the participant's page's (the two bundles once shared the key)")
                .contains("<h1>Proposte nella fase: ");

        var refused = mvc.perform(post(path)
                        .with(csrf())
                        .with(admin)
                        .param("levelToCreate", "EMAIL_CONFIRMED")
                        .param("levelToSupport", "EMAIL_CONFIRMED")
                        .param("levelToComment", "EMAIL_CONFIRMED"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Scegli almeno un tipo di contributo.");

        var saved = mvc.perform(post(path)
                        .with(csrf())
                        .with(admin)
                        .param("kinds", "IDEA")
                        .param("kinds", "NEED")
                        .param("maxSupports", "3")
                        .param("commentsEnabled", "true")
                        .param("levelToCreate", "VERIFIED_RESIDENT")
                        .param("levelToSupport", "EMAIL_CONFIRMED")
                        .param("levelToComment", "UNVERIFIED"))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo(path);
        var settings = store.participation(phaseId);
        assertThat(settings.kinds()).isEqualTo(Set.of(ProposalKind.IDEA, ProposalKind.NEED));
        assertThat(settings.supportsEnabled()).as("the unticked box means off").isFalse();
        assertThat(settings.maxSupports()).isEqualTo(3);
        assertThat(settings.levelToCreate()).isEqualTo(VerificationLevel.VERIFIED_RESIDENT);
        assertThat(settings.levelToComment()).isEqualTo(VerificationLevel.UNVERIFIED);
        jdbc.sql("delete from phase_participation where phase_id = :p")
                .param("p", phaseId)
                .update();
    }
}
