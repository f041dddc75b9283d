package org.percorsi.translations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.meetings.usecases.MeetingEasyReadForm;
import org.percorsi.meetings.usecases.WriteMeetingEasyRead;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.EasyReadForm;
import org.percorsi.processes.usecases.WriteEasyRead;
import org.percorsi.proposals.ProposalForms;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.ContentTranslations;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.language.ShownText;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.Translating;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the municipality publishes, read in another language: the original with its note while nothing is
 * translated; a translator's translation in the visitor's language, marked with its language; the mark "the original
 * has changed" once the source changes; formal texts only when reviewed and up to date; a translator works only on
 * their process; the queue lists what is missing or out of date; the translations keep who made them, until the
 * account goes.
 */
class ContentTranslationsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContentTranslations translations;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    final String run = UniqueWords.next();

    Translating translating;

    @BeforeEach
    void translatorAtWork() {
        translating = new Translating(mvc, jdbc);
    }

    @Test
    void withoutATranslationThePageShowsTheOriginalSayingSo() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso non tradotto " + run, Visibility.PUBLIC);

        String page = translating.page("/processes/" + PublishedProcesses.slugOf(jdbc, process), "en");

        assertThat(page)
                .contains("lang=\"it\" dir=\"ltr\">Percorso non tradotto " + run + "</h1>")
                .contains("Not available in your language: original text (Italiano).");
        assertThat(translating.page("/processes/" + PublishedProcesses.slugOf(jdbc, process), "it"))
                .as("in its own language the original needs no note")
                .doesNotContain("Non disponibile nella tua lingua");
    }

    @Test
    void aTranslatorsReviewedTranslationIsShownInTheVisitorsLanguage() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso tradotto " + run, Visibility.PUBLIC);
        String translator = translating.translatorOf(process, "Traduttrice " + run);

        var saved = translating.save(
                translator, process, ContentKind.PROCESS, process, "title", "en", "Translated process " + run, true);

        assertThat(saved.getRedirectedUrl())
                .isEqualTo("/admin/processes/" + process + "/translations/en/PROCESS/" + process + "/title");
        String page = translating.page("/processes/" + PublishedProcesses.slugOf(jdbc, process), "en");
        assertThat(page)
                .contains("lang=\"en\" dir=\"ltr\">Translated process " + run + "</h1>")
                .doesNotContain("Machine translation")
                .doesNotContain("The original has changed");
        var row = jdbc.sql("""
                        select origin, translated_by = reviewed_by and reviewed_at is not null from content_translation
                        where subject_kind = 'PROCESS' and subject_id = :id and field = 'title' and language = 'en'""")
                .param("id", process)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getBoolean(2))
                .single();
        assertThat(row).as("reviewing records who and when").isEqualTo("HUMAN/true");
    }

    @Test
    void whenTheSourceChangesTheTranslationIsMarkedOutOfDateAndQueued() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso che cambia " + run, Visibility.PUBLIC);
        writeEasyRead(process, "Un percorso per parlare del quartiere.");
        String translator = translating.translatorOf(process, "Traduttore " + run);
        translating.save(
                translator,
                process,
                ContentKind.PROCESS,
                process,
                "easyRead",
                "en",
                "A process about the neighbourhood.",
                true);
        String slug = PublishedProcesses.slugOf(jdbc, process);
        assertThat(translating.page("/processes/" + slug, "en"))
                .contains("A process about the neighbourhood.")
                .doesNotContain("The original has changed since this translation");
        assertThat(translating.queue(translator, process, "en")).doesNotContain("In plain words");

        writeEasyRead(process, "Un percorso per decidere insieme il futuro del quartiere.");

        assertThat(translating.page("/processes/" + slug, "en"))
                .contains("A process about the neighbourhood.")
                .contains("The original has changed since this translation")
                .contains("Un percorso per decidere insieme il futuro del quartiere.");
        assertThat(translating.queue(translator, process, "en"))
                .contains("In plain words")
                .contains("Out of date: the original has changed");
    }

    @Test
    void theQueueListsTheTextsWithoutATranslation() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso in coda " + run, Visibility.PUBLIC);
        String translator = translating.translatorOf(process, "Coda " + run);

        String before = translating.queue(translator, process, "sq");
        assertThat(before).contains("Process · Title").contains("To translate");

        translating.save(translator, process, ContentKind.PROCESS, process, "title", "sq", "Rruga " + run, false);
        assertThat(translating.queue(translator, process, "sq"))
                .as("a draft waits for its review")
                .contains("To review");
        translating.save(translator, process, ContentKind.PROCESS, process, "title", "sq", "Rruga " + run, true);
        assertThat(translating.queue(translator, process, "sq")).doesNotContain("Process · Title");
    }

    @Test
    void aTranslatorTranslatesOnlyTheirOwnProcess() throws Exception {
        long mine = PublishedProcesses.published(context, "Percorso mio " + run, Visibility.PUBLIC);
        long other = PublishedProcesses.published(context, "Percorso altrui " + run, Visibility.PUBLIC);
        String translator = translating.translatorOf(mine, "Solo mio " + run);

        assertThat(translating
                        .attemptToSave(translator, other, ContentKind.PROCESS, other, "title", "en", "Not mine", true)
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/processes/{p}/translations/en/PROCESS/{id}/title", other, other)
                                .with(user(translator).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(translating
                        .attemptToSave(
                                translator, mine, ContentKind.PROCESS, other, "title", "en", "Not in my process", true)
                        .getStatus())
                .as("a text of another process through my process's address is not found")
                .isEqualTo(404);
        assertThat(translating.queue(translator, "en"))
                .contains("Percorso mio " + run)
                .doesNotContain("Percorso altrui " + run);
        String stranger = TestAccounts.newParticipant(jdbc, "estraneo-", "Estraneo " + run);
        assertThat(mvc.perform(get("/admin/translations").with(user(stranger).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aPlatformTranslatorTranslatesEveryProcess() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso di tutti " + run, Visibility.PUBLIC);
        String translator = TestAccounts.newParticipant(jdbc, "piattaforma-", "Piattaforma " + run);

        var appointed = mvc.perform(post("/admin/translations/translators")
                        .param("email", translator)
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(appointed.getRedirectedUrl()).isEqualTo("/admin/translations/translators");
        assertThat(translating
                        .attemptToSave(
                                translator, process, ContentKind.PROCESS, process, "title", "ar", "مسار " + run, true)
                        .getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(post("/admin/translations/translators")
                                .param("email", translator)
                                .with(user(translator).roles("PARTICIPANT"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("only administrators name the platform's translators")
                .isEqualTo(403);
    }

    @Test
    void formalTextsShowOnlyReviewedUpToDateTranslations() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso formale " + run, Visibility.PUBLIC);
        String translator = translating.translatorOf(process, "Formale " + run);
        var formal = ContentSource.plain(ContentKind.PROCESS, process, "title", "Percorso formale " + run)
                .asFormal();
        translating.save(
                translator, process, ContentKind.PROCESS, process, "title", "en", "Formal process " + run, false);

        assertThat(translations.show(formal, Language.ENGLISH).shown())
                .as("a draft of a formal text is not published")
                .isEqualTo(ShownText.Shown.NOT_AVAILABLE);
        assertThat(translations.show(formal, Language.ENGLISH).text()).isEqualTo("Percorso formale " + run);
        assertThat(translations.show(formal.asFormal(), Language.ENGLISH).language())
                .isEqualTo(Language.ITALIAN);

        translating.save(
                translator, process, ContentKind.PROCESS, process, "title", "en", "Formal process " + run, true);
        assertThat(translations.show(formal, Language.ENGLISH).text()).isEqualTo("Formal process " + run);

        var changed = new ContentSource(
                ContentKind.PROCESS, process, "title", "Percorso formale cambiato", Language.ITALIAN, false, true);
        assertThat(translations.show(changed, Language.ENGLISH).shown())
                .as("once the source changed, a formal text is shown in the original until reviewed again")
                .isEqualTo(ShownText.Shown.NOT_AVAILABLE);
        var informal = new ContentSource(
                ContentKind.PROCESS, process, "title", "Percorso formale cambiato", Language.ITALIAN, false, false);
        assertThat(translations.show(informal, Language.ENGLISH).outOfDate())
                .as("an ordinary text is shown translated, marked out of date")
                .isTrue();
    }

    @Test
    void translationsKeepWhoMadeThemUntilTheAccountGoes() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso personale " + run, Visibility.PUBLIC);
        String translator = translating.translatorOf(process, "Persona " + run);
        translating.save(translator, process, ContentKind.PROCESS, process, "title", "ro", "Parcurs " + run, true);
        long account = translating.accountId(translator);

        var data = (Map<?, ?>) context.getBean(TranslationsPersonalData.class).exportFor(account, translator);
        assertThat(data.get("translations").toString()).contains("PROCESS").contains("ro");

        transaction.executeWithoutResult(status -> events.publishEvent(new AccountDeleted(account, translator)));

        var left = jdbc.sql("""
                        select text, translated_by, reviewed_by from content_translation
                        where subject_kind = 'PROCESS' and subject_id = :id and language = 'ro'""")
                .param("id", process)
                .query((rs, n) ->
                        List.of(rs.getString(1), String.valueOf(rs.getObject(2)), String.valueOf(rs.getObject(3))))
                .single();
        assertThat(left).containsExactly("Parcurs " + run, "null", "null");
    }

    @Test
    void aMeetingShowsItsTranslatedTitleAndEasyReadInTheListAndOnItsPage() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso con incontri " + run, Visibility.PUBLIC);
        long meeting = jdbc.sql("""
                        insert into meeting (process_id, format, title, starts_at, ends_at, address)
                        values (:p, 'WORLD_CAFE', :t, now() + interval '10 days', now() + interval '10 days 2 hours',
                                'Sala civica')
                        returning id""")
                .param("p", process)
                .param("t", "Caffè del quartiere " + run)
                .query(Long.class)
                .single();
        TestAccounts.asAdmin(() -> context.getBean(WriteMeetingEasyRead.class)
                .handle(meeting, new MeetingEasyReadForm("Un incontro per conoscersi.")));
        String translator = translating.translatorOf(process, "Incontri " + run);
        translating.save(
                translator, process, ContentKind.MEETING, meeting, "title", "en", "Neighbourhood café " + run, true);
        translating.save(
                translator,
                process,
                ContentKind.MEETING,
                meeting,
                "easyRead",
                "en",
                "A meeting to get to know each other.",
                true);

        assertThat(translating.page("/meetings/" + meeting, "en"))
                .contains("lang=\"en\" dir=\"ltr\">Neighbourhood café " + run + "</h1>")
                .contains("In plain words")
                .contains("A meeting to get to know each other.");
        assertThat(translating.page("/meetings/" + meeting, "it"))
                .contains("Caffè del quartiere " + run)
                .contains("Un incontro per conoscersi.");
        assertThat(translating.page("/processes/" + PublishedProcesses.slugOf(jdbc, process) + "/meetings", "en"))
                .contains(">Neighbourhood café " + run + "</a>");
    }

    @Test
    void theMunicipalitysAnswerIsShownTranslatedOnlyOnceReviewed() throws Exception {
        long process = PublishedProcesses.published(context, "Percorso con risposte " + run, Visibility.PUBLIC);
        String author = TestAccounts.newParticipant(jdbc, "autrice-", "Autrice " + run);
        long proposal = TestAccounts.asParticipant(
                author,
                () -> context.getBean(SubmitProposal.class).handle(process, ProposalForms.idea("Corsi serali " + run)));
        TestAccounts.asAdmin(() -> context.getBean(AnswerProposal.class)
                .handle(proposal, AnswerForm.of(ProposalState.PARTLY_ACCEPTED, "Si parte con due corsi " + run + ".")));
        long answer = jdbc.sql("select answer_id from proposal where id = :p")
                .param("p", proposal)
                .query(Long.class)
                .single();
        String translator = translating.translatorOf(process, "Risposte " + run);

        translating.save(
                translator,
                process,
                ContentKind.ANSWER,
                answer,
                "motivation",
                "en",
                "Two courses to begin " + run + ".",
                false);
        assertThat(translating.page("/proposals/" + proposal, "en"))
                .as("a draft of a formal answer is not published")
                .contains("Si parte con due corsi " + run)
                .doesNotContain("Two courses to begin " + run);

        translating.save(
                translator,
                process,
                ContentKind.ANSWER,
                answer,
                "motivation",
                "en",
                "Two courses to begin " + run + ".",
                true);
        assertThat(translating.page("/proposals/" + proposal, "en"))
                .contains("lang=\"en\" dir=\"ltr\"><p>Two courses to begin " + run + ".</p>")
                .doesNotContain("Translate into my language"); // no machine-translation provider configured
    }

    private void writeEasyRead(long process, String text) {
        TestAccounts.asAdmin(() -> context.getBean(WriteEasyRead.class).handle(process, new EasyReadForm(text)));
    }
}
