package org.percorsi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.percorsi.accounts.usecases.InvitedAccountForm;
import org.percorsi.accounts.usecases.RegisterInvitedAccount;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.organisation.ScopeKind;
import org.percorsi.organisation.usecases.AxisForm;
import org.percorsi.organisation.usecases.IpaCodeForm;
import org.percorsi.organisation.usecases.OrganisationForm;
import org.percorsi.organisation.usecases.SaveAxis;
import org.percorsi.organisation.usecases.SaveScope;
import org.percorsi.organisation.usecases.SaveTheme;
import org.percorsi.organisation.usecases.ScopeForm;
import org.percorsi.organisation.usecases.ThemeForm;
import org.percorsi.organisation.usecases.UpdateIpaCode;
import org.percorsi.organisation.usecases.UpdateOrganisation;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.ConcludeProcess;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.time.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo municipality once: its themes and neighbourhoods, three
 * processes with their phases, and needs, ideas and proposals with supports,
 * comments and answers in the process under way, and the stakeholders ({@link DemoStakeholders}: the registry,
 * the negotiation tables, Prato's stakeholder map). Everything goes through the use cases, acting as
 * a system administrator, so the demo obeys the same rules as people do.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "percorsi.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    static final String MILESTONE = "demo-data";
    static final String GIULIA = "giulia.demo@percorsi.local";
    static final String AHMED = "ahmed.demo@percorsi.local";
    static final String LIN = "lin.demo@percorsi.local";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final UpdateOrganisation updateOrganisation;
    private final UpdateIpaCode updateIpaCode;
    private final SaveAxis saveAxis;
    private final SaveTheme saveTheme;
    private final SaveScope saveScope;
    private final CreateProcess createProcess;
    private final AddPhase addPhase;
    private final PublishProcess publish;
    private final ConcludeProcess conclude;
    private final RegisterInvitedAccount registerInvited;
    private final SubmitProposal submit;
    private final SupportProposal support;
    private final CommentOnProposal comments;
    private final AnswerProposal answer;
    private final DemoMeetings meetings;
    private final DemoProgramming programming;
    private final DemoDocuments documents;
    private final DemoStakeholders stakeholders;
    private final DemoRegionalDossiers regionalDossiers;
    private final DemoOutreach outreach;
    private final RegisterForMeeting registrations;
    private final DemoTranslations translations;

    DemoDataLoader(
            DemoMeetings meetings,
            DemoProgramming programming,
            DemoDocuments documents,
            DemoStakeholders stakeholders,
            DemoRegionalDossiers regionalDossiers,
            DemoOutreach outreach,
            RegisterForMeeting registrations,
            DemoTranslations translations,
            JdbcClient jdbc,
            UpdateOrganisation updateOrganisation,
            SaveAxis saveAxis,
            SaveTheme saveTheme,
            SaveScope saveScope,
            CreateProcess createProcess,
            AddPhase addPhase,
            PublishProcess publish,
            ConcludeProcess conclude,
            RegisterInvitedAccount registerInvited,
            SubmitProposal submit,
            SupportProposal support,
            CommentOnProposal comments,
            AnswerProposal answer,
            UpdateIpaCode updateIpaCode) {
        this.updateIpaCode = updateIpaCode;
        this.meetings = meetings;
        this.programming = programming;
        this.documents = documents;
        this.stakeholders = stakeholders;
        this.regionalDossiers = regionalDossiers;
        this.outreach = outreach;
        this.registrations = registrations;
        this.translations = translations;
        this.registerInvited = registerInvited;
        this.submit = submit;
        this.support = support;
        this.comments = comments;
        this.answer = answer;
        this.jdbc = jdbc;
        this.updateOrganisation = updateOrganisation;
        this.saveAxis = saveAxis;
        this.saveTheme = saveTheme;
        this.saveScope = saveScope;
        this.createProcess = createProcess;
        this.addPhase = addPhase;
        this.publish = publish;
        this.conclude = conclude;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Claims the milestone first: a second node starting at the same time skips.
        int claimed = jdbc.sql("insert into platform_milestone (name) values (:name) on conflict do nothing")
                .param("name", MILESTONE)
                .update();
        if (claimed == 0) {
            return;
        }
        asSystemAdministrator(() -> {
            load();
            return null;
        });
        log.info("Demo data loaded (turn off with PERCORSI_DEMO_ENABLED=false)");
    }

    private void load() {
        updateOrganisation.handle(new OrganisationForm(
                "Comune di Percorsi (demo)",
                "Ufficio Partecipazione",
                "partecipazione@comune.example.it",
                "+39 0574 000000",
                "Piazza del Comune 1, 59100",
                "it",
                null,
                false));
        // an obviously fictitious IPA code: the open data catalogue's publisher of a demo
        updateIpaCode.handle(new IpaCodeForm("demo_percorsi"));

        long economy =
                saveAxis.handle(null, new AxisForm("Sviluppo economico", "Imprese, lavoro e commercio della città."));
        long urban = saveAxis.handle(
                null, new AxisForm("Politiche urbane", "Trasformazioni della città, spazi pubblici e mobilità."));
        long inclusion = saveAxis.handle(
                null, new AxisForm("Inclusione sociale", "Integrazione, welfare di comunità e partecipazione."));

        long productive = theme(economy, "Prospettive del sistema produttivo");
        long retail = theme(economy, "Rete commerciale del centro storico");
        long transformation = theme(urban, "Trasformazioni urbane: Macrolotto 0");
        long participation = theme(inclusion, "Strumenti di partecipazione attiva");
        long welfare = theme(inclusion, "Welfare locale e volontariato");
        long identity = theme(urban, "Identità territoriale, turismo e mobilità");
        long neighbourhoodLife = theme(inclusion, "Vita di quartiere");

        long city = saveScope.handle(null, new ScopeForm(null, "Territorio comunale", ScopeKind.MUNICIPALITY));
        long centre = saveScope.handle(null, new ScopeForm(city, "Centro storico", ScopeKind.DISTRICT));
        long macrolotto = saveScope.handle(null, new ScopeForm(city, "Macrolotto 0", ScopeKind.AREA));
        long union = saveScope.handle(null, new ScopeForm(null, "Territorio dell'Unione dei Comuni", ScopeKind.AREA));
        List<Long> labNeighbourhoods = List.of("Nord", "Sud", "Est", "Ovest", "Centro", "Collina", "Fiume").stream()
                .map(n -> saveScope.handle(null, new ScopeForm(city, "Quartiere " + n, ScopeKind.NEIGHBOURHOOD)))
                .toList();

        long prato = pratoIntegration(
                List.of(productive, retail, transformation, participation), List.of(city, centre, macrolotto));
        long imola = imolaStrategicPlan(List.of(productive, welfare, identity), List.of(union));
        long labs = neighbourhoodLabs(List.of(neighbourhoodLife, participation), labNeighbourhoods);
        var pratoMeetings = meetings.prato(
                prato,
                Map.of(
                        "productive",
                        productive,
                        "retail",
                        retail,
                        "transformation",
                        transformation,
                        "participation",
                        participation),
                centre,
                macrolotto);
        meetings.imola(imola, Map.of("productive", productive, "welfare", welfare, "identity", identity), union);
        meetings.neighbourhoodLabs(labs, labNeighbourhoods, neighbourhoodLife);
        proposals(prato, participation, centre, macrolotto, pratoMeetings.upcomingWorkshop());
        programming.load(prato);
        documents.prato(
                prato, new DemoDocuments.PratoThemes(productive, retail, transformation, participation), pratoMeetings);
        documents.neighbourhoodLabs(labs);
        var pratoThemes = new DemoDocuments.PratoThemes(productive, retail, transformation, participation);
        stakeholders.load(prato, imola, labs, pratoThemes, labNeighbourhoods, union);
        regionalDossiers.load(imola, labs);
        outreach.load(prato, imola, labs, centre, macrolotto);
        translations.load(prato, pratoMeetings.upcomingWorkshop(), programming.bridgeIntervention());
        // concluded last: the labs' table took a request on the public form, open while the process was published
        conclude.handle(labs);
    }

    /** Needs and ideas in the Prato process, from demo participants and from a workshop's paper sheets. */
    private void proposals(long prato, long participationTheme, long centre, long macrolotto, long upcomingWorkshop) {
        String giulia = participant(GIULIA, "Giulia R.");
        String ahmed = participant(AHMED, "Ahmed");
        String lin = participant(LIN, "Lin W.");
        long infoPoints = as(
                ahmed,
                () -> submit.handle(
                        prato,
                        new ProposalForm(
                                ProposalKind.NEED,
                                "Punti informativi nei quartieri per chi è appena arrivato",
                                "Chi arriva da poco non sa a quale ufficio rivolgersi. Servono punti fissi nei quartieri, gestiti "
                                        + "dalle associazioni, che orientino verso i servizi anche in altre lingue.",
                                participationTheme,
                                macrolotto,
                                "Associazione dei commercianti di via Pistoiese",
                                null,
                                null,
                                null,
                                null,
                                null)));
        long animators = as(
                giulia,
                () -> submit.handle(
                        prato,
                        new ProposalForm(
                                ProposalKind.IDEA,
                                "Animatori di comunità formati con il Fondo sociale europeo",
                                "Formare figure ponte tra istituzioni e comunità straniere, sul modello dei tecnici per lo sviluppo locale.",
                                participationTheme,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
        long shops = as(
                lin,
                () -> submit.handle(
                        prato,
                        new ProposalForm(
                                ProposalKind.PROPOSAL,
                                "Tavolo permanente tra commercianti italiani e stranieri del centro storico",
                                "Un incontro al mese per affrontare insieme orari, pulizia e sicurezza delle strade commerciali.",
                                null,
                                centre,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));
        asSystemAdministrator(() -> submit.handle(
                prato,
                new ProposalForm(
                        ProposalKind.NEED,
                        "Corsi di italiano serali per lavoratori",
                        "Dal cartellone del workshop: chi lavora di giorno non trova corsi di lingua la sera.",
                        participationTheme,
                        null,
                        null,
                        "Cartellone del workshop sulla partecipazione attiva",
                        null,
                        null,
                        null,
                        null)));
        for (String person : List.of(giulia, lin)) {
            as(person, () -> support.support(infoPoints));
        }
        as(ahmed, () -> support.support(animators));
        for (String person : List.of(ahmed, lin)) {
            as(
                    person,
                    () -> registrations.register(
                            upcomingWorkshop, Map.of("q0", person.equals(ahmed) ? "Sì, arabo" : "")));
        }
        as(giulia, () -> support.support(shops));
        as(
                giulia,
                () -> comments.comment(
                        infoPoints,
                        new CommentForm(
                                null,
                                CommentStance.FOR,
                                "Nel mio quartiere un punto così servirebbe anche agli anziani.")));
        as(
                lin,
                () -> comments.comment(
                        shops,
                        new CommentForm(
                                null,
                                CommentStance.NEUTRAL,
                                "Bene, ma serve un mediatore linguistico agli incontri.")));
        asSystemAdministrator(() -> {
            answer.handle(
                    animators,
                    AnswerForm.of(
                            ProposalState.PARTLY_ACCEPTED,
                            "La Giunta avvia una prima formazione per dieci animatori nei quartieri a maggiore presenza "
                                    + "di popolazione straniera; l'estensione dipende dal finanziamento regionale."));
            answer.handle(
                    infoPoints,
                    AnswerForm.of(
                            ProposalState.UNDER_EVALUATION,
                            "L'ufficio valuta con le associazioni tre o quattro punti fissi nel quartiere."));
            return null;
        });
    }

    private String participant(String email, String nickname) {
        registerInvited.handle(email, new InvitedAccountForm(nickname, "demo " + UUID.randomUUID(), true));
        return email;
    }

    /** Runs the work as the participant with this address, as if they were signed in. */
    static <T> T as(String email, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority("ROLE_PARTICIPANT"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private long theme(long axis, String name) {
        return saveTheme.handle(null, new ThemeForm(axis, name, null));
    }

    private long pratoIntegration(List<Long> themes, List<Long> scopes) {
        long id = createProcess.handle(new ProcessForm(
                "Interventi prioritari per le politiche di integrazione",
                "interventi-prioritari-integrazione",
                "Linee d'azione condivise sull'integrazione, realizzabili nel breve e medio periodo e sostenibili sul piano finanziario.",
                """
                Il percorso è stato voluto dal Sindaco e dalla Giunta per arrivare a linee di azione condivise sull'integrazione.
                Un istituto di ricerca accompagna l'amministrazione: prima con l'analisi del contesto, poi con workshop tematici
                con portatori di interesse ed esperti, infine con la condivisione pubblica dei risultati.

                I risultati attesi sono obiettivi da inserire nella programmazione del Comune, progetti abbastanza maturi da
                candidarsi a finanziamenti pubblici e un metodo riusabile su altri temi.""".replaceAll("(?<!\\n)\\n(?!\\n)", " "),
                "Nella seconda fase partecipano su invito attori del territorio, esperti e portatori di interesse di ciascun tema. "
                        + "Nella terza fase i documenti sono pubblici: tutti possono leggerli e intervenire all'incontro pubblico.",
                "Sindaco e Giunta",
                "IRIS – Istituto per le ricerche sociali",
                "Ufficio Politiche per l'integrazione",
                "Obiettivo: progetti pronti per accedere a finanziamenti pubblici (ad esempio il Fondo sociale europeo).",
                Visibility.PUBLIC,
                themes,
                scopes,
                null,
                null,
                false,
                null));
        // dated around the day the demo is loaded, so that its second phase is always under way
        LocalDate today = LocalDate.now(TimeConfiguration.ROME);
        phase(
                id,
                PhaseType.CONTEXT_ANALYSIS,
                "Analisi del contesto",
                today.minusDays(170),
                today.minusDays(70),
                "Studio dei fenomeni e aggiornamento dei dati; la Giunta discute il rapporto e sceglie tre assi di intervento "
                        + "(sviluppo economico, politiche urbane, inclusione sociale) e quattro temi di discussione.",
                "Rapporto conclusivo dell'analisi di contesto\nAssi di intervento e temi",
                "Analisi dei dati\nDiscussione in Giunta");
        phase(
                id,
                PhaseType.CUSTOM,
                "Workshop con attori territoriali, esperti e portatori di interesse",
                today.minusDays(69),
                today.plusDays(21),
                "Quattro workshop tematici: sistema produttivo (7 ottobre), rete commerciale del centro storico (20 ottobre), "
                        + "Macrolotto 0 (30 ottobre), strumenti di partecipazione attiva (novembre, data da definire).",
                "Un documento per tema con analisi e prime azioni cantierabili",
                "Workshop tematici\nSito ad accesso riservato");
        phase(
                id,
                PhaseType.SHARING,
                "Condivisione pubblica",
                today.plusDays(22),
                today.plusDays(95),
                "I quattro documenti diventano pubblici e si confrontano con il maggior numero possibile di interlocutori.",
                "Documento conclusivo con le azioni prioritarie",
                "Incontro pubblico\nSito ad accesso pubblico");
        publish.handle(id);
        return id;
    }

    private long imolaStrategicPlan(List<Long> themes, List<Long> scopes) {
        long id = createProcess.handle(new ProcessForm(
                "Piano strategico dell'Unione: percorso partecipativo",
                "piano-strategico-unione",
                "Un percorso inclusivo per orientare il piano strategico dell'Unione dei Comuni su crescita, welfare e identità del territorio.",
                """
                L'Unione ha deciso di dotarsi di un piano strategico costruito insieme alla comunità. Una parte del percorso
                è stata candidata al bando regionale sulla partecipazione (LR 15/2018), che chiede di avviare il percorso entro
                il 15 gennaio 2020, di concluderlo in dieci mesi e di riguardare decisioni non ancora prese.

                Gli obiettivi: sensibilizzare sull'identità del territorio, indagare il ruolo dell'Unione, esplorare le
                opportunità di sviluppo economico e di welfare, stimolare la cittadinanza attiva.""".replaceAll("(?<!\\n)\\n(?!\\n)", " "),
                "Il Tavolo di Negoziazione riunisce le organizzazioni del territorio. World café per il mondo economico e per "
                        + "le associazioni, un town meeting aperto ai cittadini e un evento finale di presentazione degli esiti.",
                "Giunta dell'Unione dei Comuni",
                "Tavolo di Negoziazione; società di facilitazione",
                "Ufficio di Piano dell'Unione",
                "Contributo regionale del bando partecipazione 2019 (LR 15/2018).",
                Visibility.PUBLIC,
                themes,
                scopes,
                null,
                null,
                false,
                null));
        phase(
                id,
                PhaseType.SHARING,
                "Condivisione",
                LocalDate.of(2020, 1, 15),
                LocalDate.of(2020, 3, 15),
                "Primo incontro del Tavolo di Negoziazione il 15 gennaio 2020: condividere il percorso, aderire al Tavolo, "
                        + "sostenere la promozione delle attività.",
                "Tavolo di Negoziazione costituito\nPiano di comunicazione",
                "Tavolo di Negoziazione\nUfficio stampa");
        phase(
                id,
                PhaseType.OPENING,
                "Apertura",
                LocalDate.of(2020, 3, 16),
                LocalDate.of(2020, 9, 15),
                "World café sullo sviluppo tra economia, sostenibilità, lavoro e welfare (associazioni di categoria, imprese, "
                        + "sindacati, ricerca); world café sull'evoluzione del welfare locale (associazioni e volontariato); "
                        + "town meeting su identità, turismo, mobilità, riqualificazione, accoglienza e sostenibilità.",
                "Indirizzi condivisi per la pianificazione strategica",
                "World café\nTown meeting");
        phase(
                id,
                PhaseType.FEEDBACK,
                "Restituzione",
                LocalDate.of(2020, 9, 16),
                LocalDate.of(2020, 11, 14),
                "Evento di presentazione degli esiti aperto a tutta la comunità e rendicontazione del percorso.",
                "Documento di proposta partecipata\nRelazione finale",
                "Evento pubblico");
        publish.handle(id);
        conclude.handle(id);
        return id;
    }

    private long neighbourhoodLabs(List<Long> themes, List<Long> scopes) {
        long id = createProcess.handle(new ProcessForm(
                "Laboratori di quartiere",
                "laboratori-di-quartiere",
                "Sette laboratori pilota per ascoltare i quartieri, far emergere esigenze prioritarie e trasformarle in idee progettuali.",
                """
                I Laboratori di quartiere sono spazi stabili di ascolto, confronto, collaborazione e decisione vicini ai cittadini.
                La sperimentazione in sette quartieri pilota serve a definire un modello condiviso per istituirli e gestirli,
                con un Tavolo di Negoziazione che rappresenta gruppi, associazioni, enti e portatori di interesse della città.""".replaceAll("\\n", " "),
                "Tutti possono partecipare: offrendo un contributo alle attività dei laboratori, seguendo gli incontri pubblici "
                        + "o informandosi su questo sito. Per informazioni scrivere all'Ufficio Partecipazione.",
                "Giunta comunale",
                "Tavolo di Negoziazione",
                "Ufficio Partecipazione",
                "Finanziato dal Bando Partecipazione 2022 della Regione (LR 15/2018).",
                Visibility.PUBLIC,
                themes,
                scopes,
                null,
                null,
                false,
                null));
        phase(
                id,
                PhaseType.SHARING,
                "Avvio con il Tavolo di Negoziazione",
                LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 4, 15),
                "Assemblea pubblica del Tavolo di Negoziazione per condividere modalità, spazi e tempi e individuare attori "
                        + "e referenti per ciascuno dei sette quartieri.",
                "Referenti e attori per ogni quartiere",
                "Assemblea pubblica");
        phase(
                id,
                PhaseType.OPENING,
                "Laboratori nei quartieri",
                LocalDate.of(2023, 4, 16),
                LocalDate.of(2023, 6, 30),
                "Workshop aperti a tutti nei sette quartieri pilota per individuare le esigenze prioritarie e formulare idee "
                        + "progettuali; un workshop finale aperto alla città confronta le proposte.",
                "Esigenze prioritarie per quartiere\nIdee progettuali",
                "Workshop di quartiere\nWorkshop finale cittadino");
        phase(
                id,
                PhaseType.FEEDBACK,
                "Modello condiviso e restituzione",
                LocalDate.of(2023, 7, 1),
                LocalDate.of(2023, 10, 31),
                "Dai contributi dei laboratori pilota, con il Tavolo di Negoziazione, nasce il modello per la rete dei "
                        + "Laboratori di quartiere, presentato alla città in un'assemblea aperta.",
                "Modello di funzionamento dei Laboratori di quartiere",
                "Assemblea aperta");
        publish.handle(id);
        return id;
    }

    private void phase(
            long processId,
            PhaseType type,
            String title,
            LocalDate start,
            LocalDate end,
            String description,
            String outputs,
            String tools) {
        addPhase.handle(processId, new PhaseForm(type, title, description, start, end, outputs, tools, false));
    }

    private static <T> T asSystemAdministrator(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-data", null, List.of(new SimpleGrantedAuthority(Caller.ADMIN_AUTHORITY))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
