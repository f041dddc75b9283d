package org.percorsi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.percorsi.harvest.HarvestGroupKind;
import org.percorsi.harvest.HarvestItemKind;
import org.percorsi.harvest.usecases.AddHarvestGroup;
import org.percorsi.harvest.usecases.AddHarvestItem;
import org.percorsi.harvest.usecases.AddHarvestPoll;
import org.percorsi.harvest.usecases.AddHarvestRound;
import org.percorsi.harvest.usecases.HarvestDotsForm;
import org.percorsi.harvest.usecases.HarvestGroupForm;
import org.percorsi.harvest.usecases.HarvestItemForm;
import org.percorsi.harvest.usecases.HarvestPollForm;
import org.percorsi.harvest.usecases.HarvestProposalForm;
import org.percorsi.harvest.usecases.HarvestRoundForm;
import org.percorsi.harvest.usecases.HarvestToProposal;
import org.percorsi.harvest.usecases.PollVotesForm;
import org.percorsi.harvest.usecases.SaveSynthesis;
import org.percorsi.harvest.usecases.SetHarvestDots;
import org.percorsi.harvest.usecases.SetPollVotes;
import org.percorsi.harvest.usecases.SynthesisForm;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.RecordMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.PhaseView;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.usecases.LinkIdeaToNeed;
import org.percorsi.proposals.usecases.NeedLinkForm;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The seeds' meetings: the Prato thematic workshops (one still to come, open for
 * registration), the Imola world cafés, town meeting, metaplan and interviews,
 * and the neighbourhood-lab workshops, with places, attendance and a sample of
 * their harvest turned into proposals. Called by {@link DemoDataLoader} as an
 * administrator, through the same use cases people use.
 */
@Component
class DemoMeetings {

    private final ScheduleMeeting schedule;
    private final RecordMeeting record;
    private final ProcessesApi processes;
    private final Harvest harvest;
    private final LinkIdeaToNeed linkIdea;

    DemoMeetings(
            ScheduleMeeting schedule,
            RecordMeeting record,
            ProcessesApi processes,
            Harvest harvest,
            LinkIdeaToNeed linkIdea) {
        this.schedule = schedule;
        this.record = record;
        this.processes = processes;
        this.harvest = harvest;
        this.linkIdea = linkIdea;
    }

    /** The harvest's use cases, one per thing a facilitator records. */
    @Component
    static class Harvest {

        private final AddHarvestGroup addGroup;
        private final AddHarvestRound addRound;
        private final AddHarvestItem addItem;
        private final SetHarvestDots setDots;
        private final AddHarvestPoll addPoll;
        private final SetPollVotes setVotes;
        private final SaveSynthesis saveSynthesis;
        private final HarvestToProposal toProposal;

        Harvest(
                AddHarvestGroup addGroup,
                AddHarvestRound addRound,
                AddHarvestItem addItem,
                SetHarvestDots setDots,
                AddHarvestPoll addPoll,
                SetPollVotes setVotes,
                SaveSynthesis saveSynthesis,
                HarvestToProposal toProposal) {
            this.addGroup = addGroup;
            this.addRound = addRound;
            this.addItem = addItem;
            this.setDots = setDots;
            this.addPoll = addPoll;
            this.setVotes = setVotes;
            this.saveSynthesis = saveSynthesis;
            this.toProposal = toProposal;
        }

        long addGroup(long meeting, HarvestGroupKind kind, String label, String host, Integer people) {
            return addGroup.handle(meeting, new HarvestGroupForm(kind, label, host, people));
        }

        long addRound(long meeting, String question) {
            return addRound.handle(meeting, new HarvestRoundForm(question));
        }

        long addItem(long meeting, HarvestItemKind kind, Long table, Long round, Long cluster, String body) {
            return addItem.handle(meeting, new HarvestItemForm(kind, table, round, cluster, body));
        }

        void setDots(long meeting, boolean group, long target, int dots) {
            setDots.handle(meeting, new HarvestDotsForm(group, target, dots));
        }

        List<Long> addPoll(long meeting, String question, String options) {
            return addPoll.handle(meeting, new HarvestPollForm(question, options));
        }

