package org.percorsi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.percorsi.programming.InterventionStatus;
import org.percorsi.programming.ProgrammingApi;
import org.percorsi.programming.usecases.ActivityForm;
import org.percorsi.programming.usecases.AddActivity;
import org.percorsi.programming.usecases.AddBudgetLine;
import org.percorsi.programming.usecases.AddIndicator;
import org.percorsi.programming.usecases.AddMilestone;
import org.percorsi.programming.usecases.ApplyForFunding;
import org.percorsi.programming.usecases.BudgetLineForm;
import org.percorsi.programming.usecases.ConfirmImportForm;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.programming.usecases.IndicatorForm;
import org.percorsi.programming.usecases.InterventionForm;
import org.percorsi.programming.usecases.InterventionObjectiveForm;
import org.percorsi.programming.usecases.InterventionProposalForm;
import org.percorsi.programming.usecases.LinkObjectiveToIntervention;
import org.percorsi.programming.usecases.LinkProposal;
import org.percorsi.programming.usecases.LinkProposalToIntervention;
import org.percorsi.programming.usecases.MarkMilestoneReached;
import org.percorsi.programming.usecases.MeasureForm;
import org.percorsi.programming.usecases.MilestoneForm;
import org.percorsi.programming.usecases.RecordMeasure;
import org.percorsi.programming.usecases.SaveIntervention;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo municipality's programming: Prato's DUP 2022/2024 table (seed 002, the
 * objectives of the companies and foundations the city owns) imported as a user
 * would, some Prato proposals linked to its actions and answered with an
 * act, and seed 001's intervention planned with the administrators' use cases, so
 * that the public pages show the whole trace.
 */
@Component
class DemoProgramming {

    private final CreateCycle createCycle;
    private final ImportDupTable importTable;
    private final ProgrammingApi programming;
    private final LinkProposal link;
    private final AnswerProposal answer;
    private final JdbcClient jdbc;
    private final SaveIntervention save;
    private final LinkProposalToIntervention linkProposal;
    private final LinkObjectiveToIntervention linkObjective;
    private final AddActivity addActivity;
    private final AddBudgetLine addBudgetLine;
    private final AddMilestone addMilestone;
    private final MarkMilestoneReached markReached;
    private final AddIndicator addIndicator;
    private final RecordMeasure recordMeasure;
    private final ApplyForFunding funding;

    DemoProgramming(
            CreateCycle createCycle,
            ImportDupTable importTable,
            ProgrammingApi programming,
            LinkProposal link,
            AnswerProposal answer,
            JdbcClient jdbc,
            SaveIntervention save,
            LinkProposalToIntervention linkProposal,
            LinkObjectiveToIntervention linkObjective,
            AddActivity addActivity,
            AddBudgetLine addBudgetLine,
            AddMilestone addMilestone,
            MarkMilestoneReached markReached,
            AddIndicator addIndicator,
            RecordMeasure recordMeasure,
            ApplyForFunding funding) {
        this.createCycle = createCycle;
        this.importTable = importTable;
        this.programming = programming;
        this.link = link;
        this.answer = answer;
        this.jdbc = jdbc;
        this.save = save;
        this.linkProposal = linkProposal;
        this.linkObjective = linkObjective;
        this.addActivity = addActivity;
        this.addBudgetLine = addBudgetLine;
        this.addMilestone = addMilestone;
        this.markReached = markReached;
        this.addIndicator = addIndicator;
        this.recordMeasure = recordMeasure;
        this.funding = funding;
    }

    /** The bridge figures' intervention, once loaded (null when the demo has none): translated for Prato. */
    private Long bridgeIntervention;

    Long bridgeIntervention() {
        return bridgeIntervention;
    }

    void load(long prato) {
        long cycle = createCycle.handle(
                "DUP 2022/2024",
                "Documento Unico di Programmazione 2022/2024, sezione operativa: obiettivi gestionali degli organismi partecipati.");
        byte[] table;
        try {
            table = new ClassPathResource("demo/dup-prato-2022-2024.txt").getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var preview = importTable.preview(cycle, "Nota di aggiornamento al DUP 2022/2024", "dup-2022-2024.txt", table);
        importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(preview));

        Long garden = proposal(prato, "Un giardino attrezzato per i bambini del Macrolotto 0");
        Long animators = proposal(prato, "Animatori di comunità formati con il Fondo sociale europeo");
        Long shops = proposal(prato, "Tavolo permanente tra commercianti italiani e stranieri del centro storico");
        long greenAction = node(cycle, "Supporto alla elaborazione del progetto di realizzazione di nuove aree verdi%");
        long training = node(cycle, "Organizzazione specifici percorsi formativi");
        long centre = node(cycle, "Il centro storico di Prato: valorizzare il cuore della città%");
        LocalDate act = LocalDate.now(TimeConfiguration.ROME).minusDays(20);
        if (garden != null) {
            link.link(
                    garden,
                    greenAction,
                    "Il giardino entra nel progetto delle nuove aree verdi attrezzate del Macrolotto.");
            answer.handle(
                    garden,
                    new AnswerForm(
                            ProposalState.ACCEPTED,
                            "",
                            null,
                            "Delibera di Giunta",
                            "312",
                            act,
                            "https://www.comune.prato.it/"));
        }
        if (animators != null) {
            link.link(animators, training, "Formazione degli animatori di comunità con il Polo universitario.");
            // the evaluator's answer (demo loader) now carries the Giunta's act: a second answer, in the history
            answer.handle(
                    animators,
                    new AnswerForm(
                            ProposalState.PARTLY_ACCEPTED,
                            "Si avvia una prima formazione per dieci animatori; l'estensione dipende dal finanziamento regionale.",
                            null,
                            "Delibera di Giunta",
                            "312",
                            act,
                            null));
        }
        if (shops != null) {
            link.link(shops, centre, null);
            answer.handle(
                    shops,
                    new AnswerForm(
                            ProposalState.ALREADY_PLANNED,
                            "Il tavolo con i commercianti del centro storico è già previsto dall'obiettivo operativo sul centro storico.",
                            null,
                            "Delibera di Giunta",
                            "312",
                            act,
                            null));
        }
        Long infoPoints = proposal(prato, "Punti informativi nei quartieri per chi è appena arrivato");
        if (infoPoints != null) {
            // under evaluation in the demo loader: the same act answers it, before an intervention carries it out
            answer.handle(
                    infoPoints,
                    new AnswerForm(
                            ProposalState.ACCEPTED,
                            "Tre punti informativi fissi, nei quartieri indicati dalle associazioni, dentro il progetto degli "
                                    + "animatori di comunità.",
                            null,
                            "Delibera di Giunta",
                            "312",
                            act,
                            null));
        }
        if (animators != null) {
            intervention(animators, infoPoints, training, act);
        }
    }

