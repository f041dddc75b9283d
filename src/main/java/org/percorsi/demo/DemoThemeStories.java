package org.percorsi.demo;

import java.util.List;
import java.util.Map;
import org.percorsi.demo.DemoDocuments.PratoThemes;

/**
 * What Prato's four theme documents say and what people say of them: the text of version 1 (after each
 * workshop) and of version 2 (after the reserved area's comments), the stakeholders' comments and amendments,
 * and the citizens' comments in the public sharing. Facts from seed 000 (themes, workshops, phases) and 001
 * (animators, info points); the prose is the demo's own.
 */
final class DemoThemeStories {

    static final String PAOLO = "paolo.demo@percorsi.local";
    static final String ROSA = "rosa.demo@percorsi.local";
    static final String WEI = "wei.demo@percorsi.local";
    static final String SARA = "sara.demo@percorsi.local";

    /** The stakeholders invited to phase 2's workshops, by address, with their nickname. */
    static final Map<String, String> STAKEHOLDERS = Map.of(
            PAOLO, "Paolo M. - artigiani",
            ROSA, "Rosa T. - commercianti",
            WEI, "Wei Z. - associazioni",
            SARA, "Sara L. - urbanista");

    /** A comment on the paragraph that starts with {@code paragraph}; on a passage of it when {@code quote} is set. */
    record Remark(String author, String paragraph, String quote, String body) {}

    /** An amendment to the paragraph that starts with {@code paragraph}; accepted unless {@code rejection} says why not. */
    record Amendment(String author, String paragraph, String replacement, String reason, String rejection) {}

    record Story(
            String title,
            long theme,
            String first,
            String firstChangelog,
            List<Remark> stakeholders,
            List<Amendment> amendments,
            String second,
            String secondChangelog,
            List<Remark> citizens) {}

    private DemoThemeStories() {}

    static List<Story> prato(PratoThemes themes) {
        return List.of(
                productive(themes.productive()),
                retail(themes.retail()),
                macrolotto(themes.transformation()),
                participation(themes.participation()));
    }

    private static Story productive(long theme) {
        return new Story(
                "Documento tematico: prospettive del sistema produttivo",
                theme,
                """
                # Il sistema produttivo pratese e le imprese straniere

                Il distretto tessile ha perso imprese e addetti negli ultimi vent'anni, mentre è cresciuta la filiera \
                delle confezioni, in larga parte a conduzione straniera.

                ## Che cosa è emerso nel workshop

                Le imprese con titolare straniero sono giovani, piccole e legate a pochi committenti.

                L'accesso al credito è il primo ostacolo citato: le banche chiedono garanzie che le nuove imprese non \
                hanno.

                Le associazioni di categoria contano pochi iscritti tra gli imprenditori stranieri.

                ## Prime azioni cantierabili

                Un fondo di garanzia per il microcredito alle nuove imprese, gestito con le associazioni di categoria.

                Uno sportello comune delle associazioni di categoria per chi avvia un'impresa, con mediatori \
                linguistici.
                """,
                "Prima stesura dopo il workshop del 7 ottobre",
                List.of(
                        new Remark(
                                PAOLO,
                                "L'accesso al credito",
                                "garanzie che le nuove imprese non hanno",
                                "Vale anche per gli artigiani italiani con meno di due anni di attività: il fondo "
                                        + "dovrebbe essere aperto a tutte le nuove imprese."),
                        new Remark(
                                WEI,
                                "Le imprese con titolare straniero",
                                null,
                                "Molte lavorano in subfornitura per le confezioni: va scritto, perché spiega la "
                                        + "dipendenza da pochi committenti."),
                        new Remark(
                                ROSA,
                                "Uno sportello comune",
                                null,
                                "Lo sportello può stare nella sede di una delle associazioni, senza costi di affitto.")),
                List.of(new Amendment(
                        WEI,
                        "Le associazioni di categoria contano pochi iscritti",
                        "Le associazioni di categoria contano pochi iscritti tra gli imprenditori stranieri: servono "
                                + "materiali in più lingue e incontri nei luoghi dove le imprese lavorano.",
                        "Non basta constatarlo: il documento deve dire come raggiungerli.",
                        null)),
                """
                # Il sistema produttivo pratese e le imprese straniere

                Il distretto tessile ha perso imprese e addetti negli ultimi vent'anni, mentre è cresciuta la filiera \
                delle confezioni, in larga parte a conduzione straniera.

                ## Che cosa è emerso nel workshop

                Le imprese con titolare straniero sono giovani e piccole, e spesso lavorano in subfornitura per pochi \
                committenti della filiera delle confezioni.

                L'accesso al credito è il primo ostacolo citato: le banche chiedono garanzie che le nuove imprese non \
                hanno.

                Le associazioni di categoria contano pochi iscritti tra gli imprenditori stranieri.

                ## Prime azioni cantierabili

                Un fondo di garanzia per il microcredito alle nuove imprese, italiane e straniere, gestito con le \
                associazioni di categoria.

                Uno sportello comune delle associazioni di categoria per chi avvia un'impresa, con mediatori \
                linguistici, nella sede di una delle associazioni.
                """,
                "Dopo i commenti del tavolo: la subfornitura, un fondo aperto a tutte le nuove imprese, la sede "
                        + "dello sportello",
                List.of(
                        new Remark(
                                DemoDataLoader.AHMED,
                                "Un fondo di garanzia",
                                "microcredito alle nuove imprese",
                                "Mio cugino ha aperto una sartoria l'anno scorso: un fondo così gli avrebbe evitato "
                                        + "i prestiti tra parenti."),
                        new Remark(
                                DemoDataLoader.LIN,
                                "Uno sportello comune",
                                null,
                                "Utile se apre anche il sabato: chi lavora in laboratorio in settimana non può "
                                        + "venire.")));
    }