        void setVotes(long meeting, long option, Long table, int votes) {
            setVotes.handle(meeting, new PollVotesForm(option, table, votes));
        }

        void saveSynthesis(long meeting, String synthesis) {
            saveSynthesis.handle(meeting, new SynthesisForm(synthesis));
        }

        long propose(long meeting, boolean group, long target, ProposalKind kind, String title) {
            return toProposal.handle(meeting, new HarvestProposalForm(group, target, kind, title, null));
        }
    }

    /**
     * What Prato's documents and proposals refer to: the workshop still open for registration, and two notes of
     * the workshops' harvest (the Macrolotto's playground, the productive system's microcredit).
     */
    record PratoMeetings(long upcomingWorkshop, long playgroundNote, long creditNote) {}

    /** Prato: three thematic workshops already held, the fourth one open for registration. */
    PratoMeetings prato(long process, Map<String, Long> themes, long centre, long macrolotto) {
        LocalDate today = LocalDate.now(TimeConfiguration.ROME);
        Long workshops = phase(process, 1);
        String place = "Palazzo comunale, Piazza del Comune 1, Prato";
        long productive = schedule.create(
                process,
                meeting(
                        "Workshop: prospettive del sistema produttivo",
                        MeetingFormat.THEMATIC_WORKSHOP,
                        workshops,
                        themes.get("productive"),
                        null,
                        at(today.minusDays(60), 15),
                        place,
                        "Sala consiliare",
                        "Imprese, associazioni di categoria, sindacati, esperti",
                        false,
                        null));
        closed(
                productive,
                "Il workshop ha discusso i dati sul sistema produttivo e le prime azioni sul lavoro autonomo "
                        + "dei cittadini stranieri.",
                Map.of(
                        "CATEGORY.BUSINESSES",
                        14,
                        "CATEGORY.ASSOCIATIONS",
                        6,
                        "CATEGORY.EXPERTS",
                        4,
                        "GENDER.WOMEN",
                        10,
                        "GENDER.MEN",
                        14));
        long themeNote = harvest.addGroup(
                productive, HarvestGroupKind.THEME, "Accesso al credito per le nuove imprese", null, null);
        long credit = harvest.addItem(
                productive,
                HarvestItemKind.COMMENT,
                null,
                null,
                themeNote,
                "Le imprese straniere faticano a ottenere microcredito: serve un fondo di garanzia.");
        long retail = schedule.create(
                process,
                meeting(
                        "Workshop: rete commerciale del centro storico",
                        MeetingFormat.THEMATIC_WORKSHOP,
                        workshops,
                        themes.get("retail"),
                        centre,
                        at(today.minusDays(45), 17),
                        place,
                        "Sala consiliare",
                        "Commercianti, associazioni del centro, residenti",
                        false,
                        null));
        closed(
                retail,
                "Commercianti italiani e stranieri hanno confrontato orari, pulizia e sicurezza delle strade.",
                Map.of("CATEGORY.BUSINESSES", 18, "CATEGORY.CITIZENS", 7, "GENDER.WOMEN", 12, "GENDER.MEN", 13));
        long macro = schedule.create(
                process,
                meeting(
                        "Workshop: trasformazioni urbane del Macrolotto 0",
                        MeetingFormat.THEMATIC_WORKSHOP,
                        workshops,
                        themes.get("transformation"),
                        macrolotto,
                        at(today.minusDays(30), 17),
                        "Officina Giovani, Piazza dei Macelli 4, Prato",
                        "Sala grande",
                        "Residenti, proprietari, associazioni, urbanisti",
                        false,
                        null));
        closed(
                macro,
                "Il workshop ha raccolto esigenze sugli spazi pubblici del quartiere.",
                Map.of("CATEGORY.CITIZENS", 21, "CATEGORY.ASSOCIATIONS", 5, "CATEGORY.EXPERTS", 3));
        long square = harvest.addItem(
                macro,
                HarvestItemKind.COMMENT,
                null,
                null,
                null,
                "Uno spazio verde e attrezzato per i bambini del Macrolotto, dove oggi ci sono solo parcheggi.");
        as(() -> harvest.propose(
                macro, false, square, ProposalKind.NEED, "Un giardino attrezzato per i bambini del Macrolotto 0"));
        long upcoming = schedule.create(
                process,
                meeting(
                        "Workshop: strumenti di partecipazione attiva",
                        MeetingFormat.THEMATIC_WORKSHOP,
                        workshops,
                        themes.get("participation"),
                        null,
                        at(today.plusDays(10), 17),
                        place,
                        "Sala consiliare",
                        "Associazioni, comunità straniere, mediatori culturali",
                        true,
                        30));
        return new PratoMeetings(upcoming, square, credit);
    }

