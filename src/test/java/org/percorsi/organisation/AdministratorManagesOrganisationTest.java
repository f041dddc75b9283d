package org.percorsi.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.organisation.usecases.AxisForm;
import org.percorsi.organisation.usecases.DeleteAxis;
import org.percorsi.organisation.usecases.DeleteScope;
import org.percorsi.organisation.usecases.DeleteTheme;
import org.percorsi.organisation.usecases.SaveAxis;
import org.percorsi.organisation.usecases.SaveScope;
import org.percorsi.organisation.usecases.SaveTheme;
import org.percorsi.organisation.usecases.ScopeForm;
import org.percorsi.organisation.usecases.ThemeForm;
import org.percorsi.processes.ManagerRunsAProcessTestSupport;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation's details, its axes and themes and its scopes, with every refusal. */
class AdministratorManagesOrganisationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationApi organisation;

    @Autowired
    SaveAxis saveAxis;

    @Autowired
    DeleteAxis deleteAxis;

    @Autowired
    SaveTheme saveTheme;

    @Autowired
    DeleteTheme deleteTheme;

    @Autowired
    SaveScope saveScope;

    @Autowired
    DeleteScope deleteScope;

    @Autowired
    CreateProcess createProcess;

    @Test
    void axesAndThemesHaveUniqueNamesAndAreKeptWhileInUse() {
        TestAccounts.asAdmin(() -> {
            String run = UUID.randomUUID().toString().substring(0, 6);
            long axis = saveAxis.handle(null, new AxisForm("Ambiente " + run, null));
            long other = saveAxis.handle(null, new AxisForm("Cultura " + run, null));
            refused(
                    () -> saveAxis.handle(null, new AxisForm("AMBIENTE " + run, null)),
                    "name",
                    "organisation.axis.nameTaken");
            long theme = saveTheme.handle(null, new ThemeForm(axis, "Verde " + run, null));
            refused(
                    () -> saveTheme.handle(null, new ThemeForm(axis, "verde " + run, null)),
                    "name",
                    "organisation.theme.nameTaken");
            saveTheme.handle(null, new ThemeForm(other, "Verde " + run, null));
            refused(
                    () -> saveTheme.handle(null, new ThemeForm(-1L, "Altro", null)),
                    "axisId",
                    "organisation.theme.axisUnknown");
            refused(() -> deleteAxis.handle(axis), null, "organisation.axis.hasThemes");

            createProcess.handle(new ProcessForm(
                    "Usa il tema " + run,
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
                    List.of(),
                    null,
                    "",
                    false,
                    null));
            refused(() -> deleteTheme.handle(theme), null, "organisation.theme.inUse");
            assertThat(organisation.themesById(List.of(theme))).containsKey(theme);

            saveAxis.handle(axis, new AxisForm("Ambiente e clima " + run, "Nuova descrizione"));
            assertThat(organisation.themeTree())
                    .anyMatch(a -> a.id() == axis
                            && a.name().equals("Ambiente e clima " + run)
                            && a.themes().size() == 1);
        });
    }

    @Test
    void scopesNestAtAnyDepthWithoutCycles() {
        TestAccounts.asAdmin(() -> {
            String run = UUID.randomUUID().toString().substring(0, 6);
            long city = saveScope.handle(null, new ScopeForm(null, "Comune " + run, ScopeKind.MUNICIPALITY));
            long district = saveScope.handle(null, new ScopeForm(city, "Zona " + run, ScopeKind.DISTRICT));
            long quarter = saveScope.handle(null, new ScopeForm(district, "Quartiere " + run, ScopeKind.NEIGHBOURHOOD));
            long block = saveScope.handle(null, new ScopeForm(quarter, "Isolato " + run, ScopeKind.AREA));

            var tree = organisation.scopeTree().stream()
                    .filter(s -> s.name().endsWith(run))
                    .toList();
            assertThat(tree).extracting(OrganisationApi.ScopeSummary::depth).containsExactly(0, 1, 2, 3);
            assertThat(organisation.scopeWithDescendants(district)).containsExactlyInAnyOrder(district, quarter, block);

            refused(
                    () -> saveScope.handle(city, new ScopeForm(block, "Comune " + run, ScopeKind.MUNICIPALITY)),
                    "parentId",
                    "organisation.scope.cycle");
            refused(
                    () -> saveScope.handle(null, new ScopeForm(city, "zona " + run, ScopeKind.DISTRICT)),
                    "name",
                    "organisation.scope.nameTaken");
            saveScope.handle(null, new ScopeForm(quarter, "Zona " + run, ScopeKind.AREA));
            refused(() -> deleteScope.handle(district), null, "organisation.scope.hasChildren");

            createProcess.handle(new ProcessForm(
                    "Nel quartiere " + run,
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
                    List.of(block),
                    null,
                    "",
                    false,
                    null));
            refused(() -> deleteScope.handle(block), null, "organisation.scope.inUse");
        });
    }

    @Test
    void onlyAdministratorsChangeTheOrganisation() {
        TestAccounts.asParticipant(() -> {
            assertThatThrownBy(() -> saveAxis.handle(null, new AxisForm("No", null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> saveScope.handle(null, new ScopeForm(null, "No", ScopeKind.AREA)))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void settingsAreSavedWithALogoCheckedByItsContent() throws Exception {
        var admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");
        var before = organisation.info();
        var badEmail = mvc.perform(multipart("/admin/organisation")
                        .with(csrf())
                        .with(admin)
                        .param("name", "Comune di Prova")
                        .param("contactEmail", "non-una-email")
                        .param("contactPhone", "abc")
                        .param("defaultLanguage", "it"))
                .andReturn()
                .getResponse();
        assertThat(badEmail.getStatus()).isEqualTo(422);
        assertThat(badEmail.getContentAsString())
                .contains("Indirizzo email non valido.")
                .contains("Il telefono può contenere solo cifre")
                .contains("aria-invalid=\"true\"");

        var fakeImage = new MockMultipartFile("logo", "logo.png", "image/png", "non sono un'immagine".getBytes());
        var wrongType = mvc.perform(multipart("/admin/organisation")
                        .file(fakeImage)
                        .with(csrf())
                        .with(admin)
                        .param("name", before.name())
                        .param("defaultLanguage", "it"))
                .andReturn()
                .getResponse();
        assertThat(wrongType.getStatus()).isEqualTo(422);
        assertThat(wrongType.getContentAsString()).contains("Il file non è un’immagine PNG, JPEG, GIF o WebP.");
        assertThat(organisation.info().logoFileId()).isEqualTo(before.logoFileId());

        var big = new MockMultipartFile("logo", "logo.png", "image/png", new byte[6 * 1024 * 1024]);
        big.getBytes()[0] = (byte) 0x89;
        var tooLarge = mvc.perform(multipart("/admin/organisation")
                        .file(big)
                        .with(csrf())
                        .with(admin)
                        .param("name", before.name())
                        .param("defaultLanguage", "it"))
                .andReturn()
                .getResponse();
        assertThat(tooLarge.getStatus()).isIn(413, 422);

        var logo = new MockMultipartFile("logo", "logo.png", "image/png", ManagerRunsAProcessTestSupport.png());
        var saved = mvc.perform(multipart("/admin/organisation")
                        .file(logo)
                        .with(csrf())
                        .with(admin)
                        .param("name", before.name())
                        .param("contactOfficeName", before.contactOfficeName())
                        .param("contactEmail", "partecipazione@comune.example.it")
                        .param("contactPhone", "+39 0574 000000")
                        .param("contactAddress", before.contactAddress())
                        .param("defaultLanguage", "it"))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/organisation");
        var logoId = organisation.info().logoFileId();
        assertThat(logoId).isNotNull();
        var served = mvc.perform(get("/files/" + logoId)).andReturn().getResponse();
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .contains("/files/" + logoId);
    }

    @Test
    void aFormWithoutCsrfTokenChangesNothing() throws Exception {
        String name = "Senza token " + UUID.randomUUID();
        var response = mvc.perform(post("/admin/themes/axes")
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .param("name", name))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(organisation.themeTree()).noneMatch(a -> a.name().equals(name));
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.field()).isEqualTo(field);
        });
    }
}
