package org.percorsi.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.percorsi.organisation.ScopeKind;
import org.percorsi.organisation.usecases.AxisForm;
import org.percorsi.organisation.usecases.SaveAxis;
import org.percorsi.organisation.usecases.SaveScope;
import org.percorsi.organisation.usecases.SaveTheme;
import org.percorsi.organisation.usecases.ScopeForm;
import org.percorsi.organisation.usecases.ThemeForm;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.ArchiveProcess;
import org.percorsi.processes.usecases.ConcludeProcess;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.CreateProcessFromTemplate;
import org.percorsi.processes.usecases.DeletePhase;
import org.percorsi.processes.usecases.FromTemplateForm;
import org.percorsi.processes.usecases.MovePhase;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.processes.usecases.SaveProcessAsTemplate;
import org.percorsi.processes.usecases.TemplateForm;
import org.percorsi.processes.usecases.UpdatePhase;
import org.percorsi.processes.usecases.UpdateProcess;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;

/** The use cases of processes, phases and templates, with every refusal. */
class ManagerRunsAProcessTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    CreateProcess create;

    @Autowired
    UpdateProcess update;

    @Autowired
    PublishProcess publish;

    @Autowired
    ConcludeProcess conclude;

    @Autowired
    ArchiveProcess archive;

    @Autowired
    AddPhase addPhase;

    @Autowired
    UpdatePhase updatePhase;

    @Autowired
    DeletePhase deletePhase;

    @Autowired
    MovePhase movePhase;

    @Autowired
    SaveProcessAsTemplate saveAsTemplate;

    @Autowired
    CreateProcessFromTemplate fromTemplate;

    @Autowired
    ProcessesApi processes;

    @Autowired
    SaveAxis saveAxis;

    @Autowired
    SaveTheme saveTheme;

    @Autowired
    SaveScope saveScope;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsWithASlugFromTheTitleAndSanitizedRichText() {
        TestAccounts.asAdmin(() -> {
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            long id = create.handle(form(
                    "Città più verde! " + suffix,
                    "",
                    "<p onclick=\"x()\">Uno <strong>forte</strong></p><script>alert(1)</script>"));
            var row = jdbc.sql("select slug, description_html from process where id = :id")
                    .param("id", id)
                    .query()
                    .singleRow();
            assertThat(row.get("slug")).isEqualTo("citta-piu-verde-" + suffix);
            assertThat((String) row.get("description_html")).isEqualTo("<p>Uno <strong>forte</strong></p>");

            long plain = create.handle(
                    form("Testo semplice " + suffix, "", "Primo paragrafo.\n\nSecondo <b>paragrafo</b>."));
            assertThat(jdbc.sql("select description_html from process where id = :id")
                            .param("id", plain)
                            .query(String.class)
                            .single())
                    .isEqualTo("<p>Primo paragrafo.</p><p>Secondo <b>paragrafo</b>.</p>");
        });
    }

    @Test
    void refusesBadOrTakenSlugsUnknownThemesAndACoverWithoutAltText() {
        TestAccounts.asAdmin(() -> {
            String slug = "preso-" + UUID.randomUUID().toString().substring(0, 6);
            create.handle(form("Primo", slug, ""));
            assertRefused(() -> create.handle(form("Secondo", slug, "")), "slug", "process.slug.taken");
            assertRefused(() -> create.handle(form("Terzo", "Non Valido!", "")), "slug", "process.slug.invalid");
            var unknownTheme = new ProcessForm(
                    "Quarto",
                    "",
                    "Breve",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.PUBLIC,
                    List.of(-5L),
                    List.of(),
                    null,
                    "",
                    false,
                    null);
            assertRefused(() -> create.handle(unknownTheme), "themeIds", "process.themes.unknown");
            var png = new MockMultipartFile("cover", "c.png", "image/png", tinyPng());
            var noAlt = new ProcessForm(
                    "Quinto",
                    "",
                    "Breve",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.PUBLIC,
                    List.of(),
                    List.of(),
                    png,
                    " ",
                    false,
                    null);
            assertRefused(() -> create.handle(noAlt), "coverImageAlt", "process.cover.altRequired");
        });
    }

    @Test
    void refusesAnUpdateBasedOnAnOutdatedVersion() {
        TestAccounts.asAdmin(() -> {
            long id = create.handle(form("Da aggiornare " + UUID.randomUUID(), "", ""));
            int version = jdbc.sql("select version from process where id = :id")
                    .param("id", id)
                    .query(Integer.class)
                    .single();
            var mine = withVersion(form("Titolo mio", "", ""), version);
            var theirs = withVersion(form("Titolo loro", "", ""), version);
            update.handle(id, theirs);
            assertRefused(() -> update.handle(id, mine), null, "process.changedMeanwhile");
            assertThat(jdbc.sql("select title from process where id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .isEqualTo("Titolo loro");
        });
    }

    @Test
    void movesThroughItsStatusesOnlyInOrderAndPublishesOnlyADatedTimeline() {
        TestAccounts.asAdmin(() -> {
            long id = create.handle(form("Ciclo di vita " + UUID.randomUUID(), "", ""));
            assertRefused(() -> publish.handle(id), null, "process.publish.noPhases");
            long undated = addPhase.handle(id, phase("Senza date", null, null, false));
            assertRefused(() -> publish.handle(id), null, "process.publish.undatedPhases");
            updatePhase.handle(
                    id,
                    undated,
                    phase("Con date", TODAY.plusYears(5), TODAY.plusYears(5).plusDays(9), false));
            assertRefused(() -> conclude.handle(id), null, "process.conclude.notPublished");
            assertRefused(() -> archive.handle(id), null, "process.archive.notConcluded");
            publish.handle(id);
            assertRefused(() -> publish.handle(id), null, "process.publish.notDraft");
            assertRefused(() -> archive.handle(id), null, "process.archive.notConcluded");
            conclude.handle(id);
            archive.handle(id);
            assertThat(jdbc.sql("select status from process where id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .isEqualTo("ARCHIVED");
        });
    }

    @Test
    void keepsPhaseDatesConsistentAndTheirOrderCompact() {
        TestAccounts.asAdmin(() -> {
            long id = create.handle(form("Fasi " + UUID.randomUUID(), "", ""));
            LocalDate start = TODAY.plusYears(3);
            long first = addPhase.handle(id, phase("Prima", start, start.plusDays(9), false));
            assertRefused(
                    () -> addPhase.handle(id, phase("Rovesciata", start.plusDays(30), start.plusDays(20), false)),
                    "endDate",
                    "phase.dates.endBeforeStart");
            assertRefused(
                    () -> addPhase.handle(id, phase("Sovrapposta", start.plusDays(9), start.plusDays(15), false)),
                    "startDate",
                    "phase.dates.overlap");
            assertRefused(
                    () -> addPhase.handle(id, phase("Senza fine", start.plusDays(40), null, false)),
                    "endDate",
                    "phase.dates.endMissing");
            long second = addPhase.handle(id, phase("Seconda", start.plusDays(10), start.plusDays(20), false));
            long third = addPhase.handle(id, phase("Terza", null, null, false));

            movePhase.handle(id, third, MovePhase.Direction.UP);
            assertThat(titles(id)).containsExactly("Prima", "Terza", "Seconda");
            deletePhase.handle(id, first);
            assertThat(positions(id)).containsExactly(0, 1);
            assertThat(titles(id)).containsExactly("Terza", "Seconda");

            // the database keeps the rules even for writes that bypass the application
            assertThatThrownBy(() -> jdbc.sql(
                                    "insert into phase (process_id, position, type, title, start_date, end_date) "
                                            + "values (:p, 7, 'CUSTOM', 'x', :s, :e)")
                            .param("p", id)
                            .param("s", start.plusDays(15))
                            .param("e", start.plusDays(16))
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> jdbc.sql(
                                    "insert into phase (process_id, position, type, title, start_date, end_date) "
                                            + "values (:p, 8, 'CUSTOM', 'x', :s, :e)")
                            .param("p", id)
                            .param("s", start.plusDays(100))
                            .param("e", start.plusDays(90))
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThat(second).isPositive();
        });
    }

    @Test
    void theCurrentPhaseFollowsFromTodaysDate() {
        TestAccounts.asAdmin(() -> {
            long id = create.handle(form("Oggi " + UUID.randomUUID(), "", ""));
            addPhase.handle(id, phase("Passata", TODAY.minusDays(20), TODAY.minusDays(11), false));
            addPhase.handle(id, phase("Adesso", TODAY.minusDays(10), TODAY.plusDays(10), false));
            addPhase.handle(id, phase("Dopo", TODAY.plusDays(11), TODAY.plusDays(20), false));
            publish.handle(id);
            String slug = jdbc.sql("select slug from process where id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
            var page = processes.publicPage(slug).orElseThrow();
            assertThat(page.phases())
                    .extracting(PhaseView::timing)
                    .containsExactly(PhaseView.Timing.PAST, PhaseView.Timing.CURRENT, PhaseView.Timing.UPCOMING);
            assertThat(page.currentPhase().title()).isEqualTo("Adesso");
            assertThat(processes.active(100)).extracting(ProcessCard::slug).contains(slug);
            assertThat(processes.nextDates(500))
                    .anyMatch(
                            d -> d.processSlug().equals(slug) && d.phaseTitle().equals("Dopo"));
        });
    }

    @Test
    void startsFromAShippedTemplateAndSavesItsOwnStructureAsATemplate() {
        TestAccounts.asAdmin(() -> {
            long er = jdbc.sql("select id from process_template where code = 'er-lr15-2018'")
                    .query(Long.class)
                    .single();
            LocalDate start = TODAY.plusYears(4);
            long id = fromTemplate.handle(
                    new FromTemplateForm(er, "Da modello " + UUID.randomUUID(), "", "Breve", start, List.of(0, 1)));
            var phases = processes.phases(id);
            assertThat(phases).extracting(PhaseView::type).containsExactly(PhaseType.SHARING, PhaseType.OPENING);
            assertThat(phases.get(0).startDate()).isEqualTo(start);
            assertThat(phases.get(0).endDate()).isEqualTo(start.plusDays(44));
            assertThat(phases.get(1).startDate()).isEqualTo(start.plusDays(45));
            assertThat(phases.get(1).tools()).contains("World café", "Town meeting");

            assertRefused(
                    () -> fromTemplate.handle(
                            new FromTemplateForm(er, "Fuori " + UUID.randomUUID(), "", "Breve", null, List.of(7))),
                    "phases",
                    "template.phases.unknown");

            String name = "Il nostro metodo " + UUID.randomUUID();
            long template = saveAsTemplate.handle(id, new TemplateForm(name, "Riusabile"));
            var durations = jdbc.sql(
                            "select duration_days from template_phase where process_template = :t order by position")
                    .param("t", template)
                    .query(Integer.class)
                    .list();
            assertThat(durations).containsExactly(45, 180);
            assertRefused(
                    () -> saveAsTemplate.handle(id, new TemplateForm(name.toUpperCase(), "")),
                    "name",
                    "template.nameTaken");

            long undated = fromTemplate.handle(new FromTemplateForm(
                    template, "Senza date " + UUID.randomUUID(), "", "Breve", null, List.of(0, 1)));
            assertThat(processes.phases(undated)).allMatch(p -> p.timing() == PhaseView.Timing.UNDATED);
        });
    }

    @Test
    void aReservedCurrentPhaseIsNamedOnTheProcessCardOnlyToWhoeverSeesIt() {
        String slug = TestAccounts.asAdministrator(() -> {
            long id = create.handle(form("Tavolo in corso " + UUID.randomUUID(), "", ""));
            // begun long ago: first in the list of active processes, whatever other tests have made
            addPhase.handle(id, phase("Lavori del tavolo", TODAY.minusYears(30), TODAY.plusDays(3), true));
            publish.handle(id);
            return jdbc.sql("select slug from process where id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
        });
        TestAccounts.asAdmin(() -> assertThat(processes.active(500))
                .filteredOn(card -> card.slug().equals(slug))
                .extracting(ProcessCard::currentPhaseTitle)
                .containsExactly("Lavori del tavolo"));
        TestAccounts.asAnonymous(() -> assertThat(processes.active(500))
                .as("the public process is listed, its reserved phase not named")
                .filteredOn(card -> card.slug().equals(slug))
                .extracting(ProcessCard::currentPhaseTitle)
                .containsExactly((String) null));
    }

    @Test
    void onlyAdministratorsAndManagersMayActAndOnlyAdministratorsCreate() {
        long id = jdbc.sql("select id from process where slug = 'laboratori-di-quartiere'")
                .query(Long.class)
                .single();
        TestAccounts.asParticipant(() -> {
            assertThatThrownBy(() -> create.handle(form("No", "", ""))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> archive.handle(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> addPhase.handle(id, phase("No", null, null, false)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        TestAccounts.asAnonymous(
                () -> assertThatThrownBy(() -> publish.handle(id)).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void theOrganisationsThemesAndScopesClassifyProcesses() {
        TestAccounts.asAdmin(() -> {
            String run = UUID.randomUUID().toString().substring(0, 6);
            long axis = saveAxis.handle(null, new AxisForm("Asse " + run, null));
            long theme = saveTheme.handle(null, new ThemeForm(axis, "Tema " + run, null));
            long city = saveScope.handle(null, new ScopeForm(null, "Città " + run, ScopeKind.MUNICIPALITY));
            long district = saveScope.handle(null, new ScopeForm(city, "Zona " + run, ScopeKind.DISTRICT));
            long street = saveScope.handle(null, new ScopeForm(district, "Via " + run, ScopeKind.AREA));
            long id = create.handle(new ProcessForm(
                    "Classificato " + run,
                    "",
                    "Breve",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.PUBLIC,
                    List.of(theme),
                    List.of(street),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(
                    id, phase("Unica", TODAY.plusYears(6), TODAY.plusYears(6).plusDays(3), false));
            publish.handle(id);
            var byCity = processes.publicList(new ProcessFilter(
                    null,
                    null,
                    jdbc.sql(
                                    "with recursive b(id) as (select :c::bigint union all select s.id from scope s join b on s.parent_id = b.id) select id from b")
                            .param("c", city)
                            .query(Long.class)
                            .list(),
                    1,
                    12));
            assertThat(byCity.items()).extracting(ProcessCard::title).containsExactly("Classificato " + run);
            var byTheme = processes.publicList(new ProcessFilter(null, theme, List.of(), 1, 12));
            assertThat(byTheme.total()).isEqualTo(1);
            assertThat(processes
                            .publicList(new ProcessFilter(ProcessStatus.ARCHIVED, theme, List.of(), 1, 12))
                            .total())
                    .isZero();
        });
    }

    private List<String> titles(long id) {
        return processes.phases(id).stream().map(PhaseView::title).toList();
    }

    private List<Integer> positions(long id) {
        return processes.phases(id).stream().map(PhaseView::position).toList();
    }

    static ProcessForm form(String title, String slug, String description) {
        return new ProcessForm(
                title,
                slug,
                "Breve descrizione.",
                description,
                "",
                "",
                "",
                "",
                "",
                Visibility.PUBLIC,
                List.of(),
                List.of(),
                null,
                "",
                false,
                null);
    }

    static ProcessForm withVersion(ProcessForm f, int version) {
        return new ProcessForm(
                f.title(),
                f.slug(),
                f.shortDescription(),
                f.description(),
                f.howToTakePart(),
                f.commissionedBy(),
                f.partners(),
                f.responsibleOffice(),
                f.fundingNote(),
                f.visibility(),
                f.themeIds(),
                f.scopeIds(),
                null,
                "",
                false,
                version);
    }

    static PhaseForm phase(String title, LocalDate start, LocalDate end, boolean reserved) {
        return new PhaseForm(PhaseType.CUSTOM, title, "", start, end, "", "", reserved);
    }

    static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    static byte[] tinyPng() {
        try {
            var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
