package org.percorsi.regional;

import java.time.LocalDate;
import org.percorsi.documents.DocumentKind;
import org.percorsi.documents.EnteActs;
import org.percorsi.documents.usecases.AddFinalItem;
import org.percorsi.documents.usecases.CloseConsultation;
import org.percorsi.documents.usecases.ConsultationForm;
import org.percorsi.documents.usecases.CreateDocument;
import org.percorsi.documents.usecases.DocumentForm;
import org.percorsi.documents.usecases.DraftForm;
import org.percorsi.documents.usecases.ItemForm;
import org.percorsi.documents.usecases.OpenConsultation;
import org.percorsi.documents.usecases.VersionForm;
import org.percorsi.documents.usecases.WriteDraft;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A funded process's final document made ready for its review steps through the documents' use cases, as its team
 * would have: two proposals of a participant (one accepted by the municipality, one not answered yet) put forward
 * as its items, its first version written, in public consultation and closed. The steps that follow (validation,
 * sending, the ente's act) are the browser test's.
 */
final class FinalDocumentSteps {

    /** The document, its items by what the act will answer, and the proposals' author's public nickname. */
    record FinalDocument(
            long documentId,
            String title,
            long acceptedItem,
            long divergentItem,
            String divergentTitle,
            String authorNickname) {}

    private final ApplicationContext context;
    private final JdbcClient jdbc;

    FinalDocumentSteps(ApplicationContext context, JdbcClient jdbc) {
        this.context = context;
        this.jdbc = jdbc;
    }

    /** In a process whose phase under way takes proposals; the consultation ran from ten days ago to today. */
    FinalDocument closedAfterConsultation(long processId, String run, LocalDate today) {
        String nickname = "Autrice " + run;
        String author = TestAccounts.newParticipant(jdbc, "autrice-", nickname);
        String divergentTitle = "Un parcheggio interrato " + run;
        var submit = context.getBean(SubmitProposal.class);
        long accepted =
                TestAccounts.asParticipant(author, () -> submit.handle(processId, idea("Piano del verde " + run)));
        long divergent = TestAccounts.asParticipant(author, () -> submit.handle(processId, idea(divergentTitle)));
        String title = "Documento di proposta partecipata " + run;
        long documentId = TestAccounts.asAdministrator(() -> {
            context.getBean(AnswerProposal.class)
                    .handle(accepted, new AnswerForm(ProposalState.ACCEPTED, "", null, null, null, null, null));
            long id = context.getBean(CreateDocument.class)
                    .handle(processId, new DocumentForm(DocumentKind.FINAL_DOCUMENT, title, null, null, null));
            context.getBean(WriteDraft.class)
                    .handle(
                            processId,
                            id,
                            new DraftForm(1, "# Le proposte\n\nLe proposte del percorso " + run + ".\n", null, null));
            context.getBean(AddFinalItem.class).handle(processId, id, new ItemForm(1, accepted, null, null, null));
            context.getBean(AddFinalItem.class).handle(processId, id, new ItemForm(1, divergent, null, null, null));
            context.getBean(OpenConsultation.class)
                    .handle(processId, id, new ConsultationForm(1, today.minusDays(10), today, "PUBLIC"));
            context.getBean(CloseConsultation.class).handle(processId, id, new VersionForm(1));
            return id;
        });
        var items = context.getBean(EnteActs.class).itemsByProposal(documentId, 1);
        return new FinalDocument(
                documentId, title, items.get(accepted), items.get(divergent), divergentTitle, nickname);
    }

    private static ProposalForm idea(String title) {
        return new ProposalForm(
                ProposalKind.IDEA, title, "Descrizione.", null, null, null, null, null, null, null, null);
    }
}