    private static Story retail(long theme) {
        return new Story(
                "Documento tematico: rete commerciale del centro storico",
                theme,
                """
                # I cambiamenti della rete commerciale del centro storico

                Nel centro storico chiudono negozi storici e ne aprono di nuovi, spesso gestiti da commercianti \
                stranieri: alcune vie hanno cambiato volto in pochi anni.

                ## Che cosa è emerso nel workshop

                Commercianti italiani e stranieri lamentano gli stessi problemi: pulizia delle strade, sicurezza la \
                sera e fondi sfitti.

                Gli orari dei negozi sono diversi da una vetrina all'altra e i clienti non sanno quando trovare aperto.

                Manca un luogo in cui i commercianti si incontrino e decidano insieme.

                ## Prime azioni cantierabili

                Un tavolo permanente tra commercianti italiani e stranieri, convocato dal Comune una volta al mese.

                Un calendario comune di aperture serali nel periodo estivo.

                Una riduzione della tassa sui rifiuti per chi apre un negozio in un fondo sfitto da più di due anni.
                """,
                "Prima stesura dopo il workshop del 20 ottobre",
                List.of(
                        new Remark(
                                ROSA,
                                "Gli orari dei negozi",
                                "i clienti non sanno quando trovare aperto",
                                "È il punto più sentito in via Pistoiese: basterebbe una vetrofania comune con gli "
                                        + "orari."),
                        new Remark(
                                SARA,
                                "Manca un luogo",
                                null,
                                "Il tavolo può usare la sala del quartiere, che la sera è libera."),
                        new Remark(
                                PAOLO,
                                "Un calendario comune",
                                null,
                                "Servono anche eventi che portino gente, altrimenti le aperture serali non reggono.")),
                List.of(
                        new Amendment(
                                SARA,
                                "Un tavolo permanente",
                                "Un tavolo permanente tra commercianti italiani e stranieri, convocato dal Comune una "
                                        + "volta al mese, con un mediatore linguistico a ogni incontro.",
                                "Senza interpreti i commercianti cinesi restano fuori dalla discussione.",
                                null),
                        new Amendment(
                                ROSA,
                                "Una riduzione della tassa sui rifiuti",
                                "Un'esenzione dalla tassa sui rifiuti per tre anni per chiunque apra un negozio nel "
                                        + "centro storico.",
                                "Una riduzione non basta a convincere chi apre.",
                                "Un'esenzione di tre anni per tutti i nuovi negozi non è sostenibile per il bilancio "
                                        + "comunale: il documento mantiene la riduzione mirata ai fondi sfitti da più "
                                        + "di due anni.")),
                """
                # I cambiamenti della rete commerciale del centro storico

                Nel centro storico chiudono negozi storici e ne aprono di nuovi, spesso gestiti da commercianti \
                stranieri: alcune vie hanno cambiato volto in pochi anni.

                ## Che cosa è emerso nel workshop

                Commercianti italiani e stranieri lamentano gli stessi problemi: pulizia delle strade, sicurezza la \
                sera e fondi sfitti.

                Gli orari dei negozi sono diversi da una vetrina all'altra e i clienti non sanno quando trovare aperto: \
                una vetrofania comune con gli orari è il primo passo.

                Manca un luogo in cui i commercianti si incontrino e decidano insieme.

                ## Prime azioni cantierabili

                Un tavolo permanente tra commercianti italiani e stranieri, convocato dal Comune una volta al mese.

                Un calendario comune di aperture serali nel periodo estivo, con eventi organizzati insieme alle \
                associazioni del centro.

                Una riduzione della tassa sui rifiuti per chi apre un negozio in un fondo sfitto da più di due anni.

                ## Chi se ne occupa

                L'Ufficio Commercio convoca il tavolo nella sala del quartiere e ne pubblica gli esiti sul sito del \
                percorso.
                """,
                "Dopo i commenti del tavolo: la vetrofania degli orari, gli eventi serali, chi convoca il tavolo",
                List.of(
                        new Remark(
                                DemoDataLoader.GIULIA,
                                "Un calendario comune",
                                "eventi organizzati insieme alle associazioni del centro",
                                "Bene le serate, ma pensate anche a chi abita in centro e la sera vuole dormire."),
                        new Remark(
                                DemoDataLoader.LIN,
                                "Un tavolo permanente",
                                null,
                                "Finalmente: vorrei partecipare come commerciante di via Pistoiese."),
                        new Remark(
                                DemoDataLoader.AHMED,
                                "Commercianti italiani e stranieri",
                                null,
                                "La sera la piazza è buia: anche l'illuminazione fa parte della sicurezza.")));
    }

