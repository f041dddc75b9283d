package org.percorsi.demo;

import java.time.LocalDate;
import org.percorsi.regional.CostCategory;
import org.percorsi.regional.RegionalApi;
import org.percorsi.regional.usecases.AddCost;
import org.percorsi.regional.usecases.AssessCriterion;
import org.percorsi.regional.usecases.ChecklistForm;
import org.percorsi.regional.usecases.CostForm;
import org.percorsi.regional.usecases.CreateDossier;
import org.percorsi.regional.usecases.DossierForm;
import org.percorsi.regional.usecases.EditDossier;
import org.percorsi.regional.usecases.FormalStartForm;
import org.percorsi.regional.usecases.RecordCommittee;
import org.percorsi.regional.usecases.RecordFormalStart;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.stereotype.Component;

/**
 * The regional dossiers of the demo, written through the regional module's use cases: Imola's strategic plan as a
 * process of the Emilia-Romagna 2019 call (seed 003: formal start with the negotiation table's first meeting on
 * 15 January 2020, the call's deadline; ten months, so it ends on 14 November 2020), and the neighbourhood labs as
 * one of the Bando Partecipazione 2022 (seed 004: started with the table's public assembly in March 2023). Act
 * numbers, amounts and the dates of the final report and of the ente's act are the demo's own. Each has its quality
 * checklist complete (every criterion of the call judged, with a note that names no one), a guarantee committee,
 * and its final report sent to the region, so that the report is public on the process's page.
 */
@Component
class DemoRegionalDossiers {

    private final RegionalApi regional;
    private final CreateDossier create;
    private final EditDossier edit;
    private final RecordFormalStart start;
    private final AddCost cost;
    private final AssessCriterion assess;
    private final RecordCommittee committee;
    private final PublicLinks links;

    DemoRegionalDossiers(
            RegionalApi regional,
            CreateDossier create,
            EditDossier edit,
            RecordFormalStart start,
            AddCost cost,
            AssessCriterion assess,
            RecordCommittee committee,
            PublicLinks links) {
        this.regional = regional;
        this.create = create;
        this.edit = edit;
        this.start = start;
        this.cost = cost;
        this.assess = assess;
        this.committee = committee;
        this.links = links;
    }

    void load(long imola, long labs) {
        imola(imola);
        labs(labs);
    }

    private void imola(long process) {
        long call = callId("er-lr15-2019");
        create.handle(
                process,
                new DossierForm(
                        call,
                        "ENTI",
                        "Unione dei Comuni del Nuovo Circondario Imolese",
                        "Delibera di Giunta dell'Unione n. 101/2019",
                        LocalDate.of(2019, 9, 19),
                        "Responsabile dell'Ufficio di Piano (demo)",
                        "Tecnico di garanzia regionale (demo)",
                        "Delibera di Giunta dell'Unione n. 3/2020",
                        LocalDate.of(2020, 1, 9),
                        "12000",
                        "12000",
                        null,
                        null));
        start.handle(
                process,
                new FormalStartForm(
                        "Primo incontro del Tavolo di Negoziazione",
                        LocalDate.of(2020, 1, 15),
                        LocalDate.of(2020, 1, 16),
                        links.to("/processes/piano-strategico-unione")));
        cost(
                process,
                CostCategory.DESIGN,
                "Progettazione del percorso e analisi di contesto",
                "3000",
                "2000",
                "1000",
                "");
        cost(process, CostCategory.FACILITATION, "Due world café e il town meeting", "9000", "7000", "2000", "");
        cost(
                process,
                CostCategory.COMMUNICATION,
                "Ufficio stampa, immagine coordinata e materiali",
                "4000",
                "3000",
                "1000",
                "");
        cost(process, CostCategory.TRAINING, "Formazione interna dei dirigenti", "1000", "", "1000", "");
        done(process, call, "ENTI", LocalDate.of(2020, 12, 10), LocalDate.of(2021, 1, 28));
        assessed(
                process,
                "SOCIAL_REACH",
                "MET",
                "Due world café distinti, per il mondo economico e per associazioni e volontariato, e un town meeting "
                        + "aperto ai cittadini; presenze registrate per genere ed età in ogni incontro.");
        assessed(
                process,
                "LATER_ACTORS",
                "MET",
                "Un’organizzazione di volontari ha chiesto per PEC di aderire al Tavolo dopo la prima seduta ed è "
                        + "entrata per le sedute successive.");
        assessed(
                process,
                "EARLY_TABLE",
                "MET",
                "Il Tavolo di Negoziazione si è riunito il 15 gennaio 2020, giorno dell’avvio formale.");
        assessed(
                process,
                "DISAGREEMENT",
                "MET",
                "Tavoli facilitati nei world café con sintesi in plenaria; le posizioni divergenti sono riportate negli "
                        + "esiti del town meeting.");
        assessed(
                process,
                "PUBLIC_DOCS",
                "PARTLY",
                "La pagina del percorso è pubblica dall’avvio con fasi, incontri ed esiti; il piano di comunicazione è "
                        + "pubblico, i materiali interni ai Comuni no.");
        committee.handle(process, "YES");
    }

