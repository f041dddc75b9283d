package org.percorsi.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.percorsi.accounts.usecases.InvitedAccountForm;
import org.percorsi.accounts.usecases.RegisterInvitedAccount;
import org.percorsi.demo.DemoStakeholders.Organisation;
import org.percorsi.stakeholders.DecisionOutcome;
import org.percorsi.stakeholders.OrganisationKind;
import org.percorsi.stakeholders.TableChannel;
import org.percorsi.stakeholders.usecases.AcceptForm;
import org.percorsi.stakeholders.usecases.AcceptMember;
import org.percorsi.stakeholders.usecases.AddMember;
import org.percorsi.stakeholders.usecases.AddMemberForm;
import org.percorsi.stakeholders.usecases.ApproveMinutes;
import org.percorsi.stakeholders.usecases.AskToJoinTable;
import org.percorsi.stakeholders.usecases.AttendanceForm;
import org.percorsi.stakeholders.usecases.DecisionForm;
import org.percorsi.stakeholders.usecases.JoinForm;
import org.percorsi.stakeholders.usecases.MinutesApprovalForm;
import org.percorsi.stakeholders.usecases.MinutesForm;
import org.percorsi.stakeholders.usecases.NameReferent;
import org.percorsi.stakeholders.usecases.RecordAttendance;
import org.percorsi.stakeholders.usecases.RecordDecision;
import org.percorsi.stakeholders.usecases.ReferentForm;
import org.percorsi.stakeholders.usecases.ScheduleSession;
import org.percorsi.stakeholders.usecases.SessionForm;
import org.percorsi.stakeholders.usecases.WriteMinutes;
import org.springframework.stereotype.Component;

/**
 * The demo's negotiation tables, through the stakeholders' use cases: the neighbourhood labs' table (members
 * accepted at its public assembly of March 2023, a referent for each of the seven neighbourhoods, the assembly
 * as session 1 with attendance, decisions and minutes approved by session 2, and an association that asked on
 * the public form and joined later) and Imola's table with its first session of 15 January 2020.
 */
@Component
class DemoNegotiationTables {

    static final LocalDate LABS_ASSEMBLY = LocalDate.of(2023, 3, 16);
    static final LocalDate IMOLA_FIRST_SESSION = LocalDate.of(2020, 1, 15);
    static final String ELENA = "elena.demo@percorsi.local";
    static final String LATER_JOINER = "Orti condivisi del Quartiere Est";

    private final RegisterInvitedAccount accounts;
    private final AddMember addMember;
    private final AskToJoinTable askToJoin;
    private final AcceptMember accept;
    private final NameReferent nameReferent;
    private final ScheduleSession schedule;
    private final RecordAttendance attendance;
    private final RecordDecision decide;
    private final WriteMinutes minutes;
    private final ApproveMinutes approve;

    DemoNegotiationTables(
            RegisterInvitedAccount accounts,
            AddMember addMember,
            AskToJoinTable askToJoin,
            AcceptMember accept,
            NameReferent nameReferent,
            ScheduleSession schedule,
            RecordAttendance attendance,
            RecordDecision decide,
            WriteMinutes minutes,
            ApproveMinutes approve) {
        this.accounts = accounts;
        this.addMember = addMember;
        this.askToJoin = askToJoin;
        this.accept = accept;
        this.nameReferent = nameReferent;
        this.schedule = schedule;
        this.attendance = attendance;
        this.decide = decide;
        this.minutes = minutes;
        this.approve = approve;
    }