    /** Imola: the two world cafés, the town meeting, a metaplan and interviews, and the final presentation. */
    void imola(long process, Map<String, Long> themes, long union) {
        Long sharing = phase(process, 0);
        Long opening = phase(process, 1);
        Long feedback = phase(process, 2);
        String hall = "Sala del Circondario, Via Boccaccio 27, Imola";
        long interviews = schedule.create(
                process,
                meeting(
                        "Interviste a sindaci e capigruppo",
                        MeetingFormat.INTERVIEW,
                        sharing,
                        null,
                        union,
                        LocalDateTime.of(2020, 2, 10, 10, 0),
                        hall,
                        "Ufficio di Piano",
                        "Sindaci e capigruppo consiliari dei Comuni",
                        false,
                        null));
        long q1 = harvest.addRound(interviews, "Quale ruolo deve avere l'Unione nei prossimi dieci anni?");
        long q2 = harvest.addRound(interviews, "Quali servizi conviene gestire insieme?");
        harvest.addGroup(interviews, HarvestGroupKind.PROFILE, "Sindaci", null, 10);
        harvest.addGroup(interviews, HarvestGroupKind.PROFILE, "Capigruppo consiliari", null, 14);
        long services = harvest.addGroup(interviews, HarvestGroupKind.THEME, "Servizi associati", null, null);
        harvest.addItem(
                interviews,
                HarvestItemKind.ANSWER,
                null,
                q1,
                services,
                "Un'Unione che progetta, non solo che gestisce: piano strategico e fondi europei insieme.");
        harvest.addItem(
                interviews,
                HarvestItemKind.ANSWER,
                null,
                q2,
                services,
                "Protezione civile, sportello unico per le imprese e servizi sociali per la montagna.");
        closed(
                interviews,
                "Ventiquattro interviste semi-strutturate, condotte dalla società di facilitazione.",
                Map.of("CATEGORY.INSTITUTIONS", 24, "GENDER.WOMEN", 9, "GENDER.MEN", 15));

        long metaplan = schedule.create(
                process,
                meeting(
                        "Metaplan con dirigenti e posizioni organizzative",
                        MeetingFormat.METAPLAN,
                        sharing,
                        null,
                        union,
                        LocalDateTime.of(2020, 2, 24, 9, 30),
                        hall,
                        "Sala riunioni",
                        "Dirigenti e posizioni organizzative dei Comuni",
                        false,
                        null));
        long digital = harvest.addGroup(metaplan, HarvestGroupKind.CLUSTER, "Servizi digitali comuni", null, null);
        long people = harvest.addGroup(metaplan, HarvestGroupKind.CLUSTER, "Personale e competenze", null, null);
        dots(
                metaplan,
                harvest.addItem(metaplan, HarvestItemKind.CARD, null, null, digital, "Un unico portale dei servizi"),
                9);
        dots(
                metaplan,
                harvest.addItem(metaplan, HarvestItemKind.CARD, null, null, digital, "Pagamenti online ovunque"),
                5);
        dots(
                metaplan,
                harvest.addItem(
                        metaplan, HarvestItemKind.CARD, null, null, people, "Formazione comune sui fondi europei"),
                7);
        harvest.setDots(metaplan, true, digital, 3);
        closed(
                metaplan,
                "Cartellini raccolti su tre domande e raggruppati; ogni partecipante aveva cinque bollini.",
                Map.of("CATEGORY.INSTITUTIONS", 18, "GENDER.WOMEN", 11, "GENDER.MEN", 7));

        long economic = schedule.create(
                process,
                meeting(
                        "World café per il mondo economico e produttivo",
                        MeetingFormat.WORLD_CAFE,
                        opening,
                        themes.get("productive"),
                        union,
                        LocalDateTime.of(2020, 6, 18, 17, 30),
                        hall,
                        "Sala grande",
                        "Associazioni di categoria, imprese, sindacati, ricerca",
                        false,
                        null));
        long t1 = harvest.addGroup(economic, HarvestGroupKind.TABLE, "Tavolo Economia e lavoro", "Marta", null);
        long t2 = harvest.addGroup(economic, HarvestGroupKind.TABLE, "Tavolo Sostenibilità", "Davide", null);
        long r1 = harvest.addRound(economic, "Quali sono i punti di forza del territorio?");
        long r2 = harvest.addRound(economic, "Che cosa manca per crescere?");
        long r3 = harvest.addRound(economic, "Quale primo passo insieme?");
        harvest.addItem(
                economic, HarvestItemKind.NOTE, t1, r1, null, "Distretto della meccanica e della ceramica forte");
        harvest.addItem(economic, HarvestItemKind.NOTE, t2, r1, null, "Agricoltura di qualità in collina");
        long skills = harvest.addItem(
                economic,
                HarvestItemKind.NOTE,
                t1,
                r2,
                null,
                "Mancano tecnici formati: un polo formativo condiviso con le scuole");
        harvest.addItem(economic, HarvestItemKind.NOTE, t2, r2, null, "Trasporto pubblico verso le zone industriali");
        harvest.addItem(economic, HarvestItemKind.NOTE, t1, r3, null, "Un tavolo permanente imprese–scuole");
        harvest.addItem(economic, HarvestItemKind.NOTE, t2, r3, null, "Comunità energetiche nelle aree produttive");
        harvest.saveSynthesis(
                economic, "<p>Formazione tecnica e mobilità verso il lavoro sono le due priorità emerse.</p>");
        closed(
                economic,
                "Quaranta partecipanti in due tavoli per tre giri, con sintesi in plenaria.",
                Map.of(
                        "CATEGORY.BUSINESSES",
                        22,
                        "CATEGORY.ASSOCIATIONS",
                        9,
                        "CATEGORY.EXPERTS",
                        5,
                        "CATEGORY.INSTITUTIONS",
                        4,
                        "GENDER.WOMEN",
                        17,
                        "GENDER.MEN",
                        23,
                        "AGE_BAND.FROM_30_TO_44",
                        14,
                        "AGE_BAND.FROM_45_TO_64",
                        21,
                        "AGE_BAND.FROM_65",
                        5));
        as(() -> harvest.propose(
                economic, false, skills, ProposalKind.IDEA, "Un polo formativo tecnico condiviso con le scuole"));

        long associations = schedule.create(
                process,
                meeting(
                        "World café per le associazioni culturali e di volontariato",
                        MeetingFormat.WORLD_CAFE,
                        opening,
                        themes.get("welfare"),
                        union,
                        LocalDateTime.of(2020, 6, 25, 17, 30),
                        hall,
                        "Sala grande",
                        "Associazioni e volontariato del territorio",
                        false,
                        null));
        long a1 = harvest.addGroup(associations, HarvestGroupKind.TABLE, "Tavolo Anziani e fragilità", "Chiara", null);
        long ar1 = harvest.addRound(associations, "Come sta cambiando il welfare locale?");
        long volunteers = harvest.addItem(
                associations,
                HarvestItemKind.NOTE,
                a1,
                ar1,
                null,
                "I volontari invecchiano: serve una scuola del volontariato per i giovani");
        closed(
                associations,
                "Venticinque associazioni presenti; il verbale riporta le proposte di ogni tavolo.",
                Map.of("CATEGORY.ASSOCIATIONS", 25, "GENDER.WOMEN", 15, "GENDER.MEN", 10));
        as(() -> harvest.propose(
                associations, false, volunteers, ProposalKind.NEED, "Una scuola del volontariato per i giovani"));

        long town = schedule.create(
                process,
                meeting(
                        "Town meeting con i cittadini",
                        MeetingFormat.TOWN_MEETING,
                        opening,
                        themes.get("identity"),
                        union,
                        LocalDateTime.of(2020, 9, 5, 9, 30),
                        "Palazzetto dello sport, Via Tiro a segno 1, Imola",
                        "Parterre",
                        "Cittadini (anche su selezione), opinion leader, altri portatori di interesse",
                        false,
                        null));
        long tt1 = harvest.addGroup(town, HarvestGroupKind.TABLE, "Tavolo 1", "Elena", null);
        long tt2 = harvest.addGroup(town, HarvestGroupKind.TABLE, "Tavolo 2", "Gianni", null);
        long mobility = harvest.addGroup(town, HarvestGroupKind.THEME, "Mobilità tra collina e pianura", null, null);
        harvest.addItem(
                town, HarvestItemKind.COMMENT, tt1, null, mobility, "Bus a chiamata per le frazioni di collina");
        harvest.addItem(town, HarvestItemKind.COMMENT, tt2, null, mobility, "Piste ciclabili lungo il Santerno");
        var poll = harvest.addPoll(
                town,
                "Quale priorità per l'identità del territorio?",
                "Turismo lento e cammini\nRiqualificazione dei centri storici\nAccoglienza");
        harvest.setVotes(town, poll.get(0), tt1, 7);
        harvest.setVotes(town, poll.get(0), tt2, 5);
        harvest.setVotes(town, poll.get(1), tt1, 3);
        harvest.setVotes(town, poll.get(1), tt2, 6);
        harvest.setVotes(town, poll.get(2), tt1, 2);
        harvest.setVotes(town, poll.get(2), tt2, 1);
        closed(
                town,
                "Town meeting su identità, turismo, mobilità, riqualificazione, accoglienza e sostenibilità.",
                Map.of(
                        "CATEGORY.CITIZENS",
                        31,
                        "GENDER.WOMEN",
                        16,
                        "GENDER.MEN",
                        15,
                        "AGE_BAND.FROM_18_TO_29",
                        6,
                        "AGE_BAND.FROM_30_TO_44",
                        9,
                        "AGE_BAND.FROM_45_TO_64",
                        11,
                        "AGE_BAND.FROM_65",
                        5));
        as(() -> harvest.propose(
                town,
                true,
                mobility,
                ProposalKind.PROPOSAL,
                "Mobilità tra collina e pianura: bus a chiamata e ciclabili"));

        long results = schedule.create(
                process,
                meeting(
                        "Presentazione degli esiti del percorso",
                        MeetingFormat.RESULTS_PRESENTATION,
                        feedback,
                        null,
                        union,
                        LocalDateTime.of(2020, 11, 7, 10, 0),
                        hall,
                        "Sala grande",
                        "Tutta la comunità",
                        false,
                        null));
        closed(
                results,
                "Presentato il Documento di proposta partecipata alla Giunta e alla cittadinanza.",
                Map.of("CATEGORY.CITIZENS", 45, "CATEGORY.ASSOCIATIONS", 12, "CATEGORY.INSTITUTIONS", 8));
    }