    private void labs(long process) {
        long call = callId("er-lr15-2022");
        create.handle(
                process,
                new DossierForm(
                        call,
                        "ENTI",
                        "Comune di Percorsi (demo)",
                        "Delibera di Giunta n. 180/2022",
                        LocalDate.of(2022, 9, 27),
                        "Responsabile dell'Ufficio Partecipazione (demo)",
                        "Tecnico di garanzia regionale (demo)",
                        "Delibera di Giunta n. 35/2023",
                        LocalDate.of(2023, 3, 7),
                        "15000",
                        "14000",
                        null,
                        null));
        start.handle(
                process,
                new FormalStartForm(
                        "Assemblea pubblica del Tavolo di Negoziazione",
                        LocalDate.of(2023, 3, 16),
                        LocalDate.of(2023, 3, 17),
                        links.to("/processes/laboratori-di-quartiere")));
        cost(process, CostCategory.DESIGN, "Progettazione del modello dei laboratori", "2500", "2000", "500", "");
        cost(
                process,
                CostCategory.FACILITATION,
                "Facilitazione dei sette laboratori e del workshop finale",
                "11000",
                "9000",
                "2000",
                "");
        cost(process, CostCategory.COMMUNICATION, "Sito, inviti e materiali nei quartieri", "3500", "2500", "1000", "");
        cost(process, CostCategory.TRAINING, "Formazione dei referenti di quartiere", "1500", "500", "1000", "");
        cost(
                process,
                CostCategory.OTHER,
                "Sale dei quartieri messe a disposizione da una fondazione",
                "500",
                "",
                "",
                "500");
        done(process, call, "ENTI", LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 28));
        assessed(
                process,
                "SOCIAL_REACH",
                "MET",
                "Sette laboratori, uno per quartiere, nelle sale dei quartieri; inviti nelle scuole e nei negozi e "
                        + "presenze registrate per genere ed età.");
        assessed(
                process,
                "LATER_ACTORS",
                "MET",
                "Un’associazione che ha chiesto di aderire dal modulo pubblico dopo l’assemblea è entrata nel Tavolo "
                        + "e ha portato la sua esperienza al laboratorio del suo quartiere.");
        assessed(
                process,
                "EARLY_TABLE",
                "MET",
                "Assemblea pubblica del Tavolo di Negoziazione il 16 marzo 2023, all’avvio formale, con attori e "
                        + "referenti per ogni quartiere.");
        assessed(
                process,
                "DISAGREEMENT",
                "MET",
                "Esigenze prioritarie scelte in ogni laboratorio con un metodo condiviso; il workshop finale cittadino "
                        + "ha confrontato le proposte dei quartieri.");
        assessed(
                process,
                "PUBLIC_DOCS",
                "MET",
                "Il modello condiviso dei Laboratori è pubblicato sulla pagina del percorso, con la consultazione e "
                        + "l’approvazione della Giunta.");
        committee.handle(process, "YES");
    }

    /** The manager's judgement on one of the call's quality criteria, with its note. */
    private void assessed(long process, String criterion, String state, String note) {
        assess.handle(process, new ChecklistForm(criterion, state, note));
    }

    private void cost(
            long process,
            CostCategory category,
            String what,
            String amount,
            String regional,
            String own,
            String other) {
        cost.handle(process, new CostForm(category, what, amount, regional, own, other));
    }

    /** The final report sent and the ente's act adopted: the dossier's other details as they were. */
    private void done(long process, long call, String line, LocalDate reportSent, LocalDate enteAct) {
        var d = regional.dossier(process).orElseThrow();
        edit.handle(
                process,
                new DossierForm(
                        call,
                        line,
                        d.ente(),
                        d.adhesionActNumber(),
                        d.adhesionActDate(),
                        d.responsibleName(),
                        d.guarantorName(),
                        d.suspensionActNumber(),
                        d.suspensionActDate(),
                        d.contributionRequested().toPlainString(),
                        d.contributionGranted().toPlainString(),
                        reportSent,
                        enteAct));
    }

    private long callId(String code) {
        return regional.calls().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
