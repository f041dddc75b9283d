package org.percorsi.programming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.Visibility;
import org.percorsi.proposals.ProposalForms;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.Fingerprints;
import org.percorsi.shared.language.Language;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.Translating;
import org.percorsi.support.UniqueWords;
import org.percorsi.translations.TranslationOrigin;
import org.percorsi.translations.domain.TranslationStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An intervention's sheet in another language: its texts are in the queue of the processes whose proposals it carries
 * out; a reviewed translation shows in the visitor's language, a machine draft labelled with the original one click
 * away, and what nobody translated shows as written with its note.
 */
class InterventionTranslationsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TranslationStore store;

    final String run = UniqueWords.next();

    @Test
    void theSheetShowsItsTranslationsWithTheirLabels() throws Exception {
        var translating = new Translating(mvc, jdbc);
        long process = PublishedProcesses.published(context, "Percorso ponte " + run, Visibility.PUBLIC);
        String author = TestAccounts.newParticipant(jdbc, "autore-", "Autore " + run);
        long proposal = TestAccounts.asParticipant(
                author,
                () -> context.getBean(SubmitProposal.class)
                        .handle(process, ProposalForms.idea("Mediatori di quartiere " + run)));
        long intervention = jdbc.sql("""
                        insert into intervention (title, summary_html) values (:t, '<p>Formare figure ponte.</p>')
                        returning id""")
                .param("t", "Figure ponte " + run)
                .query(Long.class)
                .single();
        jdbc.sql("insert into intervention_proposal (intervention_id, proposal_id) values (:i, :p)")
                .param("i", intervention)
                .param("p", proposal)
                .update();
        long milestone =
                jdbc.sql("""
                        insert into intervention_milestone (intervention_id, title, due_on)
                        values (:i, 'Primo corso concluso', date '2027-03-01') returning id""").param("i", intervention).query(Long.class).single();
        String translator = translating.translatorOf(process, "Traduttore " + run);

        assertThat(translating.queue(translator, process, "en"))
                .contains("Intervention · Title", "Intervention · Summary", "Intervention · Milestone")
                .contains("/INTERVENTION/" + intervention + "/milestone-" + milestone);

        translating.save(
                translator,
                process,
                ContentKind.INTERVENTION,
                intervention,
                "title",
                "en",
                "Bridge figures " + run,
                true);
        store.save(
                ContentKind.INTERVENTION,
                intervention,
                "milestone-" + milestone,
                Language.ENGLISH,
                "First course finished",
                TranslationOrigin.MACHINE,
                translating.accountId(translator),
                null,
                Instant.now(),
                Fingerprints.of("Primo corso concluso"));

        String page = translating.page("/interventions/" + intervention, "en");
        assertThat(page)
                .contains("lang=\"en\" dir=\"ltr\">Bridge figures " + run + "</h1>")
                .contains("lang=\"en\" dir=\"ltr\">First course finished")
                .contains("Machine translation", "Read the original", "Primo corso concluso")
                .as("the summary nobody translated shows as written")
                .contains("lang=\"it\" dir=\"ltr\"><p>Formare figure ponte.</p></div>");
    }
}