    /** Seed 001's project sheet, funded by a European Social Fund call and under way. */
    private void intervention(long animators, Long infoPoints, long training, LocalDate act) {
        LocalDate today = act.plusDays(20);
        var sheet = new InterventionForm(
                "Animare e promuovere la partecipazione attiva di cittadini migranti e associazioni alla vita pubblica locale",
                "Nuove modalità di collegamento tra le istituzioni e le comunità straniere: figure \"ponte\" per "
                        + "l'informazione e l'orientamento dei migranti appena arrivati, una sperimentazione nelle zone a "
                        + "maggiore presenza di popolazione straniera e azioni di sensibilizzazione con l'associazionismo.",
                "Promuovere la partecipazione dei cittadini stranieri e delle associazioni.\n\nSviluppare le reti di "
                        + "prossimità nei quartieri.\n\nFormare animatori di comunità capaci di collegare quartieri, "
                        + "cittadini stranieri, associazioni e Amministrazione.",
                "Ufficio Politiche per l'integrazione",
                "Associazioni di migranti e italiane; Pin – Polo universitario di Prato",
                InterventionStatus.DESIGNED,
                List.of());
        long id = save.create(sheet);
        bridgeIntervention = id;
        linkProposal.handle(id, new InterventionProposalForm(animators));
        if (infoPoints != null) {
            linkProposal.handle(id, new InterventionProposalForm(infoPoints));
        }
        linkObjective.handle(id, new InterventionObjectiveForm(training));
        addActivity.handle(
                id,
                new ActivityForm(
                        "Formazione degli animatori di comunità (modello ASCI e FACE)",
                        today.minusDays(30),
                        today.plusDays(60)));
        addActivity.handle(
                id,
                new ActivityForm(
                        "Analisi e valutazione delle progettualità del territorio",
                        today.minusDays(30),
                        today.plusDays(10)));
        addActivity.handle(
                id,
                new ActivityForm(
                        "Tre o quattro punti informativi fissi nei quartieri, gestiti dalle associazioni",
                        today.plusDays(60),
                        today.plusDays(240)));
        addBudgetLine.handle(
                id, new BudgetLineForm("Formazione degli animatori", "Fondo sociale europeo (POR FSE)", "48000,00"));
        addBudgetLine.handle(
                id,
                new BudgetLineForm("Punti informativi nei quartieri", "Fondo sociale europeo (POR FSE)", "22000,00"));
        addBudgetLine.handle(id, new BudgetLineForm("Coordinamento e comunicazione", "Bilancio comunale", "15000,00"));
        long call = funding.createCall(
                "POR FSE – Asse B Inclusione sociale e lotta alla povertà",
                "Regione Toscana",
                today.minusDays(45),
                new BigDecimal("2000000.00"),
                new BigDecimal("80000.00"),
                "Progetti di inclusione attiva promossi da enti locali, con partenariato del terzo settore.",
                null);
        funding.apply(id, call, new BigDecimal("70000.00"), today.minusDays(50));
        funding.recordOutcome(
                id, call, true, new BigDecimal("70000.00"), "Graduatoria regionale: progetto finanziato per intero.");
        long courseStarts = addMilestone.handle(
                id, new MilestoneForm("Avvio del corso per animatori di comunità", today.minusDays(30)));
        markReached.handle(id, courseStarts, today.minusDays(28));
        addMilestone.handle(id, new MilestoneForm("Dieci animatori formati", today.plusDays(60)));
        addMilestone.handle(id, new MilestoneForm("Apertura dei punti informativi", today.plusDays(90)));
        long trained =
                addIndicator.handle(id, new IndicatorForm("Animatori di comunità formati", "persone", "0", "10"));
        recordMeasure.handle(id, trained, new MeasureForm(today.minusDays(20), "4"));
        recordMeasure.handle(id, trained, new MeasureForm(today.minusDays(2), "7"));
        save.update(
                id,
                new InterventionForm(
                        sheet.title(),
                        sheet.summary(),
                        sheet.objectives(),
                        sheet.responsibleOffice(),
                        sheet.partners(),
                        InterventionStatus.IN_PROGRESS,
                        List.of()));
    }

    /** A proposal of the process by its title, read in the proposals module's published summary. */
    private Long proposal(long process, String title) {
        return jdbc.sql("select id from proposal_summary where process_id = :p and title = :t")
                .param("p", process)
                .param("t", title)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private long node(long cycle, String titleLike) {
        return programming
                .objectiveLike(cycle, titleLike)
                .orElseThrow(() -> new IllegalStateException("no objective like " + titleLike + " in the demo table"));
    }
}
