package org.percorsi.translations.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.Visibility;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.percorsi.translations.MachineTranslator;
import org.percorsi.translations.queries.TranslationQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A machine-translation provider fills a draft: stored as a machine translation, unreviewed, shown labelled with the
 * original one click away; it never replaces a person's translation; without a provider nothing is offered.
 */
class DraftByMachineTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TranslationQueries queries;

    final String run = UniqueWords.next();

    /** A provider that answers in English, as a LibreTranslate server would. */
    final MachineTranslator english =
            (text, from, to, html) -> Optional.of("Machine says: " + text.replace("Percorso", "Process"));

    @Test
    void aMachineDraftIsStoredUnreviewedAndLabelledOnThePage() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso automatico " + run, Visibility.PUBLIC);
        String translator = translatorOf(process);
        var target = new TranslationTarget(process, ContentKind.PROCESS, process, "title", Language.ENGLISH);

        TestAccounts.asParticipant(translator, () -> {
            context.getBean(DraftByMachine.class).handle(target, english);
            return null;
        });

        var stored = queries.translation(ContentKind.PROCESS, process, "title", Language.ENGLISH)
                .orElseThrow();
        assertThat(stored.text()).isEqualTo("Machine says: Process automatico " + run);
        assertThat(stored.origin().name()).isEqualTo("MACHINE");
        assertThat(stored.reviewed()).isFalse();
        String page = mvc.perform(get("/processes/" + PublishedProcesses.slugOf(jdbc, process))
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(">Machine says: Process automatico " + run + "</h1>")
                .contains("Machine translation")
                .contains("<summary>Read the original</summary>")
                .contains("Percorso automatico " + run);
    }

    @Test
    void aMachineDraftNeverReplacesAPersonsTranslation() {
        long process = PublishedProcesses.published(context, "Percorso umano " + run, Visibility.PUBLIC);
        String translator = translatorOf(process);
        var target = new TranslationTarget(process, ContentKind.PROCESS, process, "title", Language.ENGLISH);
        TestAccounts.asParticipant(translator, () -> {
            context.getBean(SaveTranslation.class).handle(target, new TranslationForm("Human process " + run, true));
            return null;
        });

        assertThatThrownBy(() -> TestAccounts.asParticipant(translator, () -> {
                    context.getBean(DraftByMachine.class).handle(target, english);
                    return null;
                }))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("translations.machine.wouldReplace");
        assertThat(queries.translation(ContentKind.PROCESS, process, "title", Language.ENGLISH)
                        .orElseThrow()
                        .text())
                .isEqualTo("Human process " + run);
    }

    @Test
    void withoutAProviderNoDraftIsOffered() throws Exception {
        assertThat(context.getBean(DraftByMachine.class).available())
                .as("no LibreTranslate address is configured by default")
                .isFalse();
        long process = PublishedProcesses.published(context, "Percorso senza servizio " + run, Visibility.PUBLIC);
        String translator = translatorOf(process);
        String editor = mvc.perform(
                        get("/admin/processes/{p}/translations/zh-Hans/PROCESS/{id}/title", process, process)
                                .header("Accept-Language", "en")
                                .with(user(translator).roles("PARTICIPANT")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(editor)
                .contains("Percorso senza servizio " + run)
                .contains("lang=\"zh-Hans\" dir=\"ltr\"")
                .doesNotContain("Fill with a machine draft");
    }

    private String translatorOf(long process) {
        String email = TestAccounts.newParticipant(jdbc, "macchina-", "Macchina " + UniqueWords.next());
        jdbc.sql("""
                        insert into process_role (process_id, account_id, role)
                        select :p, id, 'TRANSLATOR' from account where email = :e""").param("p", process).param("e", email).update();
        return email;
    }
}