    private static Story macrolotto(long theme) {
        return new Story(
                "Documento tematico: Macrolotto 0",
                theme,
                """
                # Abitare e convivenza nel Macrolotto Zero

                Il Macrolotto Zero è un quartiere misto a ridosso delle mura, dove abitazioni, laboratori e negozi \
                convivono da decenni.

                ## Che cosa è emerso nel workshop

                Gli spazi pubblici sono poco frequentati la sera e mancano luoghi di incontro per le famiglie.

                Dove oggi ci sono solo parcheggi, i residenti chiedono verde attrezzato per i bambini.

                Le associazioni chiedono un punto di riferimento stabile nel quartiere.

                ## Prime azioni cantierabili

                Aprire un presidio di comunità in un fondo commerciale sfitto, gestito insieme dalle associazioni.

                Trasformare un parcheggio di via Pistoiese in un giardino attrezzato, con giochi e panchine.
                """,
                "Prima stesura dopo il workshop del 30 ottobre",
                List.of(
                        new Remark(
                                SARA,
                                "Gli spazi pubblici",
                                "poco frequentati la sera",
                                "Non solo la sera: di giorno i marciapiedi sono occupati dal carico e scarico dei "
                                        + "laboratori."),
                        new Remark(
                                WEI,
                                "Le associazioni chiedono",
                                null,
                                "Il presidio dovrebbe avere orari pensati per chi lavora nei laboratori, anche la "
                                        + "domenica."),
                        new Remark(
                                PAOLO,
                                "Trasformare un parcheggio",
                                "un parcheggio di via Pistoiese",
                                "I laboratori della zona usano quel parcheggio per il carico: va trovata "
                                        + "un'alternativa prima di toglierlo.")),
                List.of(
                        new Amendment(
                                SARA,
                                "Aprire un presidio di comunità",
                                "Aprire un presidio di comunità in un fondo commerciale sfitto, gestito insieme dalle "
                                        + "associazioni e dal Comune, con una prova di sei mesi.",
                                "Senza il Comune il presidio dipende dai volontari; la prova permette di correggere "
                                        + "orari e servizi.",
                                null),
                        new Amendment(
                                PAOLO,
                                "Trasformare un parcheggio",
                                "Rinviare il giardino finché non sarà pronta una nuova area per il carico e scarico dei "
                                        + "laboratori.",
                                "I laboratori non possono perdere il parcheggio.",
                                "Il giardino resta tra le azioni: è la richiesta più sostenuta nel workshop. Il "
                                        + "documento aggiunge l'impegno a trovare una nuova area di carico e scarico "
                                        + "nelle vicinanze.")),
                """
                # Abitare e convivenza nel Macrolotto Zero

                Il Macrolotto Zero è un quartiere misto a ridosso delle mura, dove abitazioni, laboratori e negozi \
                convivono da decenni.

                ## Che cosa è emerso nel workshop

                Gli spazi pubblici sono poco frequentati la sera e di giorno i marciapiedi sono occupati dal carico e \
                scarico; mancano luoghi di incontro per le famiglie e per i ragazzi.

                Dove oggi ci sono solo parcheggi, i residenti chiedono verde attrezzato per i bambini.

                Le associazioni chiedono un punto di riferimento stabile nel quartiere.

                ## Prime azioni cantierabili

                Aprire un presidio di comunità in un fondo commerciale sfitto, gestito insieme dalle associazioni.

                Trasformare un parcheggio di via Pistoiese in un giardino attrezzato, con giochi e panchine, e trovare \
                nelle vicinanze una nuova area di carico e scarico per i laboratori.

                ## Tempi

                Il presidio potrebbe aprire entro la primavera; il giardino entra nel progetto delle nuove aree verdi \
                del quartiere.
                """,
                "Dopo i commenti del tavolo: il carico e scarico, i ragazzi, il ruolo del Comune, i tempi",
                List.of(
                        new Remark(
                                DemoDataLoader.GIULIA,
                                "Trasformare un parcheggio",
                                "giochi e panchine",
                                "Servono anche alberi: d'estate in quella zona non c'è un filo d'ombra."),
                        new Remark(
                                DemoDataLoader.AHMED,
                                "Aprire un presidio di comunità",
                                null,
                                "Nel presidio servirebbe qualcuno che parli arabo e cinese, almeno in certi giorni."),
                        new Remark(
                                DemoDataLoader.LIN,
                                "Gli spazi pubblici",
                                null,
                                "Confermo: dopo la chiusura dei negozi in via Pistoiese non si vede nessuno.")));
    }

