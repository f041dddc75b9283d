package org.percorsi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.percorsi.accounts.usecases.InvitedAccountForm;
import org.percorsi.accounts.usecases.RegisterInvitedAccount;
import org.percorsi.demo.DemoDocuments.PratoThemes;
import org.percorsi.shared.security.Caller;
import org.percorsi.stakeholders.OrganisationKind;
import org.percorsi.stakeholders.usecases.AddRepresentative;
import org.percorsi.stakeholders.usecases.AddToStakeholderMap;
import org.percorsi.stakeholders.usecases.MapEntryForm;
import org.percorsi.stakeholders.usecases.OrganisationForm;
import org.percorsi.stakeholders.usecases.RegisterOrganisation;
import org.percorsi.stakeholders.usecases.RepresentativeForm;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The registry of organisations of the demo, written through the stakeholders' use cases by the participation
 * office: associations, volunteers, schools, a union, a university, public bodies, a city-owned company, an
 * informal group and businesses of the neighbourhood-labs city, of the Imola area and of Prato, with their
 * representatives (private contacts filled, names public only for some); then the negotiation tables
 * ({@link DemoNegotiationTables}) and Prato's stakeholder map per theme.
 */
@Component
class DemoStakeholders {

    /** The participation office's account: the stakeholders' writes record who made them. */
    static final String OFFICE = "ufficio.partecipazione.demo@percorsi.local";

    /** Representatives who did not consent to their name on public pages (the demo test looks for them). */
    static final List<String> PRIVATE_NAMES = List.of(
            "Roberto Gallinucci",
            "Franca Montanari",
            "Stefano Cavina",
            "Ilaria Bertozzi",
            "Davide Zaccherini",
            "Simone Innocenti",
            "Luca Ferretti");

    /** Private contacts of the registry (never on a public page). */
    static final List<String> PRIVATE_CONTACTS = List.of(
            "segreteria@quartierenordinsieme.example.it",
            "+39 0542 600111",
            "m.rinaldi@quartierenordinsieme.example.it",
            "l.ferretti@studiourbano.example.it",
            "s.cavina@ponteovest.example.it",
            "+39 348 1004005",
            "franca.montanari@example.it",
            "soci@ponteovest.example.it",
            "dirigente@icsud.example.it",
            "+39 0542 700223",
            "istituzionale@impresetessili.example.it",
            "c.vannucci@universita.example.it");

    private static final LocalDate LABS_START = LocalDate.of(2023, 3, 1);
    private static final LocalDate IMOLA_START = LocalDate.of(2020, 1, 10);
    private static final LocalDate PRATO_START = LocalDate.of(2024, 1, 8);

    /** An organisation of the registry with its main representative and, when it has one, its substitute. */
    record Organisation(long id, long main, Long substitute) {}

    private final RegisterInvitedAccount accounts;
    private final RegisterOrganisation register;
    private final AddRepresentative representatives;
    private final AddToStakeholderMap map;
    private final DemoNegotiationTables tables;

    DemoStakeholders(
            RegisterInvitedAccount accounts,
            RegisterOrganisation register,
            AddRepresentative representatives,
            AddToStakeholderMap map,
            DemoNegotiationTables tables) {
        this.accounts = accounts;
        this.register = register;
        this.representatives = representatives;
        this.map = map;
        this.tables = tables;
    }

    /** The seven neighbourhoods of the labs, in the order Nord, Sud, Est, Ovest, Centro, Collina, Fiume. */
    void load(long prato, long imola, long labs, PratoThemes themes, List<Long> neighbourhoods, long unionScope) {
        accounts.handle(OFFICE, new InvitedAccountForm("Ufficio Partecipazione", "demo " + UUID.randomUUID(), true));
        asOffice(() -> {
            var labsOrganisations = labsRegistry(neighbourhoods);
            var imolaOrganisations = imolaRegistry(unionScope);
            registerPrato(themes);
            tables.neighbourhoodLabs(labs, labsOrganisations, neighbourhoods);
            tables.imola(imola, imolaOrganisations);
            pratoMap(prato, themes);
            return null;
        });
    }

