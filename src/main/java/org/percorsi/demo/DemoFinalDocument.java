package org.percorsi.demo;

import java.time.LocalDate;
import java.util.Map;
import org.percorsi.demo.DemoMeetings.PratoMeetings;
import org.percorsi.documents.ActKind;
import org.percorsi.documents.BlockKind;
import org.percorsi.documents.DocumentKind;
import org.percorsi.documents.DocumentsApi;
import org.percorsi.documents.EnteActs;
import org.percorsi.documents.MonitoringProgress;
import org.percorsi.documents.ReviewOutcome;
import org.percorsi.documents.SourceKind;
import org.percorsi.documents.usecases.AddFinalItem;
import org.percorsi.documents.usecases.AddMonitoringUpdate;
import org.percorsi.documents.usecases.CitationForm;
import org.percorsi.documents.usecases.CiteSource;
import org.percorsi.documents.usecases.CloseConsultation;
import org.percorsi.documents.usecases.ConsultationForm;
import org.percorsi.documents.usecases.CreateDocument;
import org.percorsi.documents.usecases.DocumentForm;
import org.percorsi.documents.usecases.DraftForm;
import org.percorsi.documents.usecases.EnteActForm;
import org.percorsi.documents.usecases.ItemAnswerForm;
import org.percorsi.documents.usecases.ItemForm;
import org.percorsi.documents.usecases.MonitoringForm;
import org.percorsi.documents.usecases.OpenConsultation;
import org.percorsi.documents.usecases.PublishEnteAct;
import org.percorsi.documents.usecases.RecordEnteAct;
import org.percorsi.documents.usecases.RecordTableReview;
import org.percorsi.documents.usecases.RequireValidation;
import org.percorsi.documents.usecases.ReviewForm;
import org.percorsi.documents.usecases.SendForm;
import org.percorsi.documents.usecases.SendToEnte;
import org.percorsi.documents.usecases.ValidateVersion;
import org.percorsi.documents.usecases.ValidationRequirementForm;
import org.percorsi.documents.usecases.VersionForm;
import org.percorsi.documents.usecases.WriteDraft;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prato's final document of priority actions (phase 3): paragraphs citing the proposals and the workshops'
 * harvest they draw on, one item per proposal it puts forward (each shown with the municipality's answer, given
 * in {@link DemoDataLoader} and {@link DemoProgramming}), a public consultation now closed, the negotiation
 * table's review and the validation recorded, sent to the Giunta, whose act answers every item (published, with
 * one monitoring update since).
 */
@Component
class DemoFinalDocument {

    static final String TITLE = "Documento conclusivo: azioni prioritarie per l'integrazione";
    private static final String OUTPUT = "Documento conclusivo con le azioni prioritarie";

    private final CreateDocument create;
    private final WriteDraft write;
    private final CiteSource cite;
    private final AddFinalItem addItem;
    private final RequireValidation requireValidation;
    private final OpenConsultation open;
    private final CloseConsultation close;
    private final RecordTableReview tableReview;
    private final ValidateVersion validate;
    private final SendToEnte send;
    private final RecordEnteAct recordAct;
    private final PublishEnteAct publishAct;
    private final AddMonitoringUpdate monitor;
    private final EnteActs acts;
    private final DocumentsApi documents;
    private final ProcessesApi processes;
    private final JdbcClient jdbc;

    DemoFinalDocument(
            CreateDocument create,
            WriteDraft write,
            CiteSource cite,
            AddFinalItem addItem,
            RequireValidation requireValidation,
            OpenConsultation open,
            CloseConsultation close,
            RecordTableReview tableReview,
            ValidateVersion validate,
            SendToEnte send,
            RecordEnteAct recordAct,
            PublishEnteAct publishAct,
            AddMonitoringUpdate monitor,
            EnteActs acts,
            DocumentsApi documents,
            ProcessesApi processes,
            JdbcClient jdbc) {
        this.create = create;
        this.write = write;
        this.cite = cite;
        this.addItem = addItem;
        this.requireValidation = requireValidation;
        this.open = open;
        this.close = close;
        this.tableReview = tableReview;
        this.validate = validate;
        this.send = send;
        this.recordAct = recordAct;
        this.publishAct = publishAct;
        this.monitor = monitor;
        this.acts = acts;
        this.documents = documents;
        this.processes = processes;
        this.jdbc = jdbc;
    }

