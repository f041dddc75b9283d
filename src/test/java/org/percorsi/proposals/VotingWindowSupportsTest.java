package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.domain.PhaseParticipation;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.proposals.usecases.WithdrawSupport;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A voting window (issue #18): many people each support several proposals of one process at the same moment,
 * the process allowing at most three supports per person. Nobody ends above the maximum, everyone who tried
 * more has exactly the maximum, and every counter equals the supports stored — also when people withdraw and
 * support again at once, the same proposal included.
 */
class VotingWindowSupportsTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    static final int MAX = 3, PEOPLE = 20, PROPOSALS = 6, TRIES = 5;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    SubmitProposal submit;

    @Autowired
    SupportProposal support;

    @Autowired
    WithdrawSupport withdrawSupport;

    @Autowired
    ProposalStore store;

    @Autowired
    JdbcClient jdbc;

    long processId;
    List<Long> proposals = new ArrayList<>();
    List<String> people = new ArrayList<>();

    @BeforeEach
    void aProcessAllowingThreeSupportsEach() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Votazione " + UUID.randomUUID()));
            long phaseId = addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING, "Votazione", "", TODAY.minusDays(1), TODAY.plusDays(10), "", "", false));
            publish.handle(processId);
            store.saveParticipation(new PhaseParticipation(
                    phaseId,
                    Set.of(ProposalKind.values()),
                    true,
                    MAX,
                    true,
                    VerificationLevel.EMAIL_CONFIRMED,
                    VerificationLevel.EMAIL_CONFIRMED,
                    VerificationLevel.EMAIL_CONFIRMED));
        });
        String author = account();
        for (int i = 0; i < PROPOSALS; i++) {
            String title = "Progetto " + i;
            proposals.add(TestAccounts.asParticipant(author, () -> submit.handle(processId, idea(title))));
        }
        for (int i = 0; i < PEOPLE; i++) {
            people.add(account());
        }
    }

    @Test
    void everyoneTryingMoreThanTheMaximumAtOnceEndsWithExactlyTheMaximum() throws Exception {
        // each person supports five different proposals at the same moment, the first one twice (a double click)
        List<Callable<String>> attempts = new ArrayList<>();
        for (int n = 0; n < PEOPLE; n++) {
            String person = people.get(n);
            for (int j = 0; j < TRIES; j++) {
                long proposal = proposals.get((n + j) % PROPOSALS);
                attempts.add(() -> as(person, () -> support.support(proposal) ? "added" : "already"));
            }
            long first = proposals.get(n % PROPOSALS);
            attempts.add(() -> as(person, () -> support.support(first) ? "added" : "already"));
        }
        var outcomes = allAtOnce(attempts);

        assertThat(outcomes)
                .allMatch(o -> Set.of("added", "already", "proposals.supportsExhausted")
                        .contains(o));
        assertThat(outcomes.stream().filter("added"::equals).count())
                .as("each person's first three different supports are added, no more")
                .isEqualTo((long) PEOPLE * MAX);
        assertThat(supportsPerPerson())
                .hasSize(PEOPLE)
                .allSatisfy((person, count) -> assertThat(count).isEqualTo(MAX));
        assertCountersAndTalliesExact();
    }

    @Test
    void withdrawingAndSupportingAtOnceKeepsEveryoneWithinTheMaximum() throws Exception {
        for (int n = 0; n < PEOPLE; n++) {
            for (int j = 0; j < MAX; j++) {
                long proposal = proposals.get((n + j) % PROPOSALS);
                as(people.get(n), () -> support.support(proposal));
            }
        }
        // at once: each person withdraws one support, supports two proposals they do not support yet, and
        // supports and withdraws one of theirs in the same moment
        List<Callable<String>> attempts = new ArrayList<>();
        for (int n = 0; n < PEOPLE; n++) {
            String person = people.get(n);
            long given = proposals.get(n % PROPOSALS);
            long kept = proposals.get((n + 1) % PROPOSALS);
            long newOne = proposals.get((n + MAX) % PROPOSALS);
            long another = proposals.get((n + MAX + 1) % PROPOSALS);
            attempts.add(() -> as(person, () -> withdrawSupport.handle(given) ? "withdrawn" : "absent"));
            attempts.add(() -> as(person, () -> support.support(newOne) ? "added" : "already"));
            attempts.add(() -> as(person, () -> support.support(another) ? "added" : "already"));
            attempts.add(() -> as(person, () -> support.support(kept) ? "added" : "already"));
            attempts.add(() -> as(person, () -> withdrawSupport.handle(kept) ? "withdrawn" : "absent"));
        }
        var outcomes = allAtOnce(attempts);

        assertThat(outcomes)
                .as("each attempt is done or refused for the maximum; no deadlock, no other error")
                .allMatch(o -> Set.of("added", "already", "withdrawn", "absent", "proposals.supportsExhausted")
                        .contains(o));
        assertThat(supportsPerPerson())
                .hasSize(PEOPLE)
                .allSatisfy((person, count) -> assertThat(count).isBetween(1L, (long) MAX));
        assertCountersAndTalliesExact();
        long stored = jdbc.sql("select count(*) from proposal_support s join proposal p on p.id = s.proposal_id"
                        + " where p.process_id = :p")
                .param("p", processId)
                .query(Long.class)
                .single();
        long added = outcomes.stream().filter("added"::equals).count();
        long withdrawn = outcomes.stream().filter("withdrawn"::equals).count();
        assertThat(stored)
                .as("what the answers said happened is what is stored")
                .isEqualTo((long) PEOPLE * MAX + added - withdrawn);
    }

    private Map<Long, Long> supportsPerPerson() {
        return jdbc
                .sql("select s.account_id, count(*) from proposal_support s join proposal p on p.id = s.proposal_id"
                        + " where p.process_id = :p group by s.account_id")
                .param("p", processId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void assertCountersAndTalliesExact() {
        assertThat(jdbc.sql("""
                        select count(*) from proposal_summary p
                        where p.process_id = :p
                          and p.support_count <> (select count(*) from proposal_support s where s.proposal_id = p.id)""").param("p", processId).query(Long.class).single())
                .as("proposals whose counter differs from their supports")
                .isZero();
        assertThat(jdbc.sql("""
                        select count(*) from proposal_supporter t
                        where t.process_id = :p
                          and t.supports <> (select count(*) from proposal_support s join proposal x on x.id = s.proposal_id
                                             where x.process_id = t.process_id and s.account_id = t.account_id)""").param("p", processId).query(Long.class).single())
                .as("people whose tally differs from their supports")
                .isZero();
    }

    /** Runs every attempt at the same moment; each ends done (its outcome) or refused (the message's key). */
    private static List<String> allAtOnce(List<Callable<String>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (var attempt : attempts) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return attempt.call();
                    } catch (RuleViolation refused) {
                        return refused.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private static ProposalForm idea(String title) {
        return ProposalForms.of(ProposalKind.IDEA, title, "Descrizione del progetto.");
    }

    private String account() {
        String email = "v-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, nickname, password_hash, verification) values (:e, :n, '{noop}x', :v)")
                .param("e", email)
                .param("n", "Votante " + UUID.randomUUID().toString().substring(0, 8))
                .param("v", VerificationLevel.EMAIL_CONFIRMED.name())
                .update();
        return email;
    }

    private static <T> T as(String email, Callable<T> work) {
        return TestAccounts.asParticipant(email, work);
    }
}