    /** The labs' organisations by neighbourhood (same order as the neighbourhoods). */
    private List<Organisation> labsRegistry(List<Long> n) {
        return List.of(
                organisation(
                        "Associazione Quartiere Nord Insieme",
                        OrganisationKind.ASSOCIATION,
                        "Feste di strada, doposcuola e cura della piazza del quartiere Nord.",
                        "Marta Rinaldi",
                        "segreteria@quartierenordinsieme.example.it",
                        "+39 0542 600111",
                        n.get(0),
                        null,
                        rep("Marta Rinaldi", "m.rinaldi@quartierenordinsieme.example.it", "+39 333 1002001", true),
                        rep("Roberto Gallinucci", "r.gallinucci@quartierenordinsieme.example.it", null, false),
                        LABS_START),
                organisation(
                        "Istituto comprensivo Sud",
                        OrganisationKind.SCHOOL,
                        "Scuole dell'infanzia, primarie e secondaria di primo grado del quartiere Sud.",
                        "Segreteria didattica",
                        "segreteria@icsud.example.it",
                        "+39 0542 600222",
                        n.get(1),
                        null,
                        rep("Giovanna Ricci", "dirigente@icsud.example.it", "+39 0542 600223", true),
                        null,
                        LABS_START),
                organisation(
                        "Circolo ricreativo anziani Est",
                        OrganisationKind.ASSOCIATION,
                        "Centro sociale per anziani: ginnastica dolce, ballo, pranzi solidali.",
                        "Presidenza del circolo",
                        "circoloest@example.it",
                        "+39 0542 600333",
                        n.get(2),
                        null,
                        rep("Franca Montanari", "franca.montanari@example.it", "+39 347 1003003", false),
                        null,
                        LABS_START),
                organisation(
                        "Cooperativa sociale Ponte Ovest",
                        OrganisationKind.BUSINESS,
                        "Cooperativa di tipo B: manutenzione del verde e inserimento lavorativo.",
                        "Ufficio soci",
                        "soci@ponteovest.example.it",
                        "+39 0542 600444",
                        n.get(3),
                        null,
                        rep("Paolo Cenni", "p.cenni@ponteovest.example.it", "+39 348 1004004", true),
                        rep("Stefano Cavina", "s.cavina@ponteovest.example.it", "+39 348 1004005", false),
                        LABS_START),
                organisation(
                        "Associazione commercianti del Centro",
                        OrganisationKind.TRADE_ASSOCIATION,
                        "Negozi e pubblici esercizi delle vie del centro.",
                        "Segreteria",
                        "info@commerciocentro.example.it",
                        "+39 0542 600555",
                        n.get(4),
                        null,
                        rep("Alessandro Poggi", "a.poggi@commerciocentro.example.it", "+39 335 1005005", true),
                        null,
                        LABS_START),
                organisation(
                        "Comitato di via della Collina",
                        OrganisationKind.INFORMAL_GROUP,
                        "Residenti delle frazioni collinari che chiedono collegamenti con i servizi.",
                        "Portavoce del comitato",
                        "comitatocollina@example.it",
                        "+39 339 1006006",
                        n.get(5),
                        null,
                        rep("Ilaria Bertozzi", "ilaria.bertozzi@example.it", "+39 339 1006006", false),
                        null,
                        LABS_START),
                organisation(
                        "Volontari dell'argine del Fiume",
                        OrganisationKind.VOLUNTEER_GROUP,
                        "Pulizia delle sponde e passeggiate guidate lungo il fiume.",
                        "Coordinamento volontari",
                        "volontari.argine@example.it",
                        "+39 0542 600777",
                        n.get(6),
                        null,
                        rep("Nicola Tampieri", "n.tampieri@example.it", "+39 340 1007007", true),
                        rep("Davide Zaccherini", "d.zaccherini@example.it", null, false),
                        LABS_START));
    }

