package org.percorsi.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person the office names as representative, with the email of their account, is linked to it and finds the
 * representation in the download of their data. When the account is deleted the representation stays as the
 * organisation's history without the link, the email and the phone; the name stays only if it was public by
 * consent, else it becomes "Rappresentante rimosso", and the delegation letter, which names them, is deleted.
 */
class RepresentativesPersonalDataTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StakeholdersPersonalData personalData;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    final String run = UniqueWords.next();

    @Test
    void aRepresentationIsInThePersonsDataAndLosesTheirContactWhenTheAccountGoes() throws Exception {
        String publicOne = TestAccounts.newParticipant(jdbc, "presidente-", "Presidente " + run);
        String privateOne = TestAccounts.newParticipant(jdbc, "delegata-", "Delegata " + run);
        var created = mvc.perform(post("/admin/organisations")
                        .param("name", "Associazione Quartiere " + run)
                        .param("kind", "ASSOCIATION")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        String organisation = created.getRedirectedUrl();
        assertThat(organisation).startsWith("/admin/organisations/");
        add(organisation, "Giulia Presidente " + run, publicOne.toUpperCase(), "MAIN", true, null);
        add(organisation, "Marta Delegata " + run, privateOne, "SUBSTITUTE", false, "%PDF-1.4\n% delega\n");
        long publicAccount = accountId(publicOne);
        long privateAccount = accountId(privateOne);
        UUID letter = jdbc.sql("select delegation_file from stakeholder_representative where account_id = :a")
                .param("a", privateAccount)
                .query(UUID.class)
                .single();

        var data = (Map<?, ?>) personalData.exportFor(privateAccount, privateOne);
        assertThat(data.get("representations").toString())
                .as("linked by the email of the account, whatever its case")
                .contains("Associazione Quartiere " + run)
                .contains("Marta Delegata " + run)
                .contains("SUBSTITUTE")
                .contains("+39 333 1234567");
        assertThat(((Map<?, ?>) personalData.exportFor(publicAccount, publicOne))
                        .get("representations")
                        .toString())
                .contains("Giulia Presidente " + run);

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new AccountDeleted(publicAccount, publicOne));
            events.publishEvent(new AccountDeleted(privateAccount, privateOne));
        });

        var kept = row("Giulia Presidente " + run);
        assertThat(kept.get("full_name"))
                .as("public by consent: the name stays")
                .isEqualTo("Giulia Presidente " + run);
        assertThat(kept.get("email")).isNull();
        assertThat(kept.get("phone")).isNull();
        assertThat(kept.get("account_id")).isNull();
        assertThat(jdbc.sql(
                                "select full_name, email, phone, account_id, delegation_file from stakeholder_representative "
                                        + "where organisation_id = :o and role = 'SUBSTITUTE'")
                        .param("o", Long.parseLong(organisation.substring(organisation.lastIndexOf('/') + 1)))
                        .query()
                        .singleRow())
                .as("not public: anonymised, the letter gone")
                .containsEntry("full_name", "Rappresentante rimosso")
                .containsEntry("email", null)
                .containsEntry("phone", null)
                .containsEntry("account_id", null)
                .containsEntry("delegation_file", null);
        assertThat(jdbc.sql("select count(*) from stored_file where id = :f")
                        .param("f", letter)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(((Map<?, ?>) personalData.exportFor(privateAccount, privateOne))
                        .get("representations")
                        .toString())
                .isEqualTo("[]");
    }

    private void add(String organisation, String name, String email, String role, boolean namePublic, String pdf)
            throws Exception {
        var request = multipart(organisation + "/representatives")
                .param("fullName", name)
                .param("email", email)
                .param("phone", "+39 333 1234567")
                .param("role", role)
                .param("validFrom", TODAY.toString())
                .param("namePublic", String.valueOf(namePublic));
        if (pdf != null) {
            request.file(new MockMultipartFile(
                    "delegation", "delega.pdf", "application/pdf", pdf.getBytes(StandardCharsets.US_ASCII)));
        }
        var response = mvc.perform(request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    private Map<String, Object> row(String name) {
        return jdbc.sql(
                        "select full_name, email, phone, account_id from stakeholder_representative where full_name = :n")
                .param("n", name)
                .query()
                .singleRow();
    }

    private long accountId(String email) {
        return jdbc.sql("select id from account where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }
}