    /** The seven neighbourhood-lab workshops, each with its priority need. */
    void neighbourhoodLabs(long process, List<Long> neighbourhoods, long theme) {
        Long labs = phase(process, 1);
        String[] needs = {
            "Una sala di quartiere aperta la sera",
            "Attraversamenti sicuri davanti alle scuole",
            "Più cura delle aree verdi",
            "Un punto di ascolto per gli anziani soli",
            "Meno auto in piazza la domenica",
            "Un trasporto per raggiungere i servizi dalla collina",
            "Un percorso pedonale lungo il fiume"
        };
        // the ideas the first three workshops gave their priority need: the funnel on each neighbourhood's page
        String[] ideas = {
            "Aprire la biblioteca di quartiere due sere a settimana, gestita con le associazioni",
            "Un pedibus con i genitori volontari e strisce rialzate davanti alle due scuole",
            "Adottare le aiuole: patti di collaborazione con i residenti"
        };
        String[] names = {"Nord", "Sud", "Est", "Ovest", "Centro", "Collina", "Fiume"};
        for (int i = 0; i < names.length; i++) {
            long workshop = schedule.create(
                    process,
                    meeting(
                            "Laboratorio di quartiere " + names[i],
                            MeetingFormat.NEIGHBOURHOOD_LAB,
                            labs,
                            theme,
                            neighbourhoods.get(i),
                            LocalDateTime.of(2023, 4, 20 + i, 18, 0),
                            "Centro civico del quartiere " + names[i],
                            "Sala polivalente",
                            "Residenti, associazioni e scuole del quartiere",
                            false,
                            null));
            long need = harvest.addItem(workshop, HarvestItemKind.COMMENT, null, null, null, needs[i]);
            closed(
                    workshop,
                    "Le persone presenti hanno indicato e votato le esigenze prioritarie del quartiere.",
                    Map.of(
                            "CATEGORY.CITIZENS",
                            15 + 3 * i,
                            "CATEGORY.ASSOCIATIONS",
                            2 + i % 3,
                            "GENDER.WOMEN",
                            9 + i,
                            "GENDER.MEN",
                            8 + 2 * i));
            if (i < 3) {
                int n = i;
                long idea = harvest.addItem(workshop, HarvestItemKind.COMMENT, null, null, null, ideas[i]);
                long[] proposed = new long[2];
                as(() -> proposed[0] = harvest.propose(workshop, false, need, ProposalKind.NEED, needs[n]));
                as(() -> proposed[1] = harvest.propose(workshop, false, idea, ProposalKind.IDEA, ideas[n]));
                linkIdea.link(proposed[1], new NeedLinkForm(proposed[0]));
            }
        }
    }

