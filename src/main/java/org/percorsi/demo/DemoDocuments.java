package org.percorsi.demo;

import java.time.LocalDate;
import java.util.Map;
import org.percorsi.documents.DocumentKind;
import org.percorsi.documents.usecases.ApprovalForm;
import org.percorsi.documents.usecases.ApproveVersion;
import org.percorsi.documents.usecases.CloseConsultation;
import org.percorsi.documents.usecases.ConsultationForm;
import org.percorsi.documents.usecases.CreateDocument;
import org.percorsi.documents.usecases.DocumentForm;
import org.percorsi.documents.usecases.DraftForm;
import org.percorsi.documents.usecases.OpenConsultation;
import org.percorsi.documents.usecases.StartNextVersion;
import org.percorsi.documents.usecases.VersionForm;
import org.percorsi.documents.usecases.WriteDraft;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.PhaseView;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.stereotype.Component;

/**
 * The documents of the demo processes, written through the documents' use cases: Prato's context report
 * (approved by the Giunta at the end of phase 1), a theme document of phase 2 in its second version (the first
 * discussed in the reserved area, the second open to everyone, so that the two can be compared), and the
 * neighbourhood labs' shared model.
 */
@Component
class DemoDocuments {

    private final CreateDocument create;
    private final WriteDraft write;
    private final OpenConsultation open;
    private final CloseConsultation close;
    private final ApproveVersion approve;
    private final StartNextVersion next;
    private final ProcessesApi processes;

    DemoDocuments(
            CreateDocument create,
            WriteDraft write,
            OpenConsultation open,
            CloseConsultation close,
            ApproveVersion approve,
            StartNextVersion next,
            ProcessesApi processes) {
        this.create = create;
        this.write = write;
        this.open = open;
        this.close = close;
        this.approve = approve;
        this.next = next;
        this.processes = processes;
    }

    void prato(long process, Map<String, Long> themes) {
        LocalDate today = LocalDate.now(TimeConfiguration.ROME);
        long analysis = phase(process, PhaseType.CONTEXT_ANALYSIS);
        long workshops = phase(process, PhaseType.CUSTOM);

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

        long macrolotto = create.handle(
                process,
                new DocumentForm(
                        DocumentKind.THEME_DOCUMENT,
                        "Documento tematico: Macrolotto 0",
                        workshops,
                        themes.get("transformation")));
        text(process, macrolotto, 1, """
                # Abitare e convivenza nel Macrolotto Zero

                Il Macrolotto Zero è un quartiere misto, dove abitazioni, laboratori e negozi convivono da decenni.

                ## Che cosa è emerso

                Gli spazi pubblici sono poco frequentati la sera e mancano luoghi di incontro per le famiglie.

                Le associazioni chiedono un punto di riferimento stabile nel quartiere.

                ## Proposte del tavolo

                Aprire un presidio di comunità in un fondo commerciale sfitto, gestito insieme dalle associazioni.
                """, "Prima stesura dopo il workshop del 30 ottobre");
        open.handle(process, macrolotto, new ConsultationForm(1, today.minusDays(40), today.minusDays(20), "RESERVED"));
        close.handle(process, macrolotto, new VersionForm(1));
        next.handle(process, macrolotto);
        text(process, macrolotto, 2, """
                # Abitare e convivenza nel Macrolotto Zero

                Il Macrolotto Zero è un quartiere misto, dove abitazioni, laboratori e negozi convivono da decenni.

                ## Che cosa è emerso

                Gli spazi pubblici sono deserti la sera e mancano luoghi di incontro per le famiglie e per i ragazzi.

                ## Proposte del tavolo

                Aprire un presidio di comunità in un fondo commerciale sfitto, gestito insieme dalle associazioni e dal \
                Comune.

                ## Tempi

                Il presidio potrebbe aprire entro la primavera, dopo una fase di prova di sei mesi.
                """, "Dopo i commenti del tavolo: i ragazzi, il ruolo del Comune, i tempi");
        open.handle(process, macrolotto, new ConsultationForm(2, today.minusDays(10), today.plusDays(20), "PUBLIC"));
    }

    void neighbourhoodLabs(long process) {
        long feedback = phase(process, PhaseType.FEEDBACK);
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
        approve.handle(
                process,
                model,
                new ApprovalForm(1, "Giunta comunale", LocalDate.of(2023, 10, 24), "Delibera di Giunta n. 201/2023"));
    }

    private void text(long process, long document, int version, String markdown, String changelog) {
        write.handle(process, document, new DraftForm(version, markdown, null, changelog));
    }

    private long phase(long process, PhaseType type) {
        return processes.phases(process).stream()
                .filter(p -> p.type() == type)
                .map(PhaseView::id)
                .findFirst()
                .orElseThrow();
    }
}
