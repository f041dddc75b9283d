package org.percorsi.demo;

import java.time.LocalDate;
import org.percorsi.demo.DemoMeetings.PratoMeetings;
import org.percorsi.documents.DocumentKind;
import org.percorsi.documents.ReviewOutcome;
import org.percorsi.documents.usecases.ApprovalForm;
import org.percorsi.documents.usecases.ApproveVersion;
import org.percorsi.documents.usecases.CloseConsultation;
import org.percorsi.documents.usecases.ConsultationForm;
import org.percorsi.documents.usecases.CreateDocument;
import org.percorsi.documents.usecases.DocumentForm;
import org.percorsi.documents.usecases.DraftForm;
import org.percorsi.documents.usecases.OpenConsultation;
import org.percorsi.documents.usecases.RecordTableReview;
import org.percorsi.documents.usecases.ReviewForm;
import org.percorsi.documents.usecases.SendForm;
import org.percorsi.documents.usecases.SendToEnte;
import org.percorsi.documents.usecases.ValidateVersion;
import org.percorsi.documents.usecases.VersionForm;
import org.percorsi.documents.usecases.WriteDraft;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.PhaseView;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.stereotype.Component;

/**
 * The documents of the demo processes, written through the documents' use cases: Prato's context report
 * (approved by the Giunta at the end of phase 1), its four theme documents ({@link DemoThemeDocuments}) and its
 * final document ({@link DemoFinalDocument}), and the neighbourhood labs' shared model (their final document: reviewed
 * by the negotiation table, validated by the tecnico di garanzia and sent to the ente before the Giunta approved it).
 */
@Component
class DemoDocuments {

    private final CreateDocument create;
    private final WriteDraft write;
    private final OpenConsultation open;
    private final CloseConsultation close;
    private final ApproveVersion approve;
    private final RecordTableReview tableReview;
    private final ValidateVersion validate;
    private final SendToEnte send;
    private final ProcessesApi processes;
    private final DemoThemeDocuments themeDocuments;
    private final DemoFinalDocument finalDocument;

    DemoDocuments(
            CreateDocument create,
            WriteDraft write,
            OpenConsultation open,
            CloseConsultation close,
            ApproveVersion approve,
            RecordTableReview tableReview,
            ValidateVersion validate,
            SendToEnte send,
            ProcessesApi processes,
            DemoThemeDocuments themeDocuments,
            DemoFinalDocument finalDocument) {
        this.create = create;
        this.write = write;
        this.open = open;
        this.close = close;
        this.approve = approve;
        this.tableReview = tableReview;
        this.validate = validate;
        this.send = send;
        this.processes = processes;
        this.themeDocuments = themeDocuments;
        this.finalDocument = finalDocument;
    }

    /** Prato's four discussion themes, chosen by the Giunta at the end of phase 1. */
    record PratoThemes(long productive, long retail, long transformation, long participation) {}

    void prato(long process, PratoThemes themes, PratoMeetings meetings) {
        LocalDate today = LocalDate.now(TimeConfiguration.ROME);
        long analysis = phase(processes, process, PhaseType.CONTEXT_ANALYSIS);

        long report = create.handle(
                process,
                new DocumentForm(
                        DocumentKind.CONTEXT_REPORT, "Rapporto conclusivo dell'analisi di contesto", analysis, null));
        text(process, report, 1, """
                # La popolazione straniera a Prato

                I residenti con cittadinanza straniera sono circa un quarto della popolazione; la comunità cinese è di \
                gran lunga la più numerosa, seguita da quelle romena, albanese, pakistana e marocchina.

                ## Lavoro e imprese

                Il distretto del Macrolotto Zero concentra laboratori, abitazioni e negozi. Molte imprese sono a \
                conduzione straniera e lavorano per la filiera del tessile e dell'abbigliamento.

                ## Servizi e scuola

                Le scuole del centro e del Macrolotto hanno classi in cui la maggioranza degli alunni è nata in Italia da \
                genitori stranieri. Gli sportelli comunali segnalano la difficoltà di raggiungere chi è arrivato da poco.

                # Assi di intervento e temi

                La Giunta ha scelto tre assi (sviluppo economico, politiche urbane, inclusione sociale) e quattro temi \
                di discussione:

                - prospettive del sistema produttivo
                - rete commerciale del centro storico
                - trasformazioni urbane: Macrolotto 0
                - strumenti di partecipazione attiva
                """, "Rapporto dell'istituto di ricerca");
        open.handle(process, report, new ConsultationForm(1, today.minusDays(100), today.minusDays(80), "PUBLIC"));
        close.handle(process, report, new VersionForm(1));
        approve.handle(
                process,
                report,
                new ApprovalForm(1, "Giunta comunale", today.minusDays(75), "Delibera di Giunta n. 112/2026"));

        themeDocuments.prato(process, themes);
        finalDocument.prato(process, meetings);
    }

    void neighbourhoodLabs(long process) {
        long feedback = phase(processes, process, PhaseType.FEEDBACK);
        long model = create.handle(
                process,
                new DocumentForm(
                        DocumentKind.FINAL_DOCUMENT,
                        "Modello di funzionamento dei Laboratori di quartiere",
                        feedback,
                        null));
        text(process, model, 1, """
                # Che cos'è un Laboratorio di quartiere

                Uno spazio aperto a tutti gli abitanti, dove si individuano le esigenze del quartiere e si costruiscono \
                proposte insieme al Comune.

                # Come funziona

                - un referente per quartiere, indicato dal Tavolo di Negoziazione
                - un incontro al mese, aperto a tutti
                - un workshop cittadino all'anno per confrontare le proposte

                # Che cosa fa il Comune

                Il Comune risponde a ogni proposta entro novanta giorni e ne rende conto sul sito del percorso.
                """, "Dai sette laboratori pilota");
        open.handle(
                process, model, new ConsultationForm(1, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30), "PUBLIC"));
        close.handle(process, model, new VersionForm(1));
        tableReview.handle(
                process,
                model,
                new ReviewForm(
                        1,
                        LocalDate.of(2023, 10, 5),
                        ReviewOutcome.APPROVED,
                        "Il Tavolo approva il modello con le osservazioni raccolte nella consultazione."));
        validate.handle(
                process,
                model,
                new ReviewForm(
                        1,
                        LocalDate.of(2023, 10, 12),
                        ReviewOutcome.APPROVED,
                        "Il percorso si è svolto come previsto: sette laboratori, workshop cittadino e consultazione "
                                + "pubblica del modello."));
        send.handle(process, model, new SendForm(1, LocalDate.of(2023, 10, 16), "PG/2023/0041577"));
        approve.handle(
                process,
                model,
                new ApprovalForm(1, "Giunta comunale", LocalDate.of(2023, 10, 24), "Delibera di Giunta n. 201/2023"));
    }

    private void text(long process, long document, int version, String markdown, String changelog) {
        write.handle(process, document, new DraftForm(version, markdown, null, changelog));
    }

    /** The process's (first) phase of this type. */
    static long phase(ProcessesApi processes, long process, PhaseType type) {
        return processes.phases(process).stream()
                .filter(p -> p.type() == type)
                .map(PhaseView::id)
                .findFirst()
                .orElseThrow();
    }
}