    private static Story participation(long theme) {
        return new Story(
                "Documento tematico: strumenti di partecipazione attiva",
                theme,
                """
                # La partecipazione dei cittadini stranieri alla vita pubblica

                Molti residenti stranieri non conoscono gli uffici comunali e si rivolgono ai connazionali per \
                orientarsi tra i servizi.

                ## Che cosa è emerso negli incontri preparatori

                Le associazioni di migranti sono numerose ma piccole, e raramente lavorano insieme a quelle italiane.

                Chi è arrivato da poco non sa a chi chiedere di casa, scuola e lavoro.

                ## Prime azioni cantierabili

                Formare animatori di comunità che facciano da ponte tra le comunità straniere e l'Amministrazione, \
                con il Fondo sociale europeo.

                Aprire tre o quattro punti informativi fissi nei quartieri, gestiti dalle associazioni, sul modello \
                canadese.

                Una consulta delle associazioni di migranti, convocata due volte l'anno dal Sindaco.
                """,
                "Traccia per il workshop di novembre, dagli incontri con le associazioni",
                List.of(
                        new Remark(
                                WEI,
                                "Le associazioni di migranti",
                                "raramente lavorano insieme a quelle italiane",
                                "Una rete tra associazioni straniere e italiane esiste già per i corsi di lingua: si "
                                        + "può partire da lì."),
                        new Remark(
                                ROSA,
                                "Aprire tre o quattro punti informativi",
                                null,
                                "I punti informativi potrebbero stare anche nei negozi di vicinato che si rendono "
                                        + "disponibili."),
                        new Remark(
                                SARA,
                                "Formare animatori di comunità",
                                null,
                                "Quanti animatori, e in quali quartieri? Senza numeri l'azione resta vaga.")),
                List.of(new Amendment(
                        WEI,
                        "Una consulta delle associazioni",
                        "Una consulta delle associazioni di migranti e italiane, convocata ogni tre mesi, con uno "
                                + "spazio proprio sul sito del Comune.",
                        "Due volte l'anno sono poche, e la consulta deve unire le associazioni, non separarle.",
                        null)),
                """
                # La partecipazione dei cittadini stranieri alla vita pubblica

                Molti residenti stranieri non conoscono gli uffici comunali e si rivolgono ai connazionali per \
                orientarsi tra i servizi.

                ## Che cosa è emerso negli incontri preparatori

                Le associazioni di migranti sono numerose ma piccole, e raramente lavorano insieme a quelle italiane.

                Chi è arrivato da poco non sa a chi chiedere di casa, scuola e lavoro.

                ## Prime azioni cantierabili

                Formare dieci animatori di comunità che facciano da ponte tra le comunità straniere e \
                l'Amministrazione, nei quartieri a maggiore presenza straniera, con il Fondo sociale europeo.

                Aprire tre o quattro punti informativi fissi nei quartieri, gestiti dalle associazioni, sul modello \
                canadese.

                Una consulta delle associazioni di migranti, convocata due volte l'anno dal Sindaco.

                ## Corsi di lingua

                Corsi di italiano serali per chi lavora di giorno, come chiede il cartellone del workshop.
                """,
                "Dopo i commenti del tavolo: quanti animatori e dove, la consulta, i corsi di lingua",
                List.of(
                        new Remark(
                                DemoDataLoader.AHMED,
                                "Aprire tre o quattro punti informativi",
                                "gestiti dalle associazioni",
                                "La mia associazione è disponibile a gestirne uno al Macrolotto."),
                        new Remark(
                                DemoDataLoader.GIULIA,
                                "Corsi di italiano serali",
                                null,
                                "Anche il sabato mattina, per chi fa i turni."),
                        new Remark(
                                DemoDataLoader.LIN,
                                "Chi è arrivato da poco",
                                null,
                                "Appena arrivata sono andata allo sportello sbagliato tre volte.")));
    }
}
