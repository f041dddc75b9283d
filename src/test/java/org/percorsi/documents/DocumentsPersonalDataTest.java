package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.documents.usecases.CreateDocument;
import org.percorsi.documents.usecases.DocumentForm;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A manager who wrote a document finds it in the download of their data; when their account is deleted the
 * document stays, as the municipality's record, no longer linked to them.
 */
class DocumentsPersonalDataTest extends IntegrationTest {

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AssignRole assignRole;

    @Autowired
    CreateDocument createDocument;

    @Autowired
    DocumentsPersonalData personalData;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aManagersDocumentsAreInTheirDataAndStayWhenTheAccountGoes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String manager = TestAccounts.newParticipant(jdbc, "doc-", "Redattrice " + run);
        long process = TestAccounts.asAdministrator(() -> {
            long id = createProcess.handle(ProcessForms.publicProcess("Documenti personali " + run));
            assignRole.handle(id, new RoleForm(manager, ProcessRole.MANAGER));
            return id;
        });
        long document = TestAccounts.asParticipant(
                manager,
                () -> createDocument.handle(
                        process, new DocumentForm(DocumentKind.OTHER, "Verbale del tavolo " + run, null, null)));
        long accountId = new DocumentSteps(context).accountId(manager);

        var data = (Map<?, ?>) personalData.exportFor(accountId, manager);
        assertThat(data.get("created").toString()).contains("Verbale del tavolo " + run, "Documenti personali " + run);
        assertThat(data.get("versions").toString()).contains("Verbale del tavolo " + run);

        transaction.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(accountId, manager)));
        assertThat(jdbc.sql("select title from document where id = :d")
                        .param("d", document)
                        .query(String.class)
                        .single())
                .as("the document stays")
                .isEqualTo("Verbale del tavolo " + run);
        var after = (Map<?, ?>) personalData.exportFor(accountId, manager);
        assertThat((List<?>) after.get("created"))
                .as("no longer linked to the person")
                .isEmpty();
        assertThat((List<?>) after.get("versions")).isEmpty();
    }
}