    /** The Imola area's organisations: a trade association, a union, a university, a public body, volunteers. */
    private List<Organisation> imolaRegistry(long union) {
        return List.of(
                organisation(
                        "Associazione artigiani e piccole imprese del Circondario imolese",
                        OrganisationKind.TRADE_ASSOCIATION,
                        "Rappresenta le imprese artigiane dei dieci comuni del Circondario.",
                        "Segreteria generale",
                        "segreteria@artigianimolesi.example.it",
                        "+39 0542 700111",
                        union,
                        null,
                        rep("Giorgio Baldazzi", "g.baldazzi@artigianimolesi.example.it", "+39 0542 700112", true),
                        rep("Sara Minardi", "s.minardi@artigianimolesi.example.it", null, true),
                        IMOLA_START),
                organisation(
                        "Camera del lavoro del Circondario imolese",
                        OrganisationKind.UNION,
                        "Sindacato confederale: lavoro, pensioni, servizi alla persona.",
                        "Segreteria",
                        "camera.lavoro@example.it",
                        "+39 0542 700222",
                        union,
                        null,
                        rep("Luisa Dal Monte", "l.dalmonte@example.it", "+39 0542 700223", true),
                        null,
                        IMOLA_START),
                organisation(
                        "Polo universitario di Imola",
                        OrganisationKind.UNIVERSITY_RESEARCH,
                        "Sede dei corsi di laurea e dei laboratori di ricerca sul territorio.",
                        "Ufficio relazioni esterne",
                        "relazioni@polouniversitarioimola.example.it",
                        "+39 0542 700333",
                        union,
                        null,
                        rep("Andrea Bacchilega", "a.bacchilega@polouniversitarioimola.example.it", null, true),
                        null,
                        IMOLA_START),
                organisation(
                        "Azienda sanitaria del Circondario imolese",
                        OrganisationKind.PUBLIC_BODY,
                        "Servizi sanitari e socio-sanitari del territorio.",
                        "Ufficio relazioni con il pubblico",
                        "urp@sanitaimolese.example.it",
                        "+39 0542 700444",
                        union,
                        null,
                        rep("Elisa Ghini", "e.ghini@sanitaimolese.example.it", "+39 0542 700445", true),
                        null,
                        IMOLA_START),
                organisation(
                        "Santerno Solidale",
                        OrganisationKind.VOLUNTEER_GROUP,
                        "Rete di volontari per il trasporto sociale e la compagnia agli anziani.",
                        "Coordinamento",
                        "santernosolidale@example.it",
                        "+39 0542 700555",
                        union,
                        null,
                        rep("Marco Golinelli", "m.golinelli@example.it", "+39 349 1700555", true),
                        null,
                        IMOLA_START));
    }

    /** Prato's organisations for the stakeholder map: traders, industry, associations, a city-owned company. */
    private void registerPrato(PratoThemes themes) {
        organisation(
                "Associazione dei commercianti di via Pistoiese",
                OrganisationKind.TRADE_ASSOCIATION,
                "Negozi italiani e stranieri della strada commerciale del Macrolotto 0.",
                "Presidenza",
                "info@viapistoiese.example.it",
                "+39 0574 800111",
                null,
                themes.retail(),
                rep("Hu Jian", "hu.jian@viapistoiese.example.it", "+39 0574 800112", true),
                null,
                PRATO_START);
        organisation(
                "Unione delle imprese del distretto tessile pratese",
                OrganisationKind.TRADE_ASSOCIATION,
                "Imprese del tessile e dell'abbigliamento del distretto.",
                "Area relazioni istituzionali",
                "istituzionale@impresetessili.example.it",
                "+39 0574 800222",
                null,
                themes.productive(),
                rep("Lorenzo Bardazzi", "l.bardazzi@impresetessili.example.it", "+39 0574 800223", true),
                null,
                PRATO_START);
        organisation(
                "Rete delle associazioni migranti e italiane di Prato",
                OrganisationKind.ASSOCIATION,
                "Coordinamento di associazioni di migranti e italiane per l'integrazione.",
                "Coordinamento",
                "rete.associazioni@example.it",
                "+39 0574 800333",
                null,
                themes.participation(),
                rep("Fatima Benali", "f.benali@example.it", "+39 0574 800334", true),
                null,
                PRATO_START);
        organisation(
                "Società per la casa e la rigenerazione urbana del Comune",
                OrganisationKind.CITY_COMPANY,
                "Società del Comune per l'edilizia pubblica e il recupero di immobili.",
                "Direzione tecnica",
                "direzione@casarigenerazione.example.it",
                "+39 0574 800444",
                null,
                themes.transformation(),
                rep("Simone Innocenti", "s.innocenti@casarigenerazione.example.it", "+39 0574 800445", false),
                null,
                PRATO_START);
    }