    void prato(long process, PratoMeetings meetings) {
        LocalDate today = LocalDate.now(TimeConfiguration.ROME);
        long sharing = DemoDocuments.phase(processes, process, PhaseType.SHARING);
        long document =
                create.handle(process, new DocumentForm(DocumentKind.FINAL_DOCUMENT, TITLE, sharing, null, OUTPUT));
        requireValidation.handle(process, document, new ValidationRequirementForm(true));
        write.handle(
                process,
                document,
                new DraftForm(1, """
                # Le azioni prioritarie

                Dai quattro documenti tematici, discussi con i portatori di interesse e poi con la città, il percorso \
                propone al Comune le azioni da inserire nella programmazione e da candidare ai finanziamenti pubblici.

                ## Spazi pubblici e verde nel Macrolotto 0

                Il workshop sul Macrolotto ha chiesto verde attrezzato dove oggi ci sono solo parcheggi: il giardino \
                per i bambini è la richiesta più sostenuta del tema.

                ## Orientamento e partecipazione dei nuovi arrivati

                Punti informativi fissi nei quartieri, gestiti dalle associazioni, e animatori di comunità formati con \
                il Fondo sociale europeo accompagnano verso i servizi chi è appena arrivato.

                ## Commercio e impresa

                Un tavolo permanente tra i commercianti del centro storico e un fondo di garanzia per il microcredito \
                alle nuove imprese.

                ## Come leggere i punti

                Ogni punto che segue è una proposta del percorso, accanto alla risposta del Comune: la decisione, la \
                motivazione e l'atto che la contiene.
                """, null, "Dai quattro documenti tematici e dalle risposte della Giunta"));

        long garden = proposal(process, "Un giardino attrezzato per i bambini del Macrolotto 0");
        long animators = proposal(process, "Animatori di comunità formati con il Fondo sociale europeo");
        long infoPoints = proposal(process, "Punti informativi nei quartieri per chi è appena arrivato");
        long shops = proposal(process, "Tavolo permanente tra commercianti italiani e stranieri del centro storico");

        cite(process, document, "Il workshop sul Macrolotto", SourceKind.HARVEST_ITEM, meetings.playgroundNote());
        cite(process, document, "Il workshop sul Macrolotto", SourceKind.PROPOSAL, garden);
        cite(process, document, "Punti informativi fissi", SourceKind.PROPOSAL, infoPoints);
        cite(process, document, "Punti informativi fissi", SourceKind.PROPOSAL, animators);
        cite(process, document, "Un tavolo permanente", SourceKind.PROPOSAL, shops);
        cite(process, document, "Un tavolo permanente", SourceKind.HARVEST_ITEM, meetings.creditNote());

        addItem.handle(
                process,
                document,
                new ItemForm(
                        1,
                        garden,
                        meetings.playgroundNote(),
                        "Un giardino attrezzato al posto di un parcheggio del Macrolotto 0",
                        "Giochi, panchine e alberi, con una nuova area di carico e scarico per i laboratori nelle "
                                + "vicinanze."));
        addItem.handle(
                process,
                document,
                new ItemForm(
                        1,
                        animators,
                        null,
                        null,
                        "Dieci animatori di comunità nei quartieri a maggiore presenza straniera."));
        addItem.handle(
                process,
                document,
                new ItemForm(
                        1,
                        infoPoints,
                        null,
                        null,
                        "Tre o quattro punti fissi gestiti dalle associazioni, sul modello canadese."));
        addItem.handle(
                process,
                document,
                new ItemForm(1, shops, null, null, "Un incontro al mese, con un mediatore linguistico."));

        open.handle(process, document, new ConsultationForm(1, today.minusDays(14), today, "PUBLIC"));
        close.handle(process, document, new VersionForm(1));
        tableReview.handle(
                process,
                document,
                new ReviewForm(
                        1,
                        today,
                        ReviewOutcome.WITH_REMARKS,
                        "Il tavolo chiede di indicare per ogni punto i tempi di realizzazione."));
        validate.handle(
                process,
                document,
                new ReviewForm(
                        1,
                        today,
                        ReviewOutcome.APPROVED,
                        "Il percorso si è svolto come previsto: workshop, area riservata e condivisione pubblica."));
        send.handle(process, document, new SendForm(1, today, "PG/2026/0048213"));
        enteAct(process, document, today, garden, animators, infoPoints, shops);
    }

    /** The Giunta's act answering every item, published, and the first monitoring update on the animators. */
    private void enteAct(
            long process, long document, LocalDate today, long garden, long animators, long infoPoints, long shops) {
        var items = acts.itemsByProposal(document, 1);
        recordAct.handle(
                process,
                document,
                new EnteActForm(
                        ActKind.GIUNTA_RESOLUTION,
                        "27",
                        today,
                        "https://www.comune.prato.it/",
                        "La Giunta recepisce il documento conclusivo del percorso e ne inserisce le azioni nella "
                                + "programmazione: il giardino e i punti informativi sono accolti, gli animatori di "
                                + "comunità in parte, il tavolo dei commercianti era già previsto."),
                Map.of(
                        items.get(garden), new ItemAnswerForm("ACCEPTED", null),
                        items.get(animators),
                                new ItemAnswerForm(
                                        "PARTLY_ACCEPTED",
                                        "Si avvia una prima formazione per dieci animatori; l'estensione dipende dal "
                                                + "finanziamento regionale."),
                        items.get(infoPoints), new ItemAnswerForm("ACCEPTED", null),
                        items.get(shops),
                                new ItemAnswerForm(
                                        "ALREADY_PLANNED",
                                        "Il tavolo con i commercianti del centro storico è già previsto dall'obiettivo "
                                                + "operativo sul centro storico.")),
                null);
        publishAct.handle(process, document);
        monitor.handle(
                process,
                document,
                new MonitoringForm(
                        today,
                        MonitoringProgress.IN_PROGRESS,
                        "Pubblicato l'avviso per selezionare i primi dieci animatori di comunità.",
                        items.get(animators),
                        null));
    }

    private void cite(long process, long document, String paragraphStart, SourceKind kind, long source) {
        var paragraph = documents.blocks(document, 1).stream()
                .filter(b -> b.kind() == BlockKind.PARAGRAPH && b.plain().startsWith(paragraphStart))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no paragraph starting \"" + paragraphStart + "\""));
        cite.handle(process, document, new CitationForm(1, paragraph.key(), kind.name() + ":" + source));
    }

    /** A proposal of the process by its title, read in the proposals module's published summary. */
    private long proposal(long process, String title) {
        return jdbc.sql("select id from proposal_summary where process_id = :p and title = :t")
                .param("p", process)
                .param("t", title)
                .query(Long.class)
                .single();
    }
}