    /** Approximate points of the demo places, for the map of meetings (shown when a tile server is set). */
    private static final Map<String, BigDecimal[]> PLACES = Map.of(
            "Palazzo comunale, Piazza del Comune 1, Prato", point("43.880500", "11.097000"),
            "Officina Giovani, Piazza dei Macelli 4, Prato", point("43.873900", "11.090600"),
            "Sala del Circondario, Via Boccaccio 27, Imola", point("44.353800", "11.714600"),
            "Palazzetto dello sport, Via Tiro a segno 1, Imola", point("44.347700", "11.723900"));

    private static BigDecimal[] point(String latitude, String longitude) {
        return new BigDecimal[] {new BigDecimal(latitude), new BigDecimal(longitude)};
    }

    private static MeetingForm meeting(
            String title,
            MeetingFormat format,
            Long phase,
            Long theme,
            Long scope,
            LocalDateTime start,
            String address,
            String room,
            String audience,
            boolean registration,
            Integer seats) {
        var point = PLACES.get(address);
        return new MeetingForm(
                title,
                format,
                phase,
                theme,
                scope,
                "",
                start,
                start.plusHours(2).plusMinutes(30),
                address,
                room,
                "Sala accessibile senza gradini; servizio di interpretariato su richiesta.",
                "",
                point == null ? null : point[0],
                point == null ? null : point[1],
                audience,
                "",
                "Ufficio Partecipazione",
                false,
                registration,
                seats,
                true,
                null,
                registration ? "Serve un interprete? In quale lingua?\nHai esigenze di accessibilità?" : "",
                start.isBefore(LocalDateTime.now(ZoneId.of("Europe/Rome")))); // the demo records past ones
    }

    private void closed(long meeting, String minutes, Map<String, Integer> attendance) {
        Map<String, String> counts = new HashMap<>();
        attendance.forEach((key, people) -> counts.put(key, String.valueOf(people)));
        record.save(meeting, new RecordMeeting.RecordForm("<p>" + minutes + "</p>", counts, List.of(), null), true);
    }

    private void dots(long meeting, long card, int dots) {
        harvest.setDots(meeting, false, card, dots);
    }

    private Long phase(long process, int position) {
        List<PhaseView> phases = processes.phases(process);
        return position < phases.size() ? phases.get(position).id() : null;
    }

    /** Harvest turned into proposals is worded in the organisation's language (Italian for the demo). */
    private static void as(LongSupplier work) {
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        try {
            work.getAsLong();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private static LocalDateTime at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0));
    }
}
