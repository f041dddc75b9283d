package org.percorsi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.documents.DocumentsApi;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.processes.ProcessChanged;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.programming.ProgrammingApi;
import org.percorsi.proposals.ProposalChanged;
import org.percorsi.proposals.ProposalState;
import org.percorsi.search.SearchQueries.Hit;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The search module alone (with the shared kernel's database), fed the events of proposals and processes as
 * their modules publish them: what the events carry is found by a later search, without asking their modules
 * for it, and a change handled after a newer one (listeners run in the background, so two quick changes may
 * arrive out of order) leaves the newer in the index.
 */
@ApplicationModuleTest(extraIncludes = "shared")
class SearchFollowsProposalsAndProcessesTest {

    @MockitoBean
    ProcessesApi processes;

    @MockitoBean
    MeetingsApi meetings;

    @MockitoBean
    ProgrammingApi programming;

    @MockitoBean
    DocumentsApi documents;

    @Autowired
    SearchQueries search;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("percorsi.data-dir", () -> IntegrationTest.freshDataDir().toString());
    }

    static final long PROCESS = 41;
    static final long PHASE = 410;

    /** A word no other test writes: letters only, so neither the stemmer nor the parser splits it. */
    String run;

    long proposal;
    long process;

    @BeforeEach
    void visitorSeesTheProcesses() {
        run = UniqueWords.next();
        proposal = anyId();
        process = anyId();
        when(processes.visibleProcessIds()).thenReturn(List.of(PROCESS, process));
        when(processes.hiddenPhaseIds()).thenReturn(List.of());
    }

    @Test
    void aSubmittedProposalIsFoundByTheWordsItsEventCarries(Scenario scenario) {
        scenario.publish(proposalChanged(0, "Rastrelliere per biciclette " + run, "Davanti alla stazione."))
                .andWaitForStateChange(() -> found(run))
                .andVerify(hits -> assertThat(hits)
                        .extracting(Hit::title, Hit::url)
                        .containsExactly(tuple("Rastrelliere per biciclette " + run, "/proposals/" + proposal)));
        assertThat(found("stazioni " + run))
                .as("its text, Italian word forms included")
                .hasSize(1);
    }

    @Test
    void anOlderChangeOfAProposalHandledAfterANewerOneDoesNotOverwriteIt(Scenario scenario) {
        scenario.publish(proposalChanged(2, "Orti urbani " + run, "Accolta: gli orti saranno tre."))
                .andWaitForStateChange(() -> found("orti " + run))
                .andVerify(hits -> assertThat(hits).hasSize(1));

        scenario.publish(proposalChanged(1, "Orti urbani " + run, "In valutazione con l'ufficio verde."))
                .andWaitForStateChange(() -> handled(ProposalChanged.class, "proposalId", proposal, 1), n -> n > 0)
                .andVerify(done -> assertThat(found("ufficio " + run))
                        .as("the older text is not indexed")
                        .isEmpty());
        assertThat(found("accolta " + run)).as("the newer text stays").hasSize(1);
    }

    @Test
    void aProcessLeavesTheIndexAsADraftOnlyIfThatIsItsNewestChange(Scenario scenario) {
        scenario.publish(processChanged(process, 3, false, "Bilancio partecipativo " + run))
                .andWaitForStateChange(() -> found("bilancio " + run))
                .andVerify(hits -> assertThat(hits).extracting(Hit::url).containsExactly("/processes/bilancio-" + run));

        scenario.publish(processChanged(process, 2, true, "Bozza del bilancio " + run))
                .andWaitForStateChange(() -> handled(ProcessChanged.class, "processId", process, 2), n -> n > 0)
                .andVerify(done -> assertThat(found("bilancio " + run))
                        .as("an older draft removes nothing")
                        .extracting(Hit::title)
                        .containsExactly("Bilancio partecipativo " + run));

        scenario.publish(processChanged(process, 4, true, "Bilancio partecipativo " + run))
                .andWaitForStateChange(() -> found("bilancio " + run).isEmpty())
                .andVerify(gone -> assertThat(gone).isTrue());

        scenario.publish(processChanged(process, 3, false, "Bilancio partecipativo " + run))
                .andWaitForStateChange(() -> handled(ProcessChanged.class, "processId", process, 3), n -> n > 1)
                .andVerify(done -> assertThat(found("bilancio " + run))
                        .as("a change older than the removal does not bring it back")
                        .isEmpty());
    }

    private ProposalChanged proposalChanged(long version, String title, String text) {
        return new ProposalChanged(proposal, version, PROCESS, PHASE, title, text, ProposalState.SUBMITTED, null);
    }

    /** An id no other test uses, for documents of this test only. */
    private static long anyId() {
        return 1_000_000 + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
    }

    private static ProcessChanged processChanged(long process, long version, boolean draft, String title) {
        String slug = "bilancio-" + title.substring(title.lastIndexOf(' ') + 1);
        return new ProcessChanged(process, version, slug, title, "Come spendere una parte del bilancio.", draft);
    }

    private List<Hit> found(String words) {
        return search.search(words, null, 1).items();
    }

    /** How many times the indexer completed this version of the change of {@code id}. */
    private long handled(Class<?> event, String idName, long id, long version) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where listener_id like '%SearchIndexer%' and event_type = :type and completion_date is not null
                          and cast(serialized_event as jsonb) ->> :idName = cast(:id as text)
                          and cast(serialized_event as jsonb) ->> 'version' = cast(:version as text)""")
                .param("type", event.getName())
                .param("idName", idName)
                .param("id", id)
                .param("version", version)
                .query(Long.class)
                .single();
    }
}
