package org.percorsi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;
import org.percorsi.programming.InterventionStatus;
import org.percorsi.programming.ProgrammingApi;
import org.percorsi.programming.usecases.ApplyForFunding;
import org.percorsi.programming.usecases.InterventionForm;
import org.percorsi.programming.usecases.PlanIntervention;
import org.percorsi.programming.usecases.SaveIntervention;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.ConfirmImportForm;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.programming.usecases.LinkProposal;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo municipality's programming: Prato's DUP 2022/2024 table (seed 002, the
 * objectives of the companies and foundations the city owns) imported as a user
 * would, some Prato proposals linked to its actions and answered with an
 * act, so that the public pages show the whole trace.
 */
@Component
class DemoProgramming {

    private final CreateCycle createCycle;
    private final ImportDupTable importTable;
    private final ProgrammingApi programming;
    private final LinkProposal link;
    private final AnswerProposal answer;
    private final JdbcClient jdbc;
    private final SaveIntervention saveIntervention;
    private final PlanIntervention plan;
    private final ApplyForFunding funding;

    DemoProgramming(CreateCycle createCycle, ImportDupTable importTable, ProgrammingApi programming, LinkProposal link,
            AnswerProposal answer, JdbcClient jdbc, SaveIntervention saveIntervention, PlanIntervention plan,
            ApplyForFunding funding) {
        this.programming = programming;
        this.saveIntervention = saveIntervention;
        this.plan = plan;
        this.funding = funding;
        this.createCycle = createCycle;
        this.importTable = importTable;
        this.link = link;
        this.answer = answer;
        this.jdbc = jdbc;
    }

    void load(long prato) {
        long cycle = createCycle.handle("DUP 2022/2024",
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
        LocalDate act = LocalDate.now(org.percorsi.shared.time.TimeConfiguration.ROME).minusDays(20);
        if (garden != null) {
            link.link(garden, greenAction, "Il giardino entra nel progetto delle nuove aree verdi attrezzate del Macrolotto.");
            answer.handle(garden, new AnswerForm(ProposalState.ACCEPTED, "", null, "Delibera di Giunta", "312", act,
                    "https://www.comune.prato.it/"));
        }
        if (animators != null) {
            link.link(animators, training, "Formazione degli animatori di comunità con il Polo universitario.");
            // the evaluator's answer (demo loader) now carries the Giunta's act: a second answer, in the history
            answer.handle(animators, new AnswerForm(ProposalState.PARTLY_ACCEPTED,
                    "Si avvia una prima formazione per dieci animatori; l'estensione dipende dal finanziamento regionale.",
                    null, "Delibera di Giunta", "312", act, null));
        }
        if (shops != null) {
            link.link(shops, centre, null);
            answer.handle(shops, new AnswerForm(ProposalState.ALREADY_PLANNED,
                    "Il tavolo con i commercianti del centro storico è già previsto dall'obiettivo operativo sul centro storico.",
                    null, "Delibera di Giunta", "312", act, null));
        }
        Long infoPoints = proposal(prato, "Punti informativi nei quartieri per chi è appena arrivato");
        if (infoPoints != null) {
            // under evaluation in the demo loader: the same act answers it, before an intervention carries it out
            answer.handle(infoPoints, new AnswerForm(ProposalState.ACCEPTED,
                    "Tre punti informativi fissi, nei quartieri indicati dalle associazioni, dentro il progetto degli "
                            + "animatori di comunità.", null, "Delibera di Giunta", "312", act, null));
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
                "Ufficio Politiche per l'integrazione", "Associazioni di migranti e italiane; Pin – Polo universitario di Prato",
                InterventionStatus.DESIGNED, List.of());
        long id = saveIntervention.create(sheet);
        plan.linkProposal(id, animators);
        if (infoPoints != null) {
            plan.linkProposal(id, infoPoints);
        }
        plan.linkNode(id, training);
        plan.addActivity(id, "Formazione degli animatori di comunità (modello ASCI e FACE)", today.minusDays(30), today.plusDays(60));
        plan.addActivity(id, "Analisi e valutazione delle progettualità del territorio", today.minusDays(30), today.plusDays(10));
        plan.addActivity(id, "Tre o quattro punti informativi fissi nei quartieri, gestiti dalle associazioni", today.plusDays(60), today.plusDays(240));
        plan.addBudgetLine(id, "Formazione degli animatori", "Fondo sociale europeo (POR FSE)", new BigDecimal("48000.00"));
        plan.addBudgetLine(id, "Punti informativi nei quartieri", "Fondo sociale europeo (POR FSE)", new BigDecimal("22000.00"));
        plan.addBudgetLine(id, "Coordinamento e comunicazione", "Bilancio comunale", new BigDecimal("15000.00"));
        long call = funding.createCall("POR FSE – Asse B Inclusione sociale e lotta alla povertà", "Regione Toscana",
                today.minusDays(45), new BigDecimal("2000000.00"), new BigDecimal("80000.00"),
                "Progetti di inclusione attiva promossi da enti locali, con partenariato del terzo settore.", null);
        funding.apply(id, call, new BigDecimal("70000.00"), today.minusDays(50));
        funding.recordOutcome(id, call, true, new BigDecimal("70000.00"), "Graduatoria regionale: progetto finanziato per intero.");
        long training1 = plan.addMilestone(id, "Avvio del corso per animatori di comunità", today.minusDays(30));
        plan.reachMilestone(id, training1, today.minusDays(28));
        plan.addMilestone(id, "Dieci animatori formati", today.plusDays(60));
        plan.addMilestone(id, "Apertura dei punti informativi", today.plusDays(90));
        long trained = plan.addIndicator(id, "Animatori di comunità formati", "persone", BigDecimal.ZERO, BigDecimal.TEN);
        plan.measure(id, trained, today.minusDays(20), new BigDecimal("4"));
        plan.measure(id, trained, today.minusDays(2), new BigDecimal("7"));
        saveIntervention.update(id, new InterventionForm(sheet.title(), sheet.summary(), sheet.objectives(),
                sheet.responsibleOffice(), sheet.partners(), InterventionStatus.IN_PROGRESS, List.of()));
    }

    /** A proposal of the process by its title, read in the proposals module's published summary. */
    private Long proposal(long process, String title) {
        return jdbc.sql("select id from proposal_summary where process_id = :p and title = :t").param("p", process)
                .param("t", title).query(Long.class).optional().orElse(null);
    }

    private long node(long cycle, String titleLike) {
        return programming.objectiveLike(cycle, titleLike)
                .orElseThrow(() -> new IllegalStateException("no objective like " + titleLike + " in the demo table"));
    }
}