    /** Prato's phase 2: territorial actors, experts and stakeholders for each of the four themes. */
    private void pratoMap(long prato, PratoThemes themes) {
        mapOrganisation(
                prato,
                "Unione delle imprese del distretto tessile pratese",
                themes.productive(),
                false,
                "INVITED",
                "Filiera del tessile e dell'abbigliamento.");
        mapOrganisation(
                prato,
                "Associazione dei commercianti di via Pistoiese",
                themes.retail(),
                false,
                "INVITED",
                "Commercianti italiani e stranieri.");
        mapOrganisation(
                prato,
                "Società per la casa e la rigenerazione urbana del Comune",
                themes.transformation(),
                true,
                "INVITED",
                "Società del Comune: recupero degli immobili del Macrolotto 0.");
        mapOrganisation(
                prato,
                "Rete delle associazioni migranti e italiane di Prato",
                themes.participation(),
                false,
                "SELF_PROPOSED",
                "Si è proposta dopo la presentazione del percorso.");
        map.handle(
                prato,
                new MapEntryForm(
                        null,
                        "Chiara Vannucci",
                        "Economista dei distretti industriali",
                        "c.vannucci@universita.example.it",
                        true,
                        themes.productive(),
                        null,
                        false,
                        "INVITED",
                        null));
        map.handle(
                prato,
                new MapEntryForm(
                        null,
                        "Luca Ferretti",
                        "Urbanista",
                        "l.ferretti@studiourbano.example.it",
                        false,
                        themes.transformation(),
                        null,
                        false,
                        "SELF_PROPOSED",
                        null));
        map.handle(
                prato,
                new MapEntryForm(
                        null,
                        "Valentina Nesi",
                        "Mediatrice culturale del Comune",
                        null,
                        true,
                        themes.participation(),
                        null,
                        true,
                        "INVITED",
                        null));
    }

    private void mapOrganisation(
            long prato, String organisation, long theme, boolean internal, String engagement, String note) {
        map.handle(
                prato, new MapEntryForm(organisation, null, null, null, null, theme, null, internal, engagement, note));
    }

    private record Person(String name, String email, String phone, boolean namePublic) {}

    private static Person rep(String name, String email, String phone, boolean namePublic) {
        return new Person(name, email, phone, namePublic);
    }

    private Organisation organisation(
            String name,
            OrganisationKind kind,
            String description,
            String contactName,
            String contactEmail,
            String contactPhone,
            Long scope,
            Long theme,
            Person main,
            Person substitute,
            LocalDate from) {
        long id = register.handle(new OrganisationForm(
                name,
                kind,
                null,
                null,
                null,
                description,
                null,
                contactName,
                contactEmail,
                contactPhone,
                theme == null ? List.of() : List.of(theme),
                scope == null ? List.of() : List.of(scope)));
        long mainId = representative(id, main, "MAIN", from);
        Long substituteId = substitute == null ? null : representative(id, substitute, "SUBSTITUTE", from);
        return new Organisation(id, mainId, substituteId);
    }

    private long representative(long organisation, Person person, String role, LocalDate from) {
        return representatives.handle(
                organisation,
                new RepresentativeForm(
                        person.name(),
                        person.email(),
                        person.phone(),
                        role,
                        from,
                        null,
                        person.namePublic(),
                        null,
                        false));
    }

    /** Runs the work as the participation office: an administrator with an account. */
    static <T> T asOffice(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                OFFICE,
                null,
                List.of(
                        new SimpleGrantedAuthority(Caller.ADMIN_AUTHORITY),
                        new SimpleGrantedAuthority("ROLE_PARTICIPANT"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