    /**
     * {@code organisations} and {@code neighbourhoods} go together: the organisation of each neighbourhood names
     * its main representative as the neighbourhood's referent. Runs while the process is published (the public
     * join form is open only then).
     */
    void neighbourhoodLabs(long labs, List<Organisation> organisations, List<Long> neighbourhoods) {
        for (Organisation organisation : organisations) {
            addMember.handle(labs, new AddMemberForm(organisation.id(), TableChannel.MEETING, LABS_ASSEMBLY));
        }
        Organisation nord = organisations.get(0);
        Organisation sud = organisations.get(1);
        Organisation est = organisations.get(2);
        Organisation ovest = organisations.get(3);
        Organisation centro = organisations.get(4);
        Organisation collina = organisations.get(5);
        Organisation fiume = organisations.get(6);

        int assembly = schedule.handle(
                labs, new SessionForm("Assemblea pubblica del Tavolo di Negoziazione", LABS_ASSEMBLY, null, """
                        Modalità, spazi e tempi del percorso
                        Attori e referenti per ciascuno dei sette quartieri
                        Criteri per il workshop finale cittadino"""));
        Map<Long, String> present = new HashMap<>();
        present.put(nord.id(), "PRESENT:" + nord.main());
        present.put(sud.id(), "PRESENT");
        present.put(est.id(), "PRESENT:" + est.main());
        present.put(ovest.id(), "SUBSTITUTE:" + ovest.substitute());
        present.put(centro.id(), "PRESENT:" + centro.main());
        present.put(collina.id(), "ABSENT");
        present.put(fiume.id(), "PRESENT:" + fiume.main());
        attendance.handle(labs, assembly, new AttendanceForm(present));
        decision(
                labs,
                assembly,
                "Approvato il calendario del percorso: laboratori aperti nei sette quartieri pilota da aprile a giugno "
                        + "2023, workshop finale cittadino a fine giugno, modello condiviso presentato entro ottobre.",
                DecisionOutcome.APPROVED,
                6,
                0,
                0);
        decision(
                labs,
                assembly,
                "Individuati i referenti dei sette quartieri: per ciascun quartiere un'organizzazione del Tavolo "
                        + "promuove la partecipazione e tiene i contatti con l'Ufficio Partecipazione.",
                DecisionOutcome.APPROVED,
                null,
                null,
                null);
        decision(
                labs,
                assembly,
                "Criteri per il workshop finale: ogni laboratorio porta al massimo tre esigenze prioritarie e le idee "
                        + "progettuali che ne sono nate; la sintesi cittadina la cura il Tavolo con l'Ufficio.",
                DecisionOutcome.APPROVED,
                5,
                0,
                1);
        decision(
                labs,
                assembly,
                "Apertura serale dei centri civici per i laboratori: rinviata alla seduta successiva, in attesa della "
                        + "verifica degli orari del personale.",
                DecisionOutcome.POSTPONED,
                null,
                null,
                null);
        minutes.handle(
                labs,
                assembly,
                new MinutesForm(
                        "<p>L'assemblea si apre con la presentazione del percorso da parte dell'Ufficio Partecipazione. "
                                + "Sei organizzazioni su sette sono presenti.</p><p>Il Tavolo approva il calendario, "
                                + "indica un'organizzazione referente per ciascun quartiere e fissa i criteri del "
                                + "workshop finale. L'apertura serale dei centri civici è rinviata.</p>"));

        for (int i = 0; i < neighbourhoods.size(); i++) {
            nameReferent.handle(
                    labs,
                    new ReferentForm(
                            neighbourhoods.get(i), null, organisations.get(i).main()));
        }

        int review = schedule.handle(
                labs, new SessionForm("Restituzione dei laboratori pilota", LocalDate.of(2023, 7, 6), null, """
                        Approvazione del verbale dell'assemblea pubblica
                        Esiti dei sette laboratori e del workshop finale
                        Avvio del modello condiviso dei Laboratori di quartiere"""));
        Map<Long, String> second = new HashMap<>();
        organisations.forEach(o -> second.put(o.id(), "PRESENT"));
        second.put(collina.id(), "PRESENT:" + collina.main());
        second.put(centro.id(), "ABSENT");
        attendance.handle(labs, review, new AttendanceForm(second));
        approve.handle(labs, review, new MinutesApprovalForm(assembly));
        decision(
                labs,
                review,
                "Il modello condiviso dei Laboratori di quartiere parte dalle schede dei sette laboratori pilota; "
                        + "i centri civici restano aperti una sera a settimana per i laboratori.",
                DecisionOutcome.APPROVED,
                null,
                null,
                null);
        minutes.handle(
                labs,
                review,
                new MinutesForm(
                        "<p>Bozza: il Tavolo approva il verbale dell'assemblea e avvia il modello condiviso.</p>"));

        // an association that asks on the public form, after the assembly: accepted, it is a later joiner
        accounts.handle(ELENA, new InvitedAccountForm("Elena B.", "demo " + UUID.randomUUID(), true));
        long request = DemoDataLoader.as(
                ELENA,
                () -> askToJoin.handle(
                        labs,
                        new JoinForm(
                                LATER_JOINER,
                                OrganisationKind.ASSOCIATION,
                                null,
                                null,
                                null,
                                "Orti urbani curati dai residenti nel parco del quartiere Est.",
                                "Vorremmo portare al laboratorio del quartiere Est l'esperienza degli orti condivisi.",
                                "Elena Bassi",
                                "MAIN",
                                true)));
        accept.handle(labs, new AcceptForm(request, null));
    }

    /** Imola's table: constituted at its first session of 15 January 2020, whose agenda is the seed's three goals. */
    void imola(long imola, List<Organisation> organisations) {
        List<Organisation> founders = organisations.subList(0, organisations.size() - 1);
        for (Organisation organisation : founders) {
            addMember.handle(imola, new AddMemberForm(organisation.id(), TableChannel.MEETING, IMOLA_FIRST_SESSION));
        }
        int first = schedule.handle(
                imola, new SessionForm("Primo incontro del Tavolo di Negoziazione", IMOLA_FIRST_SESSION, null, """
                        Condivisione del percorso
                        Adesione al Tavolo di Negoziazione
                        Sostegno alla promozione delle attività"""));
        Map<Long, String> present = new HashMap<>();
        for (int i = 0; i < founders.size(); i++) {
            Organisation organisation = founders.get(i);
            present.put(organisation.id(), i == founders.size() - 1 ? "ABSENT" : "PRESENT:" + organisation.main());
        }
        attendance.handle(imola, first, new AttendanceForm(present));
        decision(
                imola,
                first,
                "Il Tavolo di Negoziazione è costituito e resta aperto alle organizzazioni che aderiranno nelle fasi "
                        + "successive; ogni aderente promuove il world café e il town meeting nei propri canali.",
                DecisionOutcome.APPROVED,
                null,
                null,
                null);
        minutes.handle(
                imola,
                first,
                new MinutesForm("<p>Presentato il percorso per il piano strategico dell'Unione; raccolte le "
                        + "adesioni al Tavolo e le disponibilità a promuovere le attività.</p>"));
        // volunteers who joined by certified mail after the first session: a later joiner
        Organisation later = organisations.getLast();
        addMember.handle(imola, new AddMemberForm(later.id(), TableChannel.CERTIFIED_MAIL, LocalDate.of(2020, 2, 3)));
    }

    private void decision(
            long process,
            int session,
            String text,
            DecisionOutcome outcome,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstentions) {
        decide.handle(process, session, new DecisionForm(text, outcome, votesFor, votesAgainst, abstentions));
    }
}
